/**
 * preflight: before the browser tests, say in one line what this machine
 * lacks and how to install it, instead of failing deep inside a browser test.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

interface Requirement {
  what: string;
  present: () => boolean;
  install: string;
}

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const epubcheckJar = '/usr/share/java/epubcheck.jar';

function succeeds(command: string, args: readonly string[]): string | null {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return null;
  }
}

const requirements: readonly Requirement[] = [
  { what: `Chromium at ${chromium}`, present: () => existsSync(chromium), install: 'apt-get install chromium (or set CHROMIUM_PATH)' },
  // Without a CJK font, screenshots and PDFs show empty boxes and the print tests cannot read the text.
  { what: 'a CJK font (Noto CJK)', present: () => /Noto (?:Serif|Sans) CJK/u.test(succeeds('fc-list', []) ?? ''), install: 'apt-get install fonts-noto-cjk' },
  { what: 'pdftotext', present: () => succeeds('pdftotext', ['-v']) !== null || succeeds('which', ['pdftotext']) !== null, install: 'apt-get install poppler-utils' },
  // tests/dist/downloads.test.ts runs epubcheck on every EPUB; Debian's /usr/bin/epubcheck is a bare jar, so it runs through java.
  { what: 'epubcheck and Java', present: () => existsSync(epubcheckJar) && succeeds('java', ['-version']) !== null, install: 'apt-get install epubcheck' },
];

const missing = requirements.filter((requirement) => !requirement.present());
if (missing.length > 0) {
  process.stderr.write(`npm test: the tests need ${missing.map((requirement) => requirement.what).join(', ')}; install with: ${missing.map((requirement) => requirement.install).join('; ')}\n`);
  process.exitCode = 1;
}
