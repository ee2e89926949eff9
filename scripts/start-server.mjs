// The one way tests and scripts start the project's own server (scripts/serve.mjs) and wait until it answers.
// Used by tests/e2e/update.spec.ts, tests/e2e/base-path.spec.ts, scripts/bench-autosave.mjs and
// scripts/lighthouse.mjs. (Playwright's webServer starts the main one for the other browser tests.)
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');

/**
 * @typedef {object} StartedServer
 * @property {string} origin `http://127.0.0.1:<port>`, without the base path
 * @property {() => void} stop ends the server
 */

/**
 * Serves a build folder on 127.0.0.1 and resolves once the server says it is running.
 * Rejects, with what the server printed, if it exits first or has not started within `timeoutMs`.
 * @param {{ port: number, dir?: string, env?: NodeJS.ProcessEnv, timeoutMs?: number }} options
 * @returns {Promise<StartedServer>}
 */
export function startServer({ port, dir = 'dist', env = process.env, timeoutMs = 30_000 }) {
  const child = spawn(process.execPath, [join(ROOT, 'scripts/serve.mjs'), '--dir', dir, '--port', String(port)], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const fail = (/** @type {string} */ why) => {
      clearTimeout(timer);
      child.kill();
      reject(new Error(`${why}\n${output}`));
    };
    const timer = setTimeout(() => fail(`The server on port ${port} did not start within ${timeoutMs} ms.`), timeoutMs);
    child.stderr.on('data', (/** @type {Buffer} */ data) => (output += data.toString()));
    child.stdout.on('data', (/** @type {Buffer} */ data) => {
      output += data.toString();
      if (!output.includes('running at')) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      resolve({ origin: `http://127.0.0.1:${port}`, stop: () => child.kill() });
    });
    child.on('exit', (code) => fail(`The server on port ${port} exited with code ${code} before it started.`));
  });
}
