import { defineConfig, devices } from '@playwright/test';
import { CHROME_FLAGS, findChrome } from './scripts/find-chrome.mjs';

const PORT = Number(process.env.E2E_PORT ?? 4329);
const executablePath: string = await findChrome();

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'off',
    launchOptions: { executablePath, args: CHROME_FLAGS },
  },
  projects: [
    { name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: { executablePath, args: CHROME_FLAGS } } },
  ],
  webServer: {
    command: `npm run serve -- --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
