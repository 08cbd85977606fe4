import { type CitedWork, dateParts } from './cited-work.ts';

/** TeX's special characters in a braced BibTeX field, and what prints each. */
const texSpecials: Readonly<Record<string, string>> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '#': '\\#',
  $: '\\$',
  '%': '\\%',
  '&': '\\&',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** A text field's value, safe inside `{…}` for BibTeX and biber. */
export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}#$%&_~^]/gu, (character) => texSpecials[character]!);
}

/**
 * A URL for biblatex's verbatim `url` field: `#` and `%` are kept as they are,
 * but braces would end the field and a backslash starts a macro, so those
 * (and spaces) are percent-encoded, which leaves the address the same.
 */
function verbatimUrl(url: string): string {
  return url.replace(
    /[{}\\\s]/gu,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}

/** A citation key BibTeX accepts: no spaces, commas, braces or quotes. */
function bibtexKey(key: string): string {
  const safe = key.replace(/[^A-Za-z0-9_:.-]/gu, '-');
  if (safe === '')
    throw new Error(
      `Expected a citation key with ASCII letters or digits, got ${JSON.stringify(key)}`,
    );
  return safe;
}

/**
 * A biblatex `@online` entry. `organization` names the site that publishes
 * the page (biblatex's field for the body behind an online resource);
 * `langid` is the babel name biblatex-gb7714-2015 and ctex recognise for
 * Chinese in both scripts. A collated speech's witnesses go in `note`,
 * the free-text field every BibTeX style and reader knows (biblatex prints
 * it with the entry; its own `addendum` is unknown to BibTeX and to most
 * importers).
 */
export function bibtexEntry(work: CitedWork): string {
  dateParts(work.accessed); // refuses a malformed access date
  const fields: [string, string][] = [
    ['title', escapeBibtex(work.title)],
    ['organization', escapeBibtex(work.siteName)],
    ['url', verbatimUrl(work.url)],
    ['urldate', work.accessed],
    ['langid', 'chinese'],
  ];
  if (work.witnesses) fields.push(['note', escapeBibtex(work.witnesses)]);
  return [
    `@online{${bibtexKey(work.key)},`,
    ...fields.map(([name, value]) => `  ${name} = {${value}},`),
    '}',
  ].join('\n');
}
