import { type ChangeLog, replaceRecorded } from './changes.ts';

/**
 * Format characters that render as nothing: zero-width spaces and joiners,
 * word joiner, soft hyphen, byte-order marks inside the text, directional
 * marks and isolates. They carry no text, so they are removed.
 */
const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/gu;

/** Spaces other than ASCII space, LF and U+3000 (which is two columns wide; see below). */
const OTHER_SPACE = /[\t\v\f\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f]/gu;

const NAMES: Readonly<Record<string, string>> = {
  '\t': 'tab',
  '\u00a0': 'no-break space',
  '\u3000': 'ideographic space',
};

function describe(char: string): string {
  return NAMES[char] ?? `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Every kind of space becomes ASCII spaces, by width: one column for
 * no-break and other narrow spaces, two for an ideographic space or a tab.
 * Paragraph separation is then one rule for all of them (a run two columns
 * wide separates; a single space belongs to the text, as in 「中国梦 劳动美」).
 */
export function unifySpaces(text: string, log: ChangeLog): string {
  const visible = replaceRecorded(text, INVISIBLE, log, 'invisible-character', () => '', describe);
  const narrowed = replaceRecorded(
    visible,
    OTHER_SPACE,
    log,
    'space',
    (char) => (char === '\t' ? '  ' : char === '\u2028' || char === '\u2029' ? '\n' : ' '),
    describe,
  );
  // The ideographic space is the usual paragraph indent; it is not counted as a change.
  return narrowed.replaceAll('\u3000', '  ');
}
