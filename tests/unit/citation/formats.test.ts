import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { bibtexEntry, escapeBibtex } from '../../../src/citation/bibtex.ts';
import {
  type CitedWork,
  citationKey,
  dateParts,
  isoDate,
} from '../../../src/citation/cited-work.ts';
import { cslItem, cslJson } from '../../../src/citation/csl.ts';
import { gbt7714Reference } from '../../../src/citation/gbt7714.ts';

const section: CitedWork = {
  key: 'speech-2-s2',
  title: '关于推进工会工作创新发展的讲话',
  siteName: '讲话稿合编',
  url: 'https://example.org/speech-2/#s2',
  language: 'zh-Hans',
  accessed: '2026-12-01',
};
const traditional: CitedWork = {
  key: 'speech-1',
  title: '關於實現疫情防控和經濟社會發展“雙勝利”的工作講話',
  siteName: '講話稿合編',
  url: 'https://example.org/zh-hant/speech-1/',
  language: 'zh-Hant',
  accessed: '2027-01-09',
};
/** Before the site's address is configured, the static page can only give its path. */
const relative: CitedWork = { ...section, key: 'speech-2', url: '/speech-2/' };
/** Every character TeX treats specially, in a title and a site name. */
const texSpecials: CitedWork = {
  ...section,
  key: 'a b,c',
  title: '50% & #1 {a_b} ~x^2 \\end $',
  siteName: 'A&B_C',
  url: 'https://example.org/a b/{x}\\#p1',
};

/** A speech collated from three files, one with a site name and a TeX special in its file name. */
const collated: CitedWork = {
  ...section,
  key: 'speech-1',
  url: 'https://example.org/speech-1/',
  witnesses: '据 3 个文件校订：a.txt、某网（site_b.txt）、c.txt',
};

test('GB/T 7714 reference: title, [EB/OL], the site as publisher with the access date, the address', () => {
  const cases: [CitedWork, string][] = [
    [
      section,
      '关于推进工会工作创新发展的讲话[EB/OL]. 讲话稿合编[2026-12-01]. https://example.org/speech-2/#s2.',
    ],
    [
      traditional,
      '關於實現疫情防控和經濟社會發展“雙勝利”的工作講話[EB/OL]. 講話稿合編[2027-01-09]. https://example.org/zh-hant/speech-1/.',
    ],
    [relative, '关于推进工会工作创新发展的讲话[EB/OL]. 讲话稿合编[2026-12-01]. /speech-2/.'],
  ];
  for (const [work, expected] of cases) assert.equal(gbt7714Reference(work), expected);
});

test('BibTeX: an @online entry with url, urldate, title, organization and langid', () => {
  assert.equal(
    bibtexEntry(section),
    [
      '@online{speech-2-s2,',
      '  title = {关于推进工会工作创新发展的讲话},',
      '  organization = {讲话稿合编},',
      '  url = {https://example.org/speech-2/#s2},',
      '  urldate = {2026-12-01},',
      '  langid = {chinese},',
      '}',
    ].join('\n'),
  );
});

test('BibTeX: TeX specials are escaped in text fields, braces and backslashes percent-encoded in the url, the key made safe', () => {
  assert.equal(
    bibtexEntry(texSpecials),
    [
      '@online{a-b-c,',
      '  title = {50\\% \\& \\#1 \\{a\\_b\\} \\textasciitilde{}x\\textasciicircum{}2 \\textbackslash{}end \\$},',
      '  organization = {A\\&B\\_C},',
      '  url = {https://example.org/a%20b/%7Bx%7D%5C#p1},',
      '  urldate = {2026-12-01},',
      '  langid = {chinese},',
      '}',
    ].join('\n'),
  );
  const cases: [string, string][] = [
    ['“双胜利”', '“双胜利”'],
    ['a_b', 'a\\_b'],
    ['{}', '\\{\\}'],
  ];
  for (const [text, expected] of cases) assert.equal(escapeBibtex(text), expected);
});

test('BibTeX reads back, with an independent biblatex parser (Citation.js), as the same work the CSL-JSON describes', () => {
  for (const work of [section, traditional, relative, texSpecials]) {
    const [parsed] = new Cite(bibtexEntry(work)).data as Record<string, unknown>[];
    const csl = cslItem(work);
    assert.equal(parsed!.type, csl.type, work.key);
    assert.equal(parsed!.title, csl.title, work.key);
    assert.equal(parsed!.publisher, csl['container-title'], work.key);
    assert.deepEqual(parsed!.accessed, csl.accessed, work.key);
    // Only braces, backslashes and spaces are percent-encoded for the verbatim field.
    if (work !== texSpecials) assert.equal(parsed!.URL, csl.URL, work.key);
  }
});

test('CSL-JSON: one webpage item with title, URL, accessed date-parts, container-title and language', () => {
  assert.deepEqual(cslItem(traditional), {
    id: 'speech-1',
    type: 'webpage',
    title: '關於實現疫情防控和經濟社會發展“雙勝利”的工作講話',
    'container-title': '講話稿合編',
    URL: 'https://example.org/zh-hant/speech-1/',
    accessed: { 'date-parts': [[2027, 1, 9]] },
    language: 'zh-Hant',
  });
  assert.equal(
    cslJson(section),
    `[
  {
    "id": "speech-2-s2",
    "type": "webpage",
    "title": "关于推进工会工作创新发展的讲话",
    "container-title": "讲话稿合编",
    "URL": "https://example.org/speech-2/#s2",
    "accessed": {
      "date-parts": [[2026, 12, 1]]
    },
    "language": "zh-Hans"
  }
]`,
  );
  assert.deepEqual(JSON.parse(cslJson(texSpecials))[0].title, texSpecials.title);
});

test("a collated speech's citation names the site's edition and then the files it was collated from, in every format", () => {
  assert.equal(
    gbt7714Reference(collated),
    '关于推进工会工作创新发展的讲话[EB/OL]. 讲话稿合编[2026-12-01]. https://example.org/speech-1/. 据 3 个文件校订：a.txt、某网（site_b.txt）、c.txt。',
  );
  assert.equal(
    bibtexEntry(collated),
    [
      '@online{speech-1,',
      '  title = {关于推进工会工作创新发展的讲话},',
      '  organization = {讲话稿合编},',
      '  url = {https://example.org/speech-1/},',
      '  urldate = {2026-12-01},',
      '  langid = {chinese},',
      '  note = {据 3 个文件校订：a.txt、某网（site\\_b.txt）、c.txt},',
      '}',
    ].join('\n'),
  );
  assert.equal(
    cslJson(collated),
    `[
  {
    "id": "speech-1",
    "type": "webpage",
    "title": "关于推进工会工作创新发展的讲话",
    "container-title": "讲话稿合编",
    "URL": "https://example.org/speech-1/",
    "accessed": {
      "date-parts": [[2026, 12, 1]]
    },
    "language": "zh-Hans",
    "note": "据 3 个文件校订：a.txt、某网（site_b.txt）、c.txt"
  }
]`,
  );
  // Citation.js reads the BibTeX note back as the CSL note, unescaped.
  const [parsed] = new Cite(bibtexEntry(collated)).data as Record<string, unknown>[];
  assert.equal(parsed!.note, cslItem(collated).note);
  // A work with no witnesses (one file's speech) says nothing of them.
  assert.equal('note' in cslItem(section), false);
});

test('an access date that is not YYYY-MM-DD is refused by every format', () => {
  const bad = { ...section, accessed: '2026-12-1' };
  for (const format of [gbt7714Reference, bibtexEntry, cslJson]) {
    assert.throws(() => format(bad), /Expected an access date as YYYY-MM-DD, got "2026-12-1"/);
  }
});

test('dates and keys', () => {
  // 23:30 UTC on 1 December is already 2 December east of UTC: the build uses UTC.
  assert.equal(isoDate(new Date('2026-12-01T23:30:00Z'), 'utc'), '2026-12-01');
  assert.equal(isoDate(new Date(2027, 0, 9, 0, 5), 'local'), '2027-01-09');
  assert.deepEqual(dateParts('2027-01-09'), [2027, 1, 9]);
  assert.equal(citationKey('speech-2'), 'speech-2');
  assert.equal(citationKey('speech-2', 's2-3'), 'speech-2-s2-3');
});
