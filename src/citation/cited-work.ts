/**
 * What every citation format says about a speech page, or about one place in
 * it. The speeches carry no speaker, date or place in their data, so none is
 * given: a reference that invented them would be wrong in every paper that
 * copied it.
 */
export interface CitedWork {
  /** Stable key for reference managers, e.g. "speech-2" or "speech-2-s2". */
  key: string;
  /** The speech's title, in the script of the page. */
  title: string;
  /** The site's name: the publisher of this online edition. */
  siteName: string;
  /** What is cited: the page, or the page and a fragment (#s2, #p12). */
  url: string;
  /** BCP 47 tag of the page's script: zh-Hans or zh-Hant. */
  language: string;
  /** The day the reader consulted the page, YYYY-MM-DD. */
  accessed: string;
  /**
   * For a speech collated from several files: what this edition was collated
   * from, in the page's script (据 3 个文件校订：a.txt、某网（b.txt）). None
   * for a speech one file holds, whose citation says nothing of it.
   */
  witnesses?: string | undefined;
}

const isoDay = /^(\d{4})-(\d{2})-(\d{2})$/u;

/** A calendar day as YYYY-MM-DD, in UTC (the build) or in the reader's own time zone (the browser). */
export function isoDate(date: Date, zone: 'utc' | 'local'): string {
  const parts =
    zone === 'utc'
      ? [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()]
      : [date.getFullYear(), date.getMonth() + 1, date.getDate()];
  const [year, month, day] = parts.map((part, i) => String(part).padStart(i === 0 ? 4 : 2, '0'));
  return `${year}-${month}-${day}`;
}

/** [year, month, day] of a YYYY-MM-DD day. */
export function dateParts(day: string): [number, number, number] {
  const match = isoDay.exec(day);
  if (!match) throw new Error(`Expected an access date as YYYY-MM-DD, got ${JSON.stringify(day)}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** The key of a citation of `anchor` (s2, s2-3) in a speech, or of the speech itself. */
export function citationKey(slug: string, anchor?: string): string {
  return anchor ? `${slug}-${anchor}` : slug;
}
