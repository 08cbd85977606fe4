/**
 * Speech addresses that stay put. Readers link to and cite `speech-N`, so a
 * speech keeps its number for as long as the archive holds it, whatever raw
 * files are added, renamed around it or re-scraped; and a number once given
 * is never given to another speech, so an old link never lands on the wrong
 * text. The address book (slugs.json, written beside the Markdown) records
 * every number given and the speech it names.
 *
 * A speech is known by its raw file, its title, and which of that file's
 * speeches with that title it is (two speeches may share a title). A speech
 * kept once from several files (collect.ts) is still known by any file that
 * held it when its number was given, and the entry lists the files that
 * are its witnesses, so a new copy is found under the old number.
 */

export interface AddressEntry {
  slug: string;
  /** The raw file's name. */
  source: string;
  title: string;
  /** 1 for the file's first speech with this title, 2 for the next… */
  occurrence: number;
  /** Every file holding a copy of the speech in the last ingest that had it, when more than one did. */
  witnesses?: string[];
}

/** A speech to address: its title, the file it is kept from, and the files whose copies were dropped for it. */
export interface Addressee {
  title: string;
  source: string;
  alsoIn: readonly string[];
}

export interface Addressed {
  /** One slug per addressee, in order. */
  slugs: string[];
  /** The book with every entry it had, plus one per new speech. */
  book: AddressEntry[];
}

const slugPattern = /^speech-([1-9]\d*)$/u;

export function slugNumber(slug: string): number {
  const match = slugPattern.exec(slug);
  if (!match) throw new Error(`"${slug}" is not a speech slug: expected speech-<number>`);
  return Number(match[1]);
}

export function assignSlugs(
  addressees: readonly Addressee[],
  book: readonly AddressEntry[],
): Addressed {
  const used = new Set<AddressEntry>();
  // By title, so that numbering an archive of thousands stays linear.
  const byTitle = new Map<string, AddressEntry[]>();
  for (const entry of book) byTitle.set(entry.title, [...(byTitle.get(entry.title) ?? []), entry]);
  let last = book.reduce((highest, entry) => Math.max(highest, slugNumber(entry.slug)), 0);
  const seen = new Map<string, number>();
  const added: AddressEntry[] = [];
  const witnessed = new Map<AddressEntry, string[]>();
  const slugs = addressees.map(({ title, source, alsoIn }) => {
    const key = JSON.stringify([source, title]);
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);
    const files = new Set([source, ...alsoIn]);
    const witnesses = files.size > 1 ? { witnesses: [...files] } : {};
    const known = byTitle
      .get(title)
      ?.find(
        (entry) =>
          !used.has(entry) &&
          entry.occurrence === occurrence &&
          [entry.source, ...(entry.witnesses ?? [])].some((file) => files.has(file)),
      );
    if (known) {
      used.add(known);
      if (files.size > 1) witnessed.set(known, [...files]);
      return known.slug;
    }
    const entry = { slug: `speech-${++last}`, source, title, occurrence, ...witnesses };
    added.push(entry);
    return entry.slug;
  });
  const kept = book.map((entry) =>
    witnessed.has(entry) ? { ...entry, witnesses: witnessed.get(entry)! } : entry,
  );
  return { slugs, book: [...kept, ...added] };
}
