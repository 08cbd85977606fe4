import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { type ChangeLog, replaceRecorded } from './changes.ts';

/** `&name;`, `&#123;`, `&#x1F;`: the forms HTML character references take (the semicolon is required). */
const REFERENCE = /&(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|([A-Za-z][A-Za-z0-9]{1,31}));/gu;

/**
 * Decodes the character references a scraper left in the text, exactly
 * once (so `&amp;lt;` becomes `&lt;`, as the page showed it). A reference
 * that names no character is left as it is.
 */
export function decodeEntities(text: string, log: ChangeLog): string {
  return replaceRecorded(
    text,
    REFERENCE,
    log,
    'html-entity',
    (match, hex, decimal, name) => {
      if (name) return decodeNamedCharacterReference(name) || match;
      const codePoint = Number.parseInt(hex || decimal || '', hex ? 16 : 10);
      return isScalarValue(codePoint) ? String.fromCodePoint(codePoint) : match;
    },
    describeReplacement,
  );
}

function isScalarValue(codePoint: number): boolean {
  return codePoint > 0 && codePoint <= 0x10ffff && !(codePoint >= 0xd800 && codePoint <= 0xdfff);
}

export function describeReplacement(before: string, after: string): string {
  const shown =
    after.trim() === ''
      ? `U+${after.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}`
      : after;
  return `${before} → ${shown}`;
}
