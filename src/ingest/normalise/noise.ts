import { type ChangeLog, replaceRecorded } from './changes.ts';

/** Glyphs anti-copy scripts scatter after words. */
const NOISE_GLYPH = /[◆◇★☆■□▲△▼▽●◎◈▪▫♦♥♠♣❤✿❀✦✧※]/gu;
/**
 * ○ (U+25CB) is noise too, except where it is a zero: official texts write
 * years with it (二○二○年), so a run of ○ after a numeral and before a
 * numeral or 年 stays.
 */
const CIRCLES = /○+/gu;
const NUMERAL_BEFORE = /[一二三四五六七八九〇零]$/u;
const NUMERAL_AFTER = /^[一二三四五六七八九〇零年]/u;

const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ';
/**
 * A pinyin reading in parentheses right after a character: 時(shí), 发（fā）.
 * At least one tone mark is required, so (a), (x) and (XX) stay.
 */
const READING = new RegExp(
  `(?<=\\p{Script=Han})[(（][a-zü${TONED}]*[${TONED}][a-zü${TONED}]*[)）]`,
  'gu',
);
/** An emoji in parentheses: (👍), （😀）, (🇨🇳). */
const EMOJI =
  /[(（][\p{Extended_Pictographic}\p{Regional_Indicator}][\p{Extended_Pictographic}\p{Regional_Indicator}\u200d\u20e3\ufe0e\ufe0f\u{1f3fb}-\u{1f3ff}]*[)）]/gu;

export function removeNoise(text: string, log: ChangeLog): string {
  // Emoji first: some (❤️) are also noise glyphs, and their brackets must go with them.
  const emoji = replaceRecorded(text, EMOJI, log, 'emoji', () => '');
  const glyphs = replaceRecorded(emoji, NOISE_GLYPH, log, 'anti-copy-glyph', () => '');
  const circles = glyphs.replace(CIRCLES, (run: string, at: number, whole: string) => {
    if (
      NUMERAL_BEFORE.test(whole.charAt(at - 1)) &&
      NUMERAL_AFTER.test(whole.charAt(at + run.length))
    )
      return run;
    log.record('anti-copy-glyph', '○', run.length);
    return '';
  });
  return replaceRecorded(circles, READING, log, 'pinyin-reading', () => '');
}
