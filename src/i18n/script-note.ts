import type { Script } from './scripts.ts';
import type { Ui } from './ui.ts';

/**
 * What a page in `script` tells the reader about a speech whose source is
 * written in `source`: briefly, as the page's weight is counted; the source
 * page and the downloads say how the conversion is made.
 */
export function scriptNote(t: Ui, source: Script, script: Script): string {
  const written = source === 'hant' ? t.writtenHant : t.writtenHans;
  return source === script ? written : `${written}${t.convertedOnPage}`;
}

/** How an edition in `script` came by the text of speeches written in `sources`: one note per conversion it made, none if it made none. */
export function conversionNote(t: Ui, sources: readonly Script[], script: Script): string {
  return sources.some((source) => source !== script) ? conversionText(t, script) : '';
}

function conversionText(t: Ui, script: Script): string {
  return script === 'hant' ? t.convertedToHant : t.convertedToHans;
}
