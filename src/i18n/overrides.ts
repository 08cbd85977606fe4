/**
 * Reviewed corrections to OpenCC's cn→tw output for these speeches.
 *
 * OpenCC converts by dictionary and context it cannot see; each entry here
 * is a place where it picked the wrong character for this text. Every entry
 * has a test in tests/unit/i18n/to-traditional.test.ts. Keys are Simplified,
 * values the Traditional text to print instead.
 */
export const traditionalOverrides: Readonly<Record<string, string>> = {
  // 娘家人 (a trusted "family" for workers): 孃 is the wrong character here.
  娘家人: '娘家人',
  // 了 is the aspect particle in 指明了方向, not 瞭 ("clear").
  指明了: '指明了',
  // Taiwan's Ministry of Education dictionary lists 了解 as the standard form.
  了解: '了解',
  // 發布 is the standard form; 發佈 is a variant.
  发布: '發布',
};
