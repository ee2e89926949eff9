import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { startServer } from '../../scripts/start-server.mjs';

test('startServer rejects with what the server said when it cannot start', async () => {
  const empty = mkdtempSync(join(tmpdir(), 'open-door-empty-'));
  try {
    await expect(startServer({ dir: empty, port: 4413 })).rejects.toThrow(
      /The server on port 4413 exited with code 1 before it started\.\nNo build found in .*open-door-empty-/,
    );
  } finally {
    rmSync(empty, { recursive: true, force: true });
  }
});
