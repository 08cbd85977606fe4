/**
 * preflight: before the browser tests, say in one line what this machine
 * lacks and how to install it, instead of failing deep inside a browser test.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { firefoxPath, miniBrowserPath } from '../tests/browsers/support/binaries.ts';

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
  {
    what: `Chromium at ${chromium}`,
    present: () => existsSync(chromium),
    install: 'apt-get install chromium (or set CHROMIUM_PATH)',
  },
  // Without a CJK font, screenshots and PDFs show empty boxes and the print tests cannot read the text.
  {
    what: 'a CJK font (Noto CJK)',
    present: () => /Noto (?:Serif|Sans) CJK/u.test(succeeds('fc-list', []) ?? ''),
    install: 'apt-get install fonts-noto-cjk',
  },
  {
    what: 'pdftotext',
    present: () =>
      succeeds('pdftotext', ['-v']) !== null || succeeds('which', ['pdftotext']) !== null,
    install: 'apt-get install poppler-utils',
  },
  // The cross-browser suite (tests/browsers/): Firefox ESR over WebDriver BiDi, WebKitGTK through its WebDriver under a virtual X display.
  {
    what: `Firefox ESR at ${firefoxPath}`,
    present: () => existsSync(firefoxPath),
    install: 'apt-get install firefox-esr (or set FIREFOX_PATH)',
  },
  {
    what: 'WebKitWebDriver',
    present: () => succeeds('which', ['WebKitWebDriver']) !== null,
    install: 'apt-get install webkit2gtk-driver',
  },
  {
    what: 'MiniBrowser (WebKitGTK 4.1)',
    present: () => miniBrowserPath() !== undefined,
    install: 'apt-get install webkit2gtk-driver (or set MINIBROWSER_PATH)',
  },
  {
    what: 'xvfb-run',
    present: () => succeeds('which', ['xvfb-run']) !== null,
    install: 'apt-get install xvfb',
  },
  {
    what: 'xauth (for xvfb-run)',
    present: () => succeeds('which', ['xauth']) !== null,
    install: 'apt-get install xauth',
  },
  // WebKitGTK prints through GTK's print operation (tests/browsers/support/webkit-print.py): WebKitWebDriver has no Print command.
  {
    what: "WebKitGTK's Python bindings",
    present: () =>
      succeeds('/usr/bin/python3', ['-c', "import gi; gi.require_version('WebKit2', '4.1')"]) !==
      null,
    install: 'apt-get install python3-gi gir1.2-webkit2-4.1',
  },
  {
    what: 'pdftoppm',
    present: () => succeeds('which', ['pdftoppm']) !== null,
    install: 'apt-get install poppler-utils',
  },
  // tests/dist/downloads.test.ts runs epubcheck on every EPUB; Debian's /usr/bin/epubcheck is a bare jar, so it runs through java.
  {
    what: 'epubcheck and Java',
    present: () => existsSync(epubcheckJar) && succeeds('java', ['-version']) !== null,
    install: 'apt-get install epubcheck',
  },
];

const missing = requirements.filter((requirement) => !requirement.present());
if (missing.length > 0) {
  process.stderr.write(
    `npm test: the tests need ${missing.map((requirement) => requirement.what).join(', ')}; install with: ${missing.map((requirement) => requirement.install).join('; ')}\n`,
  );
  process.exitCode = 1;
}
