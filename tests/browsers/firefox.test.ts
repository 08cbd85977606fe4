import { after, before, describe, it } from 'node:test';
import { checks } from './checks.ts';
import type { Engine } from './support/engine.ts';
import { launchFirefox } from './support/firefox.ts';
import { type Preview, startPreview } from './support/preview.ts';

describe('Firefox ESR (WebDriver BiDi, puppeteer-core)', () => {
  let preview: Preview;
  let engine: Engine;
  before(async () => {
    preview = await startPreview();
    engine = await launchFirefox();
  });
  after(async () => {
    await engine?.close();
    await preview?.stop();
  });
  for (const check of checks) it(check.name, (t) => check.run(engine, preview.origin, t));
});
