import type { Source } from './phrases.ts';

/**
 * The hits a search of a collated archive should give for one phrase,
 * worked out from the Markdown of its reading text and of each witness
 * (the seed's Markdown with the witness's edits, tests/support/witnesses.ts)
 * with indexOf alone, sharing nothing with the search or the collation:
 * every occurrence in the reading text, and every occurrence in a witness's
 * paragraph that does not lie wholly in what the paragraph shares with the
 * reading text's before their first difference or after their last.
 * Exact for witnesses that differ from a paragraph in one place, as the
 * e2e witnesses do. Hits are `slug#id` (`slug#` for a title) and, in a
 * witness, `slug#v-id`; witnesses that read a paragraph alike give one hit.
 */
export function hitsWithWitnesses(
  reading: Source,
  witnesses: readonly Source[],
  phrase: string,
): string[] {
  const hits = reading.flatMap(({ slug, blocks }) =>
    blocks.flatMap(({ id, text }) =>
      apart(positions(text, phrase), phrase.length).map(() => `${slug}#${id}`),
    ),
  );
  const seen = new Set<string>();
  for (const witness of witnesses) {
    for (const { slug, blocks } of witness) {
      const own = reading.find((speech) => speech.slug === slug);
      for (const { id, text } of blocks) {
        const base = own?.blocks.find((block) => block.id === id)?.text;
        if (base === undefined || base === text || seen.has(`${slug}#${id}#${text}`)) continue;
        seen.add(`${slug}#${id}#${text}`);
        const prefix = commonPrefix(text, base);
        const suffix = commonSuffix(text, base, Math.min(text.length, base.length) - prefix);
        const differs = positions(text, phrase).filter(
          (at) => at + phrase.length > prefix && at < text.length - suffix,
        );
        hits.push(...apart(differs, phrase.length).map(() => `${slug}#v-${id}`));
      }
    }
  }
  return hits.sort();
}

/** Every start of `phrase` in `text`, overlapping ones included. */
function positions(text: string, phrase: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + 1)) out.push(at);
  return out;
}

/** The starts that do not overlap an earlier one kept. */
function apart(starts: readonly number[], length: number): number[] {
  const out: number[] = [];
  for (const at of starts) if (out.length === 0 || at >= out.at(-1)! + length) out.push(at);
  return out;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** The length of the common end of `a` and `b`, at most `most`. */
function commonSuffix(a: string, b: string, most: number): number {
  let n = 0;
  while (n < most && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}
