import * as OpenCC from 'opencc-js';
import { traditionalOverrides } from './overrides.ts';

/** Taiwan standard characters, not 'twp', which would also rewrite vocabulary. */
const convert = OpenCC.Converter({ from: 'cn', to: 'tw' });

// Longest first, so that a longer reviewed phrase wins over one it contains.
const keys = Object.keys(traditionalOverrides).sort((a, b) => b.length - a.length);
const overridePattern = keys.length > 0 ? new RegExp(keys.map(escapeRegExp).join('|'), 'g') : null;

/**
 * Converts Simplified text to Traditional (Taiwan standard characters),
 * applying the reviewed overrides. Length is preserved character for
 * character, which the search layer relies on to align both scripts.
 */
export function toTraditional(text: string): string {
  if (!overridePattern) return convert(text);
  let out = '';
  let last = 0;
  for (const match of text.matchAll(overridePattern)) {
    out += convert(text.slice(last, match.index)) + traditionalOverrides[match[0]];
    last = match.index + match[0].length;
  }
  return out + convert(text.slice(last));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
