/**
 * The migration ladder shared by everything Open Door stores (the plan, quiz progress): a value of version N
 * is taken up one step at a time to the current version. Steps are only ever added; a step for version N takes
 * a version-N object and returns a version-(N+1) object.
 */
export type MigrationStep = (value: Record<string, unknown>) => Record<string, unknown>;

export type LadderResult =
  { ok: true; value: Record<string, unknown> } | { ok: false; reason: 'not-versioned' | 'newer-version' | 'invalid' };

export function climbLadder(
  raw: unknown,
  current: number,
  steps: Readonly<Record<number, MigrationStep>>,
): LadderResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, reason: 'not-versioned' };
  let value = raw as Record<string, unknown>;
  const found = value['schemaVersion'];
  if (typeof found !== 'number' || !Number.isInteger(found) || found < 1) return { ok: false, reason: 'not-versioned' };
  let version = found;
  if (version > current) return { ok: false, reason: 'newer-version' };
  while (version < current) {
    const step = steps[version];
    if (!step) return { ok: false, reason: 'invalid' };
    const next: unknown = step(value);
    if (typeof next !== 'object' || next === null) return { ok: false, reason: 'invalid' };
    value = next as Record<string, unknown>;
    const nextVersion: unknown = value['schemaVersion'];
    if (typeof nextVersion !== 'number' || nextVersion !== version + 1) return { ok: false, reason: 'invalid' };
    version = nextVersion;
  }
  return { ok: true, value };
}
