import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, describe, test } from 'node:test';
import type { CompilationJob, EditionSource } from '../../../src/archive/edition.ts';
import { compileEditions, type EditionPool } from '../../../src/archive/edition-pool.ts';

/*
 * The edition pool with its real worker threads and a real cache folder:
 * what it compiles, what it reads back instead, and what it refuses.
 */

const worker = resolve(import.meta.dirname, '../../../src/editions/worker.ts');
const cache = mkdtempSync(join(tmpdir(), 'edition-pool-'));
after(() => rmSync(cache, { recursive: true, force: true }));
const pool: EditionPool = { worker, cache, codeVersion: 'test' };

function source(n: number, paragraph: string): EditionSource {
  const title = `关于第${n}项工作的讲话`;
  return {
    data: {
      title,
      order: n,
      slug: `speech-${n}`,
      source: `${String(n).padStart(4, '0')}_test.txt`,
      sha256: 'a'.repeat(64),
      paragraphs: 2,
      characters: paragraph.length + 4,
      sourceScript: 'hans',
    },
    html: `<p id="p1">同志们：</p>\n<section id="s1"><h2 id="一发展">一、发展</h2>\n<p id="p2">${paragraph}</p></section>`,
    markdown: `---\ntitle: ${title}\norder: ${n}\nslug: speech-${n}\n---\n\n同志们：\n\n## 一、发展\n\n${paragraph}\n`,
    variants: null,
  };
}

const job = (n: number, paragraph = '经济发展要实现高质量发展。'): CompilationJob => ({
  slug: `${String(n).padStart(4, '0')}-test`,
  speeches: [source(n, paragraph)],
  built: Date.UTC(2026, 11, 4),
});

describe('the edition pool', () => {
  test('compiles every job once in worker threads, then reads the same editions back from the cache', async () => {
    const jobs = [job(1), job(2), job(3)];
    const first = await compileEditions(jobs, pool);
    assert.equal(first.compiled, 3);
    assert.equal(readdirSync(cache).length, 3);
    const again = await compileEditions(jobs, pool);
    assert.equal(again.compiled, 0);
    assert.deepEqual(again.editions, first.editions);
    const [one] = first.editions;
    assert.equal(one!.speeches[0]!.text.hant.title, '關於第1項工作的講話');
    assert.equal(one!.speeches[0]!.text.hant.html.includes('經濟發展要實現高質量發展。'), true);
    assert.deepEqual(
      one!.downloads.hans.speeches[0]!.map((file) => file.path),
      ['download/speech-1.epub', 'download/speech-1.txt', 'download/speech-1.md'],
    );
    for (const file of [...one!.downloads.hant.speeches[0]!, ...one!.downloads.hant.compilation])
      assert.equal(readFileSync(file.file).length, file.size, file.path);
    // 发→發, 经→經…: what the variant table is made of, counted per compilation.
    assert.ok(one!.alignments.some(([pair]) => pair === '发\u0000發'));
  });

  test('compiles only the job that changed, and forgets the editions the archive no longer has', async () => {
    const jobs = [job(1), job(2, '改革开放要继续深化。'), job(4)];
    const { compiled, editions } = await compileEditions(jobs, pool);
    assert.equal(compiled, 2);
    assert.equal(readdirSync(cache).length, 3);
    assert.match(editions[1]!.speeches[0]!.text.hans.html, /改革开放要继续深化/u);
  });

  test('a new version of the code compiles every job again', async () => {
    const { compiled } = await compileEditions([job(1)], { ...pool, codeVersion: 'test 2' });
    assert.equal(compiled, 1);
  });

  test('lists every job that fails, by its speech files, and keeps the cache as it was', async () => {
    const bad = (n: number): CompilationJob => {
      const broken = job(n);
      broken.speeches[0]!.html = '<div>不是讲话的结构</div>';
      return broken;
    };
    const before = readdirSync(cache).sort();
    await assert.rejects(
      compileEditions([job(1), bad(7), bad(8)], { ...pool, codeVersion: 'test 2' }),
      (error: Error) => {
        assert.match(error.message, /^2 speech editions failed:/u);
        assert.match(error.message, /content\/speeches\/speech-7\.md: <div> in a speech body/u);
        assert.match(error.message, /content\/speeches\/speech-8\.md: <div> in a speech body/u);
        return true;
      },
    );
    assert.deepEqual(readdirSync(cache).sort(), before);
  });
});
