import { defineConfig } from '@playwright/test';
import base from '../../playwright.config.ts';

/**
 * The BASE_PATH build (scripts/test-base-path.ts sets BASE_PATH and OUT_DIR),
 * served by `astro preview`, which reads both from astro.config.mjs and serves
 * the site under its base path only.
 */
const port = Number(process.env.PORT ?? 4321) + 1;

export default defineConfig({
  ...base,
  testDir: '.',
  use: { ...base.use, baseURL: `http://127.0.0.1:${port}` },
  webServer: {
    // From the project root, where astro.config.mjs and OUT_DIR are.
    cwd: new URL('../..', import.meta.url).pathname,
    command: `astro preview --ignore-lock --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}${process.env.BASE_PATH ?? '/'}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
