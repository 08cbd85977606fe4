import { defineConfig } from '@playwright/test';

// PORT lets several checkouts run their suites side by side without sharing a preview.
const port = Number(process.env.PORT ?? 4321);

/**
 * Browser tests run against the built site (`npm run build`), served
 * by `astro preview`, in Debian's Chromium: Playwright's own browser download
 * is not available on our machines.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    // Each test is a first visit: the offline worker would otherwise precache the
    // whole site in every context. tests/e2e/offline*.spec.ts allow it.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
      ],
    },
  },
  webServer: {
    // --ignore-lock: Astro 7 otherwise refuses to start beside a preview someone already has open.
    command: `astro preview --ignore-lock --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
