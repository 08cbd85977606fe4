import * as OpenCC from 'opencc-js';
import { toSimplified } from '../ingest/script.ts';
import { traditionalOverrides } from './overrides.ts';
import type { Script } from './scripts.ts';

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

const unchanged = (text: string): string => text;

/** Simplified text (as the code and the data are written) into `script`. */
export function converterTo(script: Script): (text: string) => string {
  return script === 'hant' ? toTraditional : unchanged;
}

/**
 * Text written in `source` (a speech's own script, as ingest read it) into
 * `script`: unchanged where they agree, so a Traditional source's
 * Traditional page shows its own characters, never a round trip through
 * Simplified.
 */
export function converterBetween(source: Script, script: Script): (text: string) => string {
  if (source === script) return unchanged;
  return script === 'hant' ? toTraditional : toSimplified;
}

/** A table of Simplified strings with each one converted to Traditional. */
export function tableToTraditional<Key extends string>(
  table: Readonly<Record<Key, string>>,
): Record<Key, string> {
  return Object.fromEntries(
    Object.entries<string>(table).map(([key, value]) => [key, toTraditional(value)]),
  ) as Record<Key, string>;
}
