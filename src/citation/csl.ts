import { type CitedWork, dateParts } from './cited-work.ts';

/** A CSL-JSON item (the fields a speech page has), as Zotero, Pandoc and citeproc read it. */
export interface CslItem {
  id: string;
  type: 'webpage';
  title: string;
  'container-title': string;
  URL: string;
  accessed: { 'date-parts': [[number, number, number]] };
  language: string;
  /**
   * A collated speech's witnesses: CSL's free-text `note` (Zotero keeps it
   * as Extra). Its colon is full-width, so nothing reads it as the
   * "variable: value" lines citeproc and Zotero take from a note.
   */
  note?: string;
}

export function cslItem(work: CitedWork): CslItem {
  const item: CslItem = {
    id: work.key,
    type: 'webpage',
    title: work.title,
    'container-title': work.siteName,
    URL: work.url,
    accessed: { 'date-parts': [dateParts(work.accessed)] },
    language: work.language,
  };
  if (work.witnesses) item.note = work.witnesses;
  return item;
}

/** CSL-JSON as a file holds it: an array of items, indented for reading, a date on one line. */
export function cslJson(work: CitedWork): string {
  return JSON.stringify([cslItem(work)], null, 2).replace(
    /\[\s*\[\s*(\d+),\s*(\d+),\s*(\d+)\s*\]\s*\]/gu,
    '[[$1, $2, $3]]',
  );
}
