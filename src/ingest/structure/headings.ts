const NUMERAL = '[一二三四五六七八九十]+';

/** Where a numbered heading starts, in any of the forms speeches use; for telling headings from wrapped lines. */
export const HEADING_START = new RegExp(
  `^(?:${NUMERAL}[、.．]|${NUMERAL} |第${NUMERAL}部分|[（(]${NUMERAL}[）)]|\\d{1,2}[.．、](?!\\d))`,
  'u',
);

/** Level 2: 一、… 一.… 一．… 一 … 第一部分…, a short phrase that is not a sentence. */
const SECTION = new RegExp(
  `^(?:${NUMERAL}[、.．] ?|${NUMERAL} |第${NUMERAL}部分[ ：:]?)[^。！？!?]{1,30}$`,
  'u',
);
/** Level 3: （一）… (一)…, or 1.… 1、… in a speech that has no （一） headings; the first sentence is the heading. */
const CHINESE_SUBSECTION = new RegExp(`^[（(]${NUMERAL}[）)]`, 'u');
const ARABIC_SUBSECTION = /^\d{1,2}[.．、](?!\d)/u;

export type HeadingKind = 'section' | 'subsection' | null;

export interface HeadingRules {
  /** Whether 1. / 1、 open subsections: only in a speech that numbers none with （一）. */
  arabicSubsections: boolean;
}

export function headingRules(paragraphs: readonly string[]): HeadingRules {
  return { arabicSubsections: !paragraphs.some((paragraph) => CHINESE_SUBSECTION.test(paragraph)) };
}

export function headingKind(paragraph: string, rules: HeadingRules): HeadingKind {
  if (SECTION.test(paragraph)) return 'section';
  if (CHINESE_SUBSECTION.test(paragraph)) return 'subsection';
  if (rules.arabicSubsections && ARABIC_SUBSECTION.test(paragraph)) return 'subsection';
  return null;
}

/**
 * A section heading run into the text after a sentence end, as on a page
 * that lost its paragraph breaks: `…讲三点意见。一、提高站位…`. Returns the
 * heading's first characters, or null.
 */
export function fusedSectionHeading(paragraph: string): string | null {
  const match = new RegExp(`[。！？!?；;”](${NUMERAL}[、.．]|第${NUMERAL}部分)`, 'u').exec(
    paragraph,
  );
  return match ? paragraph.slice(match.index + 1, match.index + 13) : null;
}
