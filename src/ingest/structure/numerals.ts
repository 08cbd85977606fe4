const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

/** Chinese numeral for 1–99 as used in enumerations: 一, 十, 十一, 二十, 二十一. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99)
    throw new RangeError(`expected an integer 1–99, got ${n}`);
  const tens = Math.floor(n / 10);
  const ones = DIGITS[n % 10] ?? '';
  if (tens === 0) return ones;
  return `${tens === 1 ? '' : (DIGITS[tens] ?? '')}十${ones}`;
}
