import { createHash } from 'node:crypto';
import { variantsByParagraph } from '../../../archive/apparatus.ts';
import { langTag, type Script } from '../../../i18n/scripts.ts';
import { conversionNote } from '../../../i18n/script-note.ts';
import { converterBetween } from '../../../i18n/to-traditional.ts';
import { fill, ui } from '../../../i18n/ui.ts';
import { apparatusIntro, readingSentence } from '../../../i18n/variant-readings.ts';
import type { Variants } from '../../../schemas/variants.ts';
import type { Edition } from '../../edition.ts';
import type { DownloadFormat } from '../../format.ts';
import type { Book, ChapterNotes } from './book.ts';
import { epub } from './index.ts';

/** A URN that names this book in this script and nothing else, the same in every build. */
function bookIdentifier(script: Script, kind: Edition['kind'], slug: string): string {
  const hex = createHash('sha256').update(`${kind}/${slug}/${script}`).digest('hex');
  // An RFC 9562 version-8 (name-based, custom hash) UUID.
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * A collated speech's apparatus as the book's notes, in the words and the
 * script of its page's 校勘记: the readings are the sources', converted from
 * the source's script as the page converts them.
 */
export function chapterNotes(
  variants: Variants,
  sourceScript: Script,
  script: Script,
): ChapterNotes {
  const t = ui(script);
  const quoted = converterBetween(sourceScript, script);
  return {
    heading: t.apparatus,
    intro: apparatusIntro(t, variants),
    mark: t.variantMark,
    items: variantsByParagraph(variants).map(({ paragraph, readings }) => ({
      paragraph,
      label: fill(t.apparatusParagraph, { n: paragraph }),
      markLabel: fill(t.variantMarkLabel, { n: paragraph }),
      readings: readings.map((variant) => readingSentence(t, variant, quoted)),
    })),
  };
}

/** The book of an edition: its speeches as chapters, and where the text came from. */
export function editionBook({
  kind,
  slug,
  script,
  title,
  speeches,
  variants,
  built,
}: Edition): Book {
  const t = ui(script);
  const sources = [
    ...new Set(speeches.map((speech) => `content/raw/${speech.source} (sha256 ${speech.sha256})`)),
  ];
  return {
    identifier: bookIdentifier(script, kind, slug),
    title,
    lang: langTag[script],
    modified: built,
    publisher: t.siteName,
    source: sources.join('; '),
    description: `${t.downloadNote}${conversionNote(
      t,
      speeches.map((speech) => speech.sourceScript),
      script,
    )}`,
    tocTitle: t.tableOfContents,
    chapters: speeches.map((speech, i) => ({
      id: speech.slug,
      title: speech.title,
      subtitle: speech.subtitle,
      note: speech.partialNote,
      body: speech.tree,
      outline: speech.outline,
      notes: variants[i] ? chapterNotes(variants[i], speech.sourceScript, script) : null,
    })),
  };
}

export const epubFormat: DownloadFormat = {
  extension: 'epub',
  mediaType: 'application/epub+zip',
  label: 'downloadEpub',
  build: (edition) => epub(editionBook(edition)),
};
