/**
 * Static pagination for lists that grow with the archive (compilations on
 * the home page, speeches in a compilation). Page 1 lives at the list's own
 * URL and page n at `page/n/` below it, so the first page of every list
 * keeps the short address people share.
 */

export interface PageLimits<T> {
  /** At most this many items a page. */
  maxItems: number;
  /** At most this much weight a page (characters the entries print), so long titles cannot break the page budget. */
  maxWeight: number;
  weight(item: T): number;
}

/**
 * Cuts `items` into pages in order, each as full as both limits allow. An
 * item heavier than `maxWeight` gets a page to itself rather than none.
 */
export function cutPages<T>(
  items: readonly T[],
  { maxItems, maxWeight, weight }: PageLimits<T>,
): T[][] {
  const pages: T[][] = [];
  let page: T[] = [];
  let load = 0;
  for (const item of items) {
    const w = weight(item);
    if (page.length > 0 && (page.length >= maxItems || load + w > maxWeight)) {
      pages.push(page);
      page = [];
      load = 0;
    }
    page.push(item);
    load += w;
  }
  if (page.length > 0 || pages.length === 0) pages.push(page);
  return pages;
}

/** The path of page `n` of a list whose first page is at `base` ("" or "c/x/"). */
export function listPagePath(base: string, n: number): string {
  return n === 1 ? base : `${base}page/${n}/`;
}

/** A numbered link in the page navigation, or a gap ("…") between numbers. */
export type PageStep = number | 'gap';

/**
 * The page numbers the navigation shows: the first and last, and the pages
 * within `radius` of the current one, few enough for one row at 320 px (the
 * folded list of every page does the rest). A gap of exactly one page shows
 * that page instead of "…", which would take the same room.
 */
export function pageSteps(current: number, last: number, radius = 1): PageStep[] {
  const shown = new Set([1, last]);
  for (let n = current - radius; n <= current + radius; n++) if (n >= 1 && n <= last) shown.add(n);
  const numbers = [...shown].sort((a, b) => a - b);
  const steps: PageStep[] = [];
  numbers.forEach((n, i) => {
    const previous = numbers[i - 1];
    if (previous !== undefined && n - previous === 2) steps.push(previous + 1);
    else if (previous !== undefined && n - previous > 2) steps.push('gap');
    steps.push(n);
  });
  return steps;
}
