import { createHash } from 'node:crypto';
import { langTag, type Script } from '../../../i18n/scripts.ts';
import { conversionNote } from '../../../i18n/script-note.ts';
import { ui } from '../../../i18n/ui.ts';
import type { Edition } from '../../edition.ts';
import type { DownloadFormat } from '../../format.ts';
import type { Book } from './book.ts';
import { epub } from './index.ts';

/** A URN that names this book in this script and nothing else, the same in every build. */
function bookIdentifier(script: Script, kind: Edition['kind'], slug: string): string {
  const hex = createHash('sha256').update(`${kind}/${slug}/${script}`).digest('hex');
  // An RFC 9562 version-8 (name-based, custom hash) UUID.
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The book of an edition: its speeches as chapters, and where the text came from. */
export function editionBook({ kind, slug, script, title, speeches, built }: Edition): Book {
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
    chapters: speeches.map((speech) => ({
      id: speech.slug,
      title: speech.title,
      subtitle: speech.subtitle,
      note: speech.partialNote,
      body: speech.tree,
      outline: speech.outline,
    })),
  };
}

export const epubFormat: DownloadFormat = {
  extension: 'epub',
  mediaType: 'application/epub+zip',
  label: 'downloadEpub',
  build: (edition) => epub(editionBook(edition)),
};
