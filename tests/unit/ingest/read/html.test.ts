import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { IngestError, ingestSource, readSource } from '../../../../src/ingest/index.ts';
import { FIXTURES, ingestFixture } from '../../../support/ingest.ts';

const options = { sha256: '0'.repeat(64) };
const savedPage = readFileSync(join(FIXTURES, 'documents', 'saved-page.html'));
const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

function changeItems(result: Awaited<ReturnType<typeof ingestSource>>, kind: string) {
  return result.report.changes.find((change) => change.kind === kind)?.items ?? [];
}

describe('the HTML reader', () => {
  it('reads a saved GB2312 范文 page into the same speeches as the seed scrape', async () => {
    const result = await ingestSource(savedPage, 'saved-page.html', options);
    const seed = ingestFixture('seed');
    // The source file's name is the one line that differs between the two readings.
    assert.deepEqual(
      result.markdown.map(({ text }) =>
        text.replace('source: saved-page.html', 'source: input.txt'),
      ),
      seed.markdown.map(({ text }) => text),
    );
    assert.equal(result.report.format, 'html');
    assert.equal(result.report.encoding, 'gb18030');
    assert.equal(result.report.site, '范文网');
  });

  it('takes the site’s name from what the page states for it, never from its <title>', async () => {
    const site = async (head: string) =>
      (
        await readSource(
          encode(`<html><head>${head}</head><body><p>同志们：</p></body></html>`),
          'a.html',
        )
      ).site ?? null;
    assert.equal(await site('<title>讲话 - 在线阅读</title>'), null);
    assert.equal(await site('<meta name="application-name" content=" 甲 网 ">'), '甲 网');
    assert.equal(
      await site(
        '<meta name="application-name" content="甲网"><meta property="OG:site_name" content="乙网">',
      ),
      '乙网',
    );
    assert.equal(await site('<meta property="og:site_name" content="  ">'), null);
  });

  it('sets the page’s scripts, style and comments aside, counted', async () => {
    const result = await ingestSource(savedPage, 'saved-page.html', options);
    assert.deepEqual(changeItems(result, 'markup'), [
      { text: '<script> ×3', count: 3 },
      { text: '<!-- --> ×2', count: 2 },
      { text: '<style> ×1', count: 1 },
    ]);
    const text = result.markdown.map((file) => file.text).join('\n');
    assert.doesNotMatch(text, /document\.write|_hmt|font:14px/u);
  });

  it('leaves the site’s nav bar, breadcrumbs, related titles and footer to locate, which reports them', async () => {
    const { wrapperRemoved } = (await ingestSource(savedPage, 'saved-page.html', options)).report;
    for (const line of [
      '-首页 | 讲话稿 | 工作总结 | 发言稿',
      '当前位置：> 讲话稿 > 正文',
      '相关推荐',
      '在全市安全生产工作会议上的讲话',
      'Copyright © 2020版权所有',
      '本站部分文章来自网络，如有侵权请联系删除',
    ]) {
      assert.ok(wrapperRemoved.includes(line), line);
    }
  });

  it('states headings and bold leads that the text rules read the same way', async () => {
    const { statedStructure } = (await ingestSource(savedPage, 'saved-page.html', options)).report;
    assert.ok(statedStructure !== null);
    assert.deepEqual(statedStructure.disagreements, []);
    assert.ok(statedStructure.agreed > 20, String(statedStructure.agreed));
  });

  it('ranks heading levels by use: <h1> the page title, then titles, sections, subsections', async () => {
    const page =
      '<html><body><h1>合编</h1><h2>讲话</h2><h4>一、节</h4><h5>（一）小节</h5><h6>更深</h6>' +
      '<p><b>第一，</b>正文。</p><p>正文<strong>加粗</strong>。</p></body></html>';
    const document = await readSource(encode(page), 'page.html');
    assert.deepEqual(document.stated, [
      { role: 'title', text: '合编' },
      { role: 'heading', depth: 1, text: '讲话' },
      { role: 'heading', depth: 2, text: '一、节' },
      { role: 'heading', depth: 3, text: '（一）小节' },
      { role: 'heading', depth: 3, text: '更深' },
      { role: 'lead', text: '第一，' },
    ]);
  });

  it('gives the <title> first, then one paragraph per block and per <br> line, whitespace collapsed', async () => {
    const page =
      '<!doctype html><html><head><title> 页面 标题 </title><meta charset="utf-8"></head>' +
      '<body><div>甲\n  乙<span>丙</span></div><p>一行<br>二行</p><ul><li>项</li></ul>' +
      '<table><tr><td>格一</td><td>格二</td></tr></table>&lt;实体&amp;</body></html>';
    const document = await readSource(encode(page), 'page.html');
    assert.equal(
      document.text,
      '页面 标题\n\n甲 乙丙\n\n一行\n\n二行\n\n项\n\n格一\n\n格二\n\n<实体&',
    );
  });

  it('reads a UTF-8 page declared by <meta charset>', async () => {
    const page = readFileSync(join(FIXTURES, 'documents', 'saved-page.html'));
    const utf8 = encode(
      new TextDecoder('gb18030').decode(page).replace('charset=gb2312', 'charset=utf-8'),
    );
    const result = await ingestSource(utf8, 'page.htm', options);
    assert.equal(result.report.format, 'html');
    assert.equal(result.report.encoding, 'utf-8');
    assert.equal(result.speeches.length, 2);
    const bare = '<meta charset="UTF-8"><p>同志们：</p>';
    assert.equal((await readSource(encode(bare), 'bare.html')).encoding, 'utf-8');
  });

  it('refuses a page that declares a charset its bytes do not follow, or one it does not read', async () => {
    const gbk = new Uint8Array([...encode('<meta charset="utf-8"><p>'), 0xc4, 0xe3, 0xba, 0xc3]);
    await assert.rejects(readSource(gbk, 'page.html'), (error: unknown) => {
      assert.ok(error instanceof IngestError);
      assert.match(error.message, /not valid utf-8.*expected an HTML page/u);
      return true;
    });
    await assert.rejects(
      readSource(encode('<meta charset="koi8-r"><p>x</p>'), 'page.html'),
      /declares charset koi8-r; expected an HTML page/u,
    );
  });

  it('reads a UTF-16 page by its byte-order mark', async () => {
    const text = '<!DOCTYPE html><html><body><p>同志们：</p></body></html>';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      bytes[2 + i * 2] = text.charCodeAt(i) & 0xff;
      bytes[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    const document = await readSource(bytes, 'page.txt');
    assert.equal(document.format, 'html');
    assert.equal(document.encoding, 'utf-16le');
    assert.equal(document.text, '同志们：');
  });

  it('refuses a page that shows no text', async () => {
    await assert.rejects(
      readSource(encode('<html><head><script>x()</script></head><body> </body></html>'), 'a.html'),
      /shows no text; expected an HTML page/u,
    );
  });

  it('refuses a page that holds no speech', async () => {
    const page =
      '<!DOCTYPE html><html><head><title>首页 - 范文网</title></head><body><p>欢迎访问。</p></body></html>';
    await assert.rejects(ingestSource(encode(page), 'index.html', options), IngestError);
  });

  it('reads HTML bytes as HTML whatever the file is named', async () => {
    const result = await ingestSource(savedPage, 'saved-page.txt', options);
    assert.equal(result.report.format, 'html');
    assert.equal(result.speeches.length, 2);
  });

  it('answers truncated or bit-flipped copies of the page with a result or an IngestError only', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: savedPage.length - 1 }),
        fc.array(fc.tuple(fc.nat({ max: savedPage.length - 1 }), fc.integer({ min: 0, max: 7 })), {
          maxLength: 8,
        }),
        async (length, flips) => {
          const bytes = savedPage.slice(0, Math.max(length, 1));
          for (const [at, bit] of flips) if (at < bytes.length) bytes[at]! ^= 1 << bit;
          try {
            await ingestSource(bytes, 'saved-page.html', options);
          } catch (error) {
            if (!(error instanceof IngestError)) throw error;
          }
        },
      ),
      { numRuns: 50 },
    );
  });
});
