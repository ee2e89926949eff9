// Finds a Chromium to drive: CHROME_PATH first, then the usual system paths, then Playwright's own.
// Never downloads one (this project's machines cannot).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SYSTEM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export async function findChrome() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  const system = SYSTEM_PATHS.find((path) => existsSync(path));
  if (system) return system;
  try {
    const { chromium } = await import('playwright-core');
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled)) return bundled;
  } catch {
    // playwright-core not installed or no bundled browser: fall through to the error below.
  }
  throw new Error('No Chromium found. Set CHROME_PATH, or install one (Debian: apt-get install -y chromium).');
}

/** Flags that keep Chromium quiet on a machine with no outside network. */
export const CHROME_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

// `node scripts/find-chrome.mjs --check` (used by .ci/run, before npm ci, so only node:fs may be needed):
// prints the Chromium found and exits 0, or exits 1 when there is none.
// (fileURLToPath rather than import.meta.filename, which older system Nodes lack.)
if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv.includes('--check')) {
  try {
    console.log(await findChrome());
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
