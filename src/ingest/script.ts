import * as OpenCC from 'opencc-js';

/** The two scripts a source can be written in (the site's scripts, src/i18n/scripts.ts). */
export const SOURCE_SCRIPTS = ['hans', 'hant'] as const;

export type SourceScript = (typeof SOURCE_SCRIPTS)[number];

/** Which script a text is written in, and the evidence. */
export interface ScriptReading {
  script: SourceScript;
  /** Share of the Han characters that OpenCC's Traditional → Simplified conversion changes. */
  t2s: number;
  /** Share of the Han characters that OpenCC's Simplified → Traditional conversion changes. */
  s2t: number;
}

// Taiwan standard in both directions, the forms the site's Traditional pages use;
// 'tw' → 'cn' first folds Taiwan variants (裡, 綫) onto OpenCC's standard ones.
const t2s = OpenCC.Converter({ from: 'tw', to: 'cn' });
const s2t = OpenCC.Converter({ from: 'cn', to: 'tw' });

/** Traditional text in Simplified characters (OpenCC tw → cn), character for character. */
export function toSimplified(text: string): string {
  return t2s(text);
}

const han = /\p{Script=Han}/u;

/** Enough Han characters to tell the scripts apart (each has hundreds of telling ones in that many), and a bound on the cost. */
const SAMPLE = 2000;

function changedShare(characters: readonly string[], convert: (text: string) => string): number {
  const converted = [...convert(characters.join(''))];
  // Phrase rules could in principle change the length; then only the count of characters that stay is comparable.
  let changed = 0;
  characters.forEach((character, i) => {
    if (converted[i] !== character) changed += 1;
  });
  return changed / characters.length;
}

/**
 * A text is Traditional when converting it to Simplified would change more
 * of its Han characters than converting it to Traditional would: Simplified
 * prose has about two in five characters that have a Traditional form and
 * none that have a Simplified one, Traditional prose the reverse. A text
 * with neither (every character the same in both scripts) is Simplified,
 * as the site's data is written. The first 2,000 Han characters decide.
 */
export function readScript(text: string): ScriptReading {
  const characters = [...text].filter((character) => han.test(character)).slice(0, SAMPLE);
  if (characters.length === 0) return { script: 'hans', t2s: 0, s2t: 0 };
  const shares = {
    t2s: round(changedShare(characters, t2s)),
    s2t: round(changedShare(characters, s2t)),
  };
  return { script: shares.t2s > shares.s2t ? 'hant' : 'hans', ...shares };
}

function round(share: number): number {
  return Math.round(share * 1000) / 1000;
}
