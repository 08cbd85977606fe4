import { bibtexEntry } from '../bibtex.ts';
import { type CitedWork, citationKey, isoDate } from '../cited-work.ts';
import { cslJson } from '../csl.ts';
import { gbt7714Reference } from '../gbt7714.ts';
import { fillLabel } from './labels.ts';

/** The panel's formats by the id of the element that shows each (data-cite-text). */
const formats: Readonly<Record<string, (work: CitedWork) => string>> = {
  gbt7714: gbt7714Reference,
  bibtex: bibtexEntry,
  csl: cslJson,
};

/** The page's work as its head describes it; the access date is the reader's. */
export type PageWork = Omit<CitedWork, 'accessed'>;

/**
 * Writes the panel's citations of the page, or of its section `anchor`,
 * accessed today (the reader's own day), at the site's own address
 * (citation_public_url, absolute from the build's SITE_URL).
 */
export function fillPanel(
  panel: HTMLElement,
  page: PageWork,
  anchor: string | undefined,
  todayNote: string,
): void {
  const url = new URL(page.url);
  url.hash = anchor ?? '';
  const work: CitedWork = {
    ...page,
    key: citationKey(page.key, anchor),
    url: url.href,
    accessed: isoDate(new Date(), 'local'),
  };
  for (const element of panel.querySelectorAll<HTMLElement>('[data-cite-text]'))
    element.textContent = formats[element.dataset.citeText!]!(work);
  panel.querySelector('[data-cite-note]')!.textContent = fillLabel(todayNote, {
    date: work.accessed,
  });
}
