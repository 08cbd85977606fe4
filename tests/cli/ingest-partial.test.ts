import assert from 'node:assert/strict';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import {
  runCli,
  scratchDirectory,
  sentinelOutDir as sentinelOutDirIn,
  snapshot,
} from '../support/cli.ts';
import { parse as parseYaml } from 'yaml';
import { partialReports } from '../support/artefacts.ts';
import {
  FIXTURES,
  fixturePath,
  normalise,
  parseMarkdown,
  plainText,
  TITLE_1,
  TITLE_2,
} from '../support/ingest.ts';

/**
 * A page that stops part-way is refused by default: one line on stderr
 * naming the file, exit 1, output untouched. With --allow-partial it is
 * published, and report.json says how much is missing, as the page's own
 * notice states it (tests/fixtures/<case>/expected.json holds the number
 * the generator wrote into the notice).
 */

const work = scratchDirectory('ingest-partial-');
const sentinelOutDir = () => sentinelOutDirIn(work);

function expectedTruncation(name: string): { missing: number | null; notice: string } {
  return JSON.parse(readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8')) as {
    missing: number | null;
    notice: string;
  };
}

/** A generated speech: its front matter and its text as plain remark reads it. */
function readSpeech(path: string): { data: Record<string, unknown>; text: string } {
  const tree = parseMarkdown(readFileSync(path, 'utf8'));
  const yaml = tree.children.find((node) => node.type === 'yaml');
  return {
    data: parseYaml(yaml?.type === 'yaml' ? yaml.value : '') as Record<string, unknown>,
    text: plainText(tree),
  };
}

/** The speeches' text as the seed gives it, for checking that a partial speech is an unaltered beginning. */
function seedSpeechTexts(): string[] {
  const { parent, out } = sentinelOutDir();
  rmSync(out, { recursive: true });
  const run = runCli([fixturePath('seed'), '--out', out]);
  assert.equal(run.status, 0, run.stderr);
  const texts = ['speech-1.md', 'speech-2.md'].map((file) =>
    normalise(readSpeech(join(out, file)).text),
  );
  rmSync(parent, { recursive: true, force: true });
  return texts;
}

describe('a truncated page is refused by default', () => {
  const cases = [
    {
      name: 'truncated-shown-of-total',
      behaviour: 'stopping in its second speech with (未完,全文共N字,当前显示M字)',
    },
    {
      name: 'truncated-shown-of-total-single',
      behaviour: 'of one speech stopping with （未完，全文共N字，当前显示M字）',
    },
    { name: 'truncated-hidden', behaviour: 'with a hole marked ……（此处隐藏N个字）……' },
    { name: 'truncated-hidden-ascii', behaviour: 'with a hole marked ......(此处隐藏N字)......' },
    { name: 'truncated-remaining', behaviour: 'stopping with 剩余N字未显示' },
    {
      name: 'truncated-remaining-read',
      behaviour: 'stopping in its first speech with ...剩余N字未读',
    },
    {
      name: 'truncated-continue',
      behaviour: 'stopping in its first speech with (未完,继续阅读>>)',
    },
    { name: 'truncated-continue-single', behaviour: 'of one speech stopping with 未完，继续阅读' },
  ];
  for (const { name, behaviour } of cases) {
    it(`${name}: a page ${behaviour} gets one stderr line naming the file, exit 1, output untouched`, () => {
      const { parent, out } = sentinelOutDir();
      const before = snapshot(parent);
      const file = fixturePath(name);
      const result = runCli([file, '--out', out]);
      assert.equal(result.status, 1, `expected exit 1; stdout: ${result.stdout}`);
      assert.equal(
        result.stderr.endsWith('\n') && result.stderr.split('\n').length,
        2,
        `stderr: ${result.stderr}`,
      );
      const prefix = `ingest: ${file}: `;
      assert.ok(result.stderr.startsWith(prefix), result.stderr);
      // The reason, not the fixture's path (which names the case), must say why.
      assert.match(result.stderr.slice(prefix.length), /truncat|incomplete|partial|missing/iu);
      assert.deepEqual(snapshot(parent), before);
    });
  }
});

describe('--allow-partial publishes a truncated page and reports how much is missing', () => {
  const seedTexts = seedSpeechTexts();

  it('truncated-shown-of-total: the complete first speech and the beginning of the second, the report stating the missing N−M characters', () => {
    const { missing, notice } = expectedTruncation('truncated-shown-of-total');
    const { out } = sentinelOutDir();
    const result = runCli([
      fixturePath('truncated-shown-of-total'),
      '--out',
      out,
      '--allow-partial',
    ]);
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(readdirSync(out).sort(), [
      'report.json',
      'slugs.json',
      'speech-1.md',
      'speech-2.md',
    ]);
    const [first, second] = ['speech-1.md', 'speech-2.md'].map((file) =>
      readSpeech(join(out, file)),
    );
    assert.equal(first!.data.title, TITLE_1);
    assert.equal(normalise(first!.text), seedTexts[0]);
    assert.equal(second!.data.title, TITLE_2);
    const partial = normalise(second!.text);
    assert.ok(
      partial.length > 100 && seedTexts[1]!.startsWith(partial),
      'the partial speech is an unaltered beginning of the speech',
    );
    assert.ok(!partial.includes('未完'), 'the notice is not part of the speech text');
    assert.ok(second!.data.partial, 'the partial speech is marked partial in its front matter');
    assert.ok(!first!.data.partial, 'the complete speech is not marked partial');
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as {
      sources: unknown[];
    };
    const partials = partialReports(report.sources[0]);
    assert.equal(partials.length, 1, 'one partial speech reported');
    assert.equal(partials[0]!.missing, missing);
    assert.equal(normalise(partials[0]!.notice), normalise(notice));
  });

  const singles = [
    { name: 'truncated-shown-of-total-single', notice: /全文共|当前显示/u },
    { name: 'truncated-hidden', notice: /隐藏/u },
    { name: 'truncated-hidden-ascii', notice: /隐藏/u },
    { name: 'truncated-remaining', notice: /剩余|未显示/u },
    { name: 'truncated-continue-single', notice: /未完|继续阅读/u },
  ];
  for (const { name, notice } of singles) {
    it(`${name}: a single-speech page is published marked partial, the report stating the missing characters as the notice does`, () => {
      const { missing } = expectedTruncation(name);
      const { out } = sentinelOutDir();
      const result = runCli([fixturePath(name), '--out', out, '--allow-partial']);
      assert.equal(result.status, 0, result.stderr);
      assert.deepEqual(readdirSync(out).sort(), ['report.json', 'slugs.json', 'speech-1.md']);
      const speech = readSpeech(join(out, 'speech-1.md'));
      assert.ok(speech.data.partial, 'the partial speech is marked partial in its front matter');
      assert.doesNotMatch(speech.text, notice, 'the notice is not part of the speech text');
      const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as {
        sources: unknown[];
      };
      const partials = partialReports(report.sources[0]);
      assert.equal(partials.length, 1);
      assert.equal(
        partials[0]!.missing,
        missing,
        missing === null
          ? 'the notice gives no count, so none is reported'
          : 'the count the notice gives',
      );
    });
  }

  it('a complete page is published exactly as without the option, and nothing is reported partial', () => {
    const plain = sentinelOutDir();
    const allowed = sentinelOutDir();
    assert.equal(runCli([fixturePath('complete-footer'), '--out', plain.out]).status, 0);
    assert.equal(
      runCli([fixturePath('complete-footer'), '--out', allowed.out, '--allow-partial']).status,
      0,
    );
    assert.deepEqual(snapshot(allowed.out), snapshot(plain.out));
    const report = JSON.parse(readFileSync(join(allowed.out, 'report.json'), 'utf8')) as {
      sources: unknown[];
    };
    assert.deepEqual(partialReports(report.sources[0]), []);
  });
});

describe('INGEST_ALLOW_PARTIAL=1 carries --allow-partial through npm run build', () => {
  it('publishes the truncated page as the flag does', () => {
    const { out } = sentinelOutDir();
    const result = runCli([fixturePath('truncated-continue-single'), '--out', out], {
      ...process.env,
      INGEST_ALLOW_PARTIAL: '1',
    });
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /1 incomplete speeches published as fragments/u);
  });
});
