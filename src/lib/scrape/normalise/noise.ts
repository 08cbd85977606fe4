import { type ChangeLog, replaceRecorded } from './changes.ts';

/**
 * Glyphs anti-copy scripts scatter after words. ○ (U+25CB) is kept where it
 * is a zero, between numerals or before 年: official texts write years with
 * it (二○二○年).
 */
const NOISE_GLYPH = /[◆◇★☆■□▲△▼▽●◎◈▪▫♦♥♠♣❤✿❀✦✧※]|(?<![一二三四五六七八九十〇○零])○+|○+(?![一二三四五六七八九十〇零年])/gu;

const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ';
/**
 * A pinyin reading in parentheses right after a character: 時(shí), 发（fā）.
 * At least one tone mark is required, so (a), (x) and (XX) stay.
 */
const READING = new RegExp(`(?<=\\p{Script=Han})[(（][a-zü${TONED}]*[${TONED}][a-zü${TONED}]*[)）]`, 'gu');
/** An emoji in parentheses: (👍), （😀）, (🇨🇳). */
const EMOJI = /[(（][\p{Extended_Pictographic}\p{Regional_Indicator}][\p{Extended_Pictographic}\p{Regional_Indicator}\u200d\u20e3\ufe0e\ufe0f\u{1f3fb}-\u{1f3ff}]*[)）]/gu;

export function removeNoise(text: string, log: ChangeLog): string {
  // Emoji first: some (❤️) are also noise glyphs, and their brackets must go with them.
  const emoji = replaceRecorded(text, EMOJI, log, 'emoji', () => '');
  const glyphs = replaceRecorded(emoji, NOISE_GLYPH, log, 'noise-glyph', () => '');
  return replaceRecorded(glyphs, READING, log, 'reading', () => '');
}
