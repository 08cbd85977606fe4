import { fill, type Ui } from '../i18n/ui.ts';
import type { SpeechData } from '../schemas/speech.ts';

/**
 * Document titles: "<page> · <more> · <site name>". A compilation's title
 * joins all its speeches' titles and can run to hundreds of characters,
 * so pages that show one fit it into the room these leave.
 */

/** html-validate's long-title limit, and about what a browser tab or a search result shows. */
export const maxTitleLength = 70;

const separator = ' · ';

export function joinTitle(parts: readonly string[]): string {
  return parts.join(separator);
}

/** Characters left for the first part of a title that also carries `others` (the site name last). */
export function titleRoom(others: readonly string[]): number {
  return maxTitleLength - others.reduce((sum, part) => sum + separator.length + part.length, 0);
}

/**
 * The compilation's title in at most `max` characters, for a document
 * title: the whole title if it fits, else the first speech's title and
 * `others` (等2篇, already in the page's script), cut short with … if even
 * that is too long. Headings always show the whole title.
 */
export function compilationTitleWithin(
  compilation: { title: string; speeches: readonly Pick<SpeechData, 'title'>[] },
  max: number,
  others: string,
): string {
  if (compilation.title.length <= max) return compilation.title;
  const first = compilation.speeches[0]!.title;
  const tail = compilation.speeches.length > 1 ? others : '';
  const room = max - tail.length;
  return first.length <= room ? `${first}${tail}` : `${first.slice(0, room - 1)}…${tail}`;
}

/**
 * The title of a page about a compilation, before the site name: the
 * compilation's title fitted into the room left by `after` (打印版, 第 2 页…),
 * which follows it, and by the site name; a cut title ends in 等n篇.
 */
export function compilationPageTitle(
  compilation: { title: string; speeches: readonly Pick<SpeechData, 'title'>[] },
  t: Pick<Ui, 'andOthers' | 'siteName'>,
  after?: string,
): string {
  const fitted = compilationTitleWithin(
    compilation,
    titleRoom(after ? [after, t.siteName] : [t.siteName]),
    fill(t.andOthers, { n: compilation.speeches.length }),
  );
  return after ? joinTitle([fitted, after]) : fitted;
}
