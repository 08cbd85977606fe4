/**
 * Artefact generators: the scraped page as another site, a paged viewer or a
 * PDF copy would deliver the same speeches. Each generator is pure and
 * seeded: it takes a page in the seed's format (the seed itself or a
 * synthetic compilation) and returns the altered page with the number of
 * changes of each kind it made, so a test can demand that ingest undoes and
 * reports exactly those changes.
 *
 * Positions, forms and intervals come from the seeded generator rather than
 * from a fixed list of examples, so that fixtures made with different seeds
 * exercise each class in general.
 */
import { random } from '../../scripts/lib/synthetic-compilations.ts';

/** The change kinds a report must list; counts are what the generator made. */
export type ChangeKind =
  | 'ideograph-variant'
  | 'html-entity'
  | 'invisible-character'
  | 'page-number'
  | 'watermark'
  | 'anti-copy-glyph'
  | 'pinyin-reading'
  | 'emoji'
  | 'page-title-copy'
  | 'line-join';

export type Changes = Partial<Record<ChangeKind, number>>;

export interface Artefacted {
  text: string;
  changes: Changes;
}

export type Random = () => number;

/** mulberry32, the synthetic pages' generator: small, seedable, and the same on every machine. */
export const prng: (seed: number) => Random = random;

function integer(next: Random, min: number, max: number): number {
  return min + Math.floor(next() * (max - min + 1));
}

function pick<T>(next: Random, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)]!;
}

function shuffled<T>(next: Random, items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/** Adds two change tallies: for composing artefacts. */
export function addChanges(a: Changes, b: Changes): Changes {
  const sum: Changes = { ...a };
  for (const [kind, count] of Object.entries(b) as [ChangeKind, number][])
    sum[kind] = (sum[kind] ?? 0) + count;
  return sum;
}

/** Applies page → artefact steps in order, summing what each changed. */
export function compose(
  page: string,
  steps: readonly ((text: string) => Artefacted)[],
): Artefacted {
  return steps.reduce<Artefacted>(
    (done, step) => {
      const next = step(done.text);
      return { text: next.text, changes: addChanges(done.changes, next.changes) };
    },
    { text: page, changes: {} },
  );
}

// ---------------------------------------------------------------------------
// Anatomy of a page in the seed's format

/** The scrape separates paragraphs with three spaces. */
const SEPARATOR = '   ';
const COMPILATION_SUFFIX = /稿?[合汇]编$/u;

export interface SpeechText {
  title: string;
  /** Salutation, body paragraphs (headings included) and closing, as the scrape has them. */
  paragraphs: string[];
}

export interface Scrape {
  /** The page title: the compilation title, or the one speech's title. */
  title: string;
  speeches: SpeechText[];
}

/**
 * Reads a page in the seed's format: title line, site lines, then one long
 * line holding a preview and the complete text, paragraphs separated by
 * three spaces. The complete text follows the last copy of the page title.
 * This is test-side knowledge of one known format, used only to re-render
 * the same speeches in other formats.
 */
export function readScrape(page: string): Scrape {
  const lines = page.split(/\r?\n/u);
  const title = lines.find((line) => line.trim() !== '')!.trim();
  const body = lines.reduce((longest, line) => (line.length > longest.length ? line : longest), '');
  const complete = body.slice(body.lastIndexOf(title) + title.length).trim();
  const titles = COMPILATION_SUFFIX.test(title) ? compiledTitles(title, complete) : [title];
  const starts = titles.map((speechTitle, i) =>
    i === 0 ? 0 : complete.indexOf(` ${speechTitle}${SEPARATOR}`) + 1,
  );
  const speeches = titles.map((speechTitle, i) => {
    const segment = complete.slice(
      starts[i]! + speechTitle.length,
      starts[i + 1] ?? complete.length,
    );
    return { title: speechTitle, paragraphs: segment.trim().split(/ {3,}/u) };
  });
  return { title, speeches };
}

/** 「A和B稿合编」: the split at the 和 where both halves stand as titles in the text. */
function compiledTitles(title: string, complete: string): string[] {
  const bare = title.replace(COMPILATION_SUFFIX, '');
  for (let at = bare.indexOf('和'); at !== -1; at = bare.indexOf('和', at + 1)) {
    const [first, second] = [bare.slice(0, at), bare.slice(at + 1)];
    if (complete.startsWith(`${first}${SEPARATOR}`) && complete.includes(` ${second}${SEPARATOR}`))
      return [first, second];
  }
  throw new Error(`cannot place the two titles of ${title} in the page`);
}

const TO_FULL_WIDTH: Readonly<Record<string, string>> = {
  ',': '，',
  ':': '：',
  ';': '；',
  '!': '！',
  '?': '？',
  '(': '（',
  ')': '）',
};

/** The marks the seed's scrape turned into ASCII, restored: what a site serving the original text shows. */
export function fullWidth(text: string): string {
  return text.replace(/[,:;!?()]/gu, (mark) => TO_FULL_WIDTH[mark]!);
}

const SALUTATION = /[^\s:：]{0,12}同志们[:：]|各位领导[:：]/gu;

/**
 * Where noise may fall: from the end of the first salutation of the complete
 * text to the end of its last closing. The complete text starts at the first
 * salutation that repeats an earlier one word for word (the preview's), or at
 * the first salutation when the page has no preview. The preview, the title
 * and the site's lines stay clean, as page furniture or a watermark never
 * reaches them.
 */
export function speechRegion(text: string): { start: number; end: number } {
  const salutations = [...text.matchAll(SALUTATION)];
  const opening = (match: RegExpExecArray): string => text.slice(match.index, match.index + 200);
  const repeat = salutations.find((match, k) =>
    salutations.slice(0, k).some((earlier) => opening(earlier) === opening(match)),
  );
  const first = repeat ?? salutations[0];
  if (first === undefined) throw new Error('no salutation in the page');
  const start = first.index + first[0].length;
  const closings = [...text.matchAll(/谢谢(?:大家)?[!！。]/gu)].filter((m) => m.index >= start);
  const last = closings.at(-1);
  return { start, end: last === undefined ? text.length : last.index + last[0].length };
}

/**
 * Characters noise may be glued to: ideographs and the marks between them.
 * Never digits or Latin letters (a reader could not tell 第2页 from 2020年
 * glued to it), brackets, emoji or earlier noise, so every insertion stays
 * separable from the text and from the other insertions.
 */
const GLUABLE = /[\p{Script=Han}，。、；：！？“”《》,;:!?]/u;

/** Positions inside the region between two gluable characters: mid-sentence, even mid-word. */
function gluePositions(text: string, region: { start: number; end: number }): number[] {
  const positions: number[] = [];
  for (let i = region.start + 1; i < region.end; i++)
    if (GLUABLE.test(text[i - 1]!) && GLUABLE.test(text[i]!)) positions.push(i);
  return positions;
}

/** Insertions at given positions of the original text, in one pass; several at one position keep their order. */
function insertAll(text: string, insertions: readonly { at: number; text: string }[]): string {
  const sorted = [...insertions].sort((a, b) => a.at - b.at);
  const pieces: string[] = [];
  let from = 0;
  for (const { at, text: inserted } of sorted) {
    pieces.push(text.slice(from, at), inserted);
    from = at;
  }
  pieces.push(text.slice(from));
  return pieces.join('');
}

/** Glue positions in order: the first after half to one interval, then one every `interval` characters (±25 %). */
function spacedPositions(next: Random, text: string, interval: number): number[] {
  const region = speechRegion(text);
  const candidates = gluePositions(text, region);
  const chosen: number[] = [];
  let target = region.start + Math.round(interval * (0.5 + next() * 0.5));
  for (const at of candidates) {
    if (at < target) continue;
    chosen.push(at);
    target = at + Math.round(interval * (0.75 + next() * 0.5));
  }
  return chosen;
}

// ---------------------------------------------------------------------------
// pdf-radicals

/**
 * CJK Radicals Supplement forms a PDF text layer emits for ordinary
 * simplified characters. Source: Unicode's EquivalentUnifiedIdeograph.txt
 * (UCD 14.0, property Equivalent_Unified_Ideograph), the rows whose
 * equivalent is a character in everyday simplified text. NFKC does not fold
 * this block, so an explicit table is the only way.
 */
const RADICAL_SUPPLEMENT: Readonly<Record<string, string>> = {
  '\u2E81': '厂',
  '\u2E84': '乙',
  '\u2E8C': '小',
  '\u2E97': '心',
  '\u2E9C': '日',
  '\u2E9D': '月',
  '\u2EA0': '民',
  '\u2EA7': '牛',
  '\u2EA9': '王',
  '\u2EAB': '目',
  '\u2EAC': '示',
  '\u2EB6': '羊',
  '\u2EC4': '西',
  '\u2EC5': '见',
  '\u2EC6': '角',
  '\u2EC9': '贝',
  '\u2ECB': '车',
  '\u2ED3': '长',
  '\u2ED4': '门',
  '\u2ED7': '雨',
  '\u2ED8': '青',
  '\u2EDA': '页',
  '\u2EDB': '风',
  '\u2EDC': '飞',
  '\u2EDD': '食',
  '\u2EE2': '马',
  '\u2EE3': '骨',
  '\u2EE4': '鬼',
  '\u2EE5': '鱼',
  '\u2EE6': '鸟',
  '\u2EE7': '卤',
  '\u2EE8': '麦',
  '\u2EE9': '黄',
  '\u2EEC': '齐',
  '\u2EEE': '齿',
  '\u2EF0': '龙',
  '\u2EF3': '龟',
};

/** Every look-alike code point for each unified ideograph: Kangxi radicals and compatibility ideographs derived with NFKC, the supplement from the table. */
function lookAlikes(): Map<string, string[]> {
  const forms = new Map<string, string[]>();
  const add = (variant: string, unified: string): void =>
    void forms.set(unified, [...(forms.get(unified) ?? []), variant]);
  const derive = (from: number, to: number): void => {
    for (let code = from; code <= to; code++) {
      const variant = String.fromCodePoint(code);
      const unified = variant.normalize('NFKC');
      // Only one-character ideographs; NFKC leaves the few unified ideographs in the compatibility block unchanged.
      if (unified !== variant && [...unified].length === 1 && /\p{Script=Han}/u.test(unified))
        add(variant, unified);
    }
  };
  derive(0x2f00, 0x2fd5);
  derive(0xf900, 0xfaff);
  for (const [variant, unified] of Object.entries(RADICAL_SUPPLEMENT)) add(variant, unified);
  return forms;
}

const LOOK_ALIKES = lookAlikes();

export interface RadicalOptions {
  seed: number;
  /** Share of the affected characters (those with a look-alike) that the PDF's fonts map to one. */
  share?: number;
  /** Share of each chosen character's occurrences replaced; 1 = every occurrence, as one embedded font does. */
  coverage?: number;
}

/**
 * A PDF text layer whose fonts map some ordinary characters to radicals or
 * compatibility ideographs: each chosen character gets one look-alike and,
 * by default, every occurrence of it is replaced.
 */
export function pdfRadicals(page: string, options: RadicalOptions): Artefacted {
  const next = prng(options.seed);
  const share = options.share ?? 0.6;
  const coverage = options.coverage ?? 1;
  const present = new Set([...page].filter((char) => LOOK_ALIKES.has(char)));
  const mapping = new Map<string, string>();
  for (const char of [...present].sort())
    if (next() < share) mapping.set(char, pick(next, LOOK_ALIKES.get(char)!));
  let replaced = 0;
  const text = [...page]
    .map((char) => {
      const variant = mapping.get(char);
      if (variant === undefined || next() >= coverage) return char;
      replaced++;
      return variant;
    })
    .join('');
  return { text, changes: { 'ideograph-variant': replaced } };
}

// ---------------------------------------------------------------------------
// page-furniture

/** Page counters as paged viewers and PDF footers print them; n is the page, m the page count. */
export const FURNITURE_FORMS = {
  'cn-pair': (n: number, m: number) => `第${n}页 共${m}页`,
  'cn-pair-spaced': (n: number, m: number) => `第 ${n} 页 共 ${m} 页`,
  'cn-pair-ideographic': (n: number, m: number) => `第${n}页\u3000共${m}页`,
  'cn-slash': (n: number, m: number) => `第${n}页/共${m}页`,
  'cn-count-first': (n: number, m: number) => `共${m}页 第${n}页`,
  'cn-comma': (n: number, m: number) => `第${n}页，共${m}页`,
  'cn-single': (n: number) => `第${n}页`,
  dashed: (n: number) => `- ${n} -`,
  'em-dashed': (n: number) => `— ${n} —`,
  'full-width-dashed': (n: number) => `－${n}－`,
  fraction: (n: number, m: number) => `${n} / ${m}`,
  'fraction-compact': (n: number, m: number) => `${n}/${m}`,
  'dashed-fraction': (n: number, m: number) => `- ${n}/${m} -`,
  'page-of': (n: number, m: number) => `Page ${n} of ${m}`,
  bare: (n: number) => `${n}`,
} as const;

export type FurnitureForm = keyof typeof FURNITURE_FORMS;

/**
 * How a counter lands in the copied text: on a line of its own, glued
 * straight into the sentence, or glued with the spaces the viewer put round it.
 */
export type Placement = 'own-line' | 'glued' | 'spaced';

/** Forms that are only a number with marks or Latin words: never glued without spaces, where they would merge with the text. */
const NEEDS_SPACE: ReadonlySet<FurnitureForm> = new Set([
  'dashed',
  'em-dashed',
  'fraction',
  'fraction-compact',
  'dashed-fraction',
  'page-of',
]);
/** A bare number is page furniture only on a line of its own; inside a sentence it would be text. */
const OWN_LINE_ONLY: ReadonlySet<FurnitureForm> = new Set(['bare']);

export interface FurnitureOptions {
  seed: number;
  /** Forms used in this page (one viewer uses one or two); default: two chosen at random. */
  forms?: FurnitureForm[];
  placements?: Placement[];
  /** Characters per page; default 600–1100. */
  interval?: number;
}

/** Page counters at every page break, wherever the break falls in a sentence. */
export function pageFurniture(page: string, options: FurnitureOptions): Artefacted {
  const next = prng(options.seed);
  const names = Object.keys(FURNITURE_FORMS) as FurnitureForm[];
  const forms = options.forms ?? shuffled(next, names).slice(0, 2);
  const placements: readonly Placement[] = options.placements ?? ['own-line', 'glued', 'spaced'];
  const interval = options.interval ?? integer(next, 600, 1100);
  const positions = spacedPositions(next, page, interval);
  const total = positions.length + integer(next, 1, 2);
  const first = integer(next, 1, 2);
  const unglued = placements.filter((placement) => placement !== 'glued');
  const spacedOnly: readonly Placement[] = unglued.length > 0 ? unglued : ['spaced'];
  const insertions = positions.map((at, i) => {
    const form = pick(next, forms);
    const counter = FURNITURE_FORMS[form](first + i, total);
    const placement: Placement = OWN_LINE_ONLY.has(form)
      ? 'own-line'
      : pick(next, NEEDS_SPACE.has(form) ? spacedOnly : placements);
    return placed(page, at, counter, placement);
  });
  return { text: insertAll(page, insertions), changes: { 'page-number': positions.length } };
}

/** The counter as inserted; a hard-wrapped page breaks between lines, so an own-line counter goes at the nearest line end. */
function placed(
  text: string,
  at: number,
  counter: string,
  placement: Placement,
): { at: number; text: string } {
  if (placement === 'glued') return { at, text: counter };
  if (placement === 'spaced') return { at, text: ` ${counter} ` };
  const lineEnd = text.lastIndexOf('\n', at);
  if (lineEnd !== -1 && at - lineEnd < 60) return { at: lineEnd, text: `\n${counter}` };
  return { at: unambiguousBreak(text, at), text: `\n${counter}\n` };
}

/**
 * Where a page break on a line of its own may fall inside a paragraph. Just
 * after a full stop it could as well be a paragraph's end (where one
 * paragraph a line is the layout, the two read alike, and ingest takes the
 * likelier paragraph end), so the break moves one character on, into the
 * next sentence.
 */
function unambiguousBreak(text: string, at: number): number {
  return /[。！？!?][”’」』）)]*$/u.test(text.slice(Math.max(0, at - 3), at)) ? at + 1 : at;
}

// ---------------------------------------------------------------------------
// invisible

const FORMAT_CHARACTERS = ['\u200B', '\u200C', '\u200D', '\u2060', '\u00AD', '\uFEFF'] as const;

export interface InvisibleOptions {
  seed: number;
  /** Format characters per 1,000 characters of speech text; default 6–14. */
  density?: number;
}

/**
 * Zero-width spaces and joiners, word joiners, soft hyphens and stray BOMs
 * scattered through the text, and no-break spaces where the scrape had
 * spaces: in the paragraph indentation and inside “中国梦 劳动美”.
 */
export function invisible(page: string, options: InvisibleOptions): Artefacted {
  const next = prng(options.seed);
  const density = options.density ?? integer(next, 6, 14);
  const region = speechRegion(page);
  const count = Math.round(((region.end - region.start) * density) / 1000);
  // Anywhere, even next to spaces and marks, but never between the two halves of a surrogate pair.
  const positions = shuffled(
    next,
    range(region.start + 1, region.end).filter((at) => !isLowSurrogate(page.charCodeAt(at))),
  ).slice(0, count);
  const withFormat = insertAll(
    page,
    positions.map((at) => ({ at, text: pick(next, FORMAT_CHARACTERS) })),
  );
  const indents = [
    '\u00A0\u00A0\u00A0',
    '\u00A0 \u00A0',
    '  \u00A0',
    '\u00A0\u00A0',
    ' \u00A0\u00A0\u00A0',
  ];
  const text = withFormat
    .replace(/(?<! ) {3}(?! )/gu, (gap) => (next() < 0.5 ? pick(next, indents) : gap))
    .replace(/(?<=\S) (?=\S)/gu, '\u00A0');
  return { text, changes: { 'invisible-character': positions.length } };
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
}

// ---------------------------------------------------------------------------
// html-entities

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  '\u00A0': '&nbsp;',
  '“': '&ldquo;',
  '”': '&rdquo;',
  '‘': '&lsquo;',
  '’': '&rsquo;',
  '—': '&mdash;',
  '…': '&hellip;',
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '·': '&middot;',
  '"': '&quot;',
  '»': '&raquo;',
  '©': '&copy;',
};

export interface EntityOptions {
  seed: number;
  /** Share of the encodable characters written as references; default 0.3–0.7. */
  share?: number;
}

/**
 * Character references a scraper left in the text: named ones for the
 * characters HTML names, decimal and hex (either case) for CJK punctuation
 * and ideographs, and the three-space indentation as &nbsp;&nbsp;&nbsp;;
 * in the site's lines and titles, named ones only. A literal & is always
 * escaped, so decoding once gives the page back.
 */
export function htmlEntities(page: string, options: EntityOptions): Artefacted {
  const next = prng(options.seed);
  const share = options.share ?? 0.3 + next() * 0.4;
  let references = 0;
  const encode = (char: string, namedOnly = false): string => {
    const code = char.codePointAt(0)!;
    const named = NAMED_ENTITIES[char];
    if (char !== '&' && next() >= share) return char;
    references++;
    const form =
      char === '&' || namedOnly
        ? 0
        : named !== undefined
          ? next() < 0.7
            ? 0
            : 1 + Math.floor(next() * 2)
          : 1 + Math.floor(next() * 2);
    if (form === 0) return named!;
    if (form === 1) return `&#${code};`;
    return `&#${next() < 0.8 ? 'x' : 'X'}${code.toString(16).toUpperCase()};`;
  };
  const region = speechRegion(page);
  // One pass, so the & of a reference just written is never escaped again.
  const body = page
    .slice(region.start, region.end)
    .replace(/ {3}|[\u00A0“”‘’—…&<>·"、，。：；！？《》（）]|\p{Script=Han}/gu, (match) => {
      if (match === SEPARATOR)
        return next() < share ? ((references += 3), '&nbsp;&nbsp;&nbsp;') : match;
      return /\p{Script=Han}/u.test(match) && next() > 0.05 ? match : encode(match);
    });
  // Outside the speech text (site lines, preview, titles) the scraper left only named references.
  const outside = (text: string): string =>
    text.replace(/[\u00A0“”‘’—…&<>·"»©]/gu, (char) => encode(char, true));
  return {
    text: outside(page.slice(0, region.start)) + body + outside(page.slice(region.end)),
    changes: { 'html-entity': references },
  };
}

// ---------------------------------------------------------------------------
// watermark

/** Invented sites' watermark lines, as document sites stamp them at every page. */
export const WATERMARKS = [
  '精品文档网—全网资源每日更新www.jingpinwendang.com',
  '文秘帮（www.wenmibang.cn）—专业的文秘范文网站',
  '更多精品资料请访问 www.fanwenku123.com',
  '本资料来源于网络,仅供学习交流 wendangku.net',
  '优质范文尽在——笔杆子文库 bigan-wenku.com',
] as const;

export interface WatermarkOptions {
  seed: number;
  line?: string;
  /** Characters per page; default 600–900. */
  interval?: number;
}

/** One site's watermark line at every page break, glued into the sentence or on a line of its own. */
export function watermark(page: string, options: WatermarkOptions): Artefacted {
  const next = prng(options.seed);
  const line = options.line ?? pick(next, WATERMARKS);
  const positions = spacedPositions(next, page, options.interval ?? integer(next, 600, 900));
  const insertions = positions.map((at) => {
    const text = pick(next, [line, line, `\n${line}\n`, ` ${line} `]);
    return { at: text.startsWith('\n') ? unambiguousBreak(page, at) : at, text };
  });
  return { text: insertAll(page, insertions), changes: { watermark: positions.length } };
}

// ---------------------------------------------------------------------------
// anti-copy-glyphs

export const NOISE_GLYPHS = [
  '◆',
  '★',
  '■',
  '▲',
  '●',
  '※',
  '◇',
  '☆',
  '□',
  '△',
  '○',
  '♦',
  '▼',
  '◎',
] as const;

export interface GlyphOptions {
  seed: number;
  /** Chance of noise after each character; default 1/60–1/25. */
  rate?: number;
}

/** Anti-copy noise glyphs, one or two at a time, after random characters of the speech text. */
export function antiCopyGlyphs(page: string, options: GlyphOptions): Artefacted {
  const next = prng(options.seed);
  const rate = options.rate ?? 1 / integer(next, 25, 60);
  const glyphs = shuffled(next, NOISE_GLYPHS).slice(0, integer(next, 3, 6));
  let count = 0;
  const insertions = gluePositions(page, speechRegion(page))
    .filter(() => next() < rate)
    .map((at) => {
      const run = Array.from({ length: next() < 0.8 ? 1 : 2 }, () => pick(next, glyphs)).join('');
      count += run.length;
      return { at, text: run };
    });
  return { text: insertAll(page, insertions), changes: { 'anti-copy-glyph': count } };
}

// ---------------------------------------------------------------------------
// parenthesised-readings

/** Readings a site annotates characters with; tones as in 现代汉语词典 for the common reading. */
const PINYIN: Readonly<Record<string, string>> = {
  时: 'shí',
  代: 'dài',
  发: 'fā',
  展: 'zhǎn',
  经: 'jīng',
  济: 'jì',
  民: 'mín',
  营: 'yíng',
  企: 'qǐ',
  业: 'yè',
  工: 'gōng',
  会: 'huì',
  党: 'dǎng',
  群: 'qún',
  众: 'zhòng',
  政: 'zhèng',
  治: 'zhì',
  创: 'chuàng',
  新: 'xīn',
  健: 'jiàn',
  康: 'kāng',
  服: 'fú',
  务: 'wù',
  职: 'zhí',
  县: 'xiàn',
  域: 'yù',
  提: 'tí',
  升: 'shēng',
  质: 'zhì',
  动: 'dòng',
  建: 'jiàn',
  设: 'shè',
  团: 'tuán',
  组: 'zǔ',
  织: 'zhī',
  劳: 'láo',
  模: 'mó',
  精: 'jīng',
  神: 'shén',
};

/** Emoji a site inserts after words, including a flag (two code points) and a heart with a variation selector. */
const EMOJI = ['👍', '🔥', '💪', '👏', '🌹', '✊', '❤️', '🇨🇳', '🎉'] as const;

export interface ReadingOptions {
  seed: number;
  /** Chance that an occurrence of a character with a known reading is annotated; default 0.02–0.06. */
  pinyinRate?: number;
  /** Parenthesised emoji per 1,000 characters; default 1–3. */
  emojiDensity?: number;
}

/**
 * Parenthesised pinyin after characters — 时(shí)代, 发（fā）展, in ASCII or
 * full-width parentheses — and parenthesised emoji after words. The
 * speeches' own parentheses, (一) and 副主席(副会长), are left as they are.
 */
export function parenthesisedReadings(page: string, options: ReadingOptions): Artefacted {
  const next = prng(options.seed);
  const pinyinRate = options.pinyinRate ?? 0.02 + next() * 0.04;
  const region = speechRegion(page);
  const positions = gluePositions(page, region);
  const parenthesise = (inner: string): string => (next() < 0.5 ? `(${inner})` : `（${inner}）`);
  const readings = positions
    .filter((at) => PINYIN[page[at - 1]!] !== undefined && next() < pinyinRate)
    .map((at) => ({ at, text: parenthesise(PINYIN[page[at - 1]!]!) }));
  const taken = new Set(readings.map(({ at }) => at));
  const emojiCount = Math.round(
    ((region.end - region.start) * (options.emojiDensity ?? integer(next, 1, 3))) / 1000,
  );
  const emoji = shuffled(
    next,
    positions.filter((at) => !taken.has(at) && /\p{Script=Han}/u.test(page[at - 1]!)),
  )
    .slice(0, emojiCount)
    .map((at) => ({ at, text: parenthesise(pick(next, EMOJI)) }));
  return {
    text: insertAll(page, [...readings, ...emoji]),
    changes: { 'pinyin-reading': readings.length, emoji: emoji.length },
  };
}

// ---------------------------------------------------------------------------
// page-title copies

/** What sites append to a page title in their head, by kind: a file name, a bracketed note, their own name after a separator. */
export const TITLE_SUFFIXES = {
  'file-name': ['.docx', '.doc', '.pdf', '(完整版).docx', '.doc - 在线阅读'],
  note: ['(完整版)', '（精选）', '【精品】'],
  'site-name': [' - 在线阅读', '_百度文库', ' | 道客巴巴', '·原创力文档', '—文档之家'],
} as const;

/**
 * Where a paged viewer leaves a copy of the page title in the text: glued
 * to the end of a heading (with or without a space), to the end of a
 * paragraph's last sentence, or to the start of a heading.
 */
export type TitleGlue =
  'after-heading' | 'after-heading-spaced' | 'after-sentence' | 'before-heading';

export interface TitleCopyOptions {
  seed: number;
  /** Copies left in the complete text, spread over the glue forms in turn. */
  copies: number;
  glue: readonly TitleGlue[];
  /** The head's copies of the title carry a site's suffix (TITLE_SUFFIXES). */
  suffixed?: boolean;
  /** Every copy written carries a parenthesised reading or emoji inside the title. */
  decorated?: boolean;
}

const SECTION_HEADING = /^[一二三四五六七八九十]+、[^。！？!?]{1,30}$/u;

/**
 * A paged viewer's copies of the page title: each head line holding the
 * title gets a site's suffix, and copies are glued into the complete text at
 * paragraph boundaries. The seed's own copies of the title inside its long
 * line, after the first, are counted too: ingest removes them all alike.
 */
export function pageTitleCopies(page: string, options: TitleCopyOptions): Artefacted {
  const next = prng(options.seed);
  const { title } = readScrape(page);
  let readings = 0;
  let emoji = 0;
  const copy = (): string => {
    if (options.decorated !== true) return title;
    const chars = [...title];
    const inside = chars.flatMap((char, i) =>
      i > 0 && i < chars.length - 1 && /\p{Script=Han}/u.test(char) ? [i] : [],
    );
    const annotated = inside.filter((i) => PINYIN[chars[i]!] !== undefined);
    const reading = annotated.length > 0 && next() < 0.5;
    const at = reading ? pick(next, annotated) : pick(next, inside);
    const inner = reading ? PINYIN[chars[at]!]! : pick(next, EMOJI);
    if (reading) readings++;
    else emoji++;
    chars.splice(at + 1, 0, next() < 0.5 ? `(${inner})` : `（${inner}）`);
    return chars.join('');
  };
  const region = speechRegion(page);
  const boundaries: { at: number; before: string; after: string }[] = [];
  for (
    let at = page.indexOf(SEPARATOR, region.start);
    at !== -1 && at < region.end;
    at = page.indexOf(SEPARATOR, at + SEPARATOR.length)
  ) {
    const start = page.lastIndexOf(SEPARATOR, at - 1) + SEPARATOR.length;
    const end = page.indexOf(SEPARATOR, at + SEPARATOR.length);
    boundaries.push({
      at,
      before: page.slice(start, at),
      after: page.slice(at + SEPARATOR.length, end === -1 ? undefined : end),
    });
  }
  const fits: Record<TitleGlue, (boundary: (typeof boundaries)[number]) => boolean> = {
    'after-heading': ({ before }) => SECTION_HEADING.test(before),
    'after-heading-spaced': ({ before }) => SECTION_HEADING.test(before),
    'after-sentence': ({ before }) => /[。！]$/u.test(before) && !/^谢谢/u.test(before),
    'before-heading': ({ after }) => SECTION_HEADING.test(after),
  };
  // One copy a boundary, and none on both sides of one heading.
  const used = new Set<string>();
  const insertions: { at: number; text: string }[] = [];
  for (let i = 0; i < options.copies; i++) {
    const glue = options.glue[i % options.glue.length]!;
    const free = boundaries.filter(
      (boundary) => fits[glue](boundary) && !used.has(boundary.before) && !used.has(boundary.after),
    );
    if (free.length === 0) throw new Error(`no boundary left for a title copy ${glue}`);
    const { at, before, after } = pick(next, free);
    used.add(before).add(after);
    if (glue === 'before-heading') insertions.push({ at: at + SEPARATOR.length, text: copy() });
    else insertions.push({ at, text: `${glue === 'after-heading-spaced' ? ' ' : ''}${copy()}` });
  }
  const body = page
    .split('\n')
    .reduce((longest, line) => (line.length > longest.length ? line : longest), '');
  const seedCopies = body.split(title).length - 2;
  // Each head line with a suffix of another kind, while kinds last.
  const kinds = shuffled(next, Object.values(TITLE_SUFFIXES));
  let heads = 0;
  const text = insertAll(page, insertions)
    .split('\n')
    .map((line) => {
      if (line.trim() !== title) return line;
      const suffix = options.suffixed === true ? pick(next, kinds[heads++ % kinds.length]!) : '';
      return `${copy()}${suffix}`;
    })
    .join('\n');
  return {
    text,
    changes: {
      'page-title-copy': seedCopies + options.copies,
      ...(readings > 0 ? { 'pinyin-reading': readings } : {}),
      ...(emoji > 0 ? { emoji } : {}),
    },
  };
}

// ---------------------------------------------------------------------------
// hard-wrap

/** Closing marks a typesetter never starts a line with, and opening marks it never ends one with. */
const NO_LINE_START = /^[，。、；：！？”’）》,.;:!?)%]/u;
const NO_LINE_END = /[“‘（《(]$/u;

export type ParagraphLayout = 'indent' | 'blank-line';

export interface HardWrapOptions {
  seed: number;
  /** Line width in full-width characters (ASCII counts half); default 30–38. */
  width?: number;
  /** Paragraphs opened by two ideographic spaces, or separated by a blank line. */
  paragraphs: ParagraphLayout;
  /** Marks as the original document has them (a PDF of it) or as the seed's scrape has them. */
  punctuation?: 'full-width' | 'ascii';
}

/**
 * The compilation as copied from a PDF: the title, then each speech's title
 * on its own line and its paragraphs broken into lines of a fixed width
 * wherever the width runs out (after a mark or mid-word), respecting only
 * what a typesetter respects: no closing mark at a line start, no ASCII word
 * or number split, no break next to a space (a reader could not tell whether
 * the space was there).
 */
export function hardWrap(page: string, options: HardWrapOptions): Artefacted {
  const next = prng(options.seed);
  const width = options.width ?? integer(next, 30, 38);
  const scrape = readScrape(page);
  const marks = options.punctuation === 'ascii' ? (text: string) => text : fullWidth;
  const indent = options.paragraphs === 'indent' ? '\u3000\u3000' : '';
  const gap = options.paragraphs === 'blank-line' ? [''] : [];
  let joins = 0;
  const blocks = scrape.speeches.flatMap((speech) => [
    [marks(speech.title)],
    ...speech.paragraphs.map((paragraph) => {
      const lines = wrapLines(indent + marks(paragraph), width);
      joins += lines.length - 1;
      return lines;
    }),
  ]);
  const lines = [[marks(scrape.title)], ...blocks].flatMap((block, i) =>
    i === 0 ? [...block, ''] : [...block, ...gap],
  );
  return { text: `${lines.join('\n').trimEnd()}\n`, changes: { 'line-join': joins } };
}

function displayWidth(char: string): number {
  return /[\x20-\x7e]/u.test(char) ? 0.5 : 1;
}

function wrapLines(paragraph: string, width: number): string[] {
  const chars = [...paragraph];
  const lines: string[] = [];
  let start = 0;
  while (start < chars.length) {
    let end = start;
    let used = 0;
    while (end < chars.length && used + displayWidth(chars[end]!) <= width)
      used += displayWidth(chars[end++]!);
    if (end < chars.length) end = breakPoint(chars, start, end);
    lines.push(chars.slice(start, end).join(''));
    start = end;
  }
  return lines;
}

/** The break at or nearest before `end` that a typesetter allows; a closing mark pulls the break one later. */
function breakPoint(chars: readonly string[], start: number, end: number): number {
  const allowed = (at: number): boolean => {
    const [before, after] = [chars[at - 1]!, chars[at]!];
    if (/\s/u.test(before) || /\s/u.test(after)) return false;
    if (/[0-9A-Za-z]/u.test(before) && /[0-9A-Za-z]/u.test(after)) return false;
    return !NO_LINE_START.test(after) && !NO_LINE_END.test(before);
  };
  if (NO_LINE_START.test(chars[end]!) && allowed(end + 1)) return end + 1;
  for (let at = end; at > start + 1; at--) if (allowed(at)) return at;
  return end;
}

// ---------------------------------------------------------------------------
// other-site-wrapper, single-speech, complete footer

/** Another document site's furniture around a document: the parts a page has, in several forms each. */
interface Site {
  breadcrumb: string;
  fileCard: string[];
  disclaimer: (title: string) => string;
  actions: string[];
  related: string[];
  copyright: string;
}

const BREADCRUMBS = [
  (section: string) => `首页 > 范文大全 > 讲话稿 & 致辞 > ${section}`,
  (section: string) => `当前位置：首页 » 公文写作 » 讲话致辞 » ${section}`,
  (section: string) => `您现在的位置: 首页 / 文档 / 党团工作 / ${section}`,
  (section: string) => `首页>范文>讲话稿>${section}>正文`,
];

const SECTIONS = ['领导讲话', '工作讲话', '会议讲话', '讲话材料'];

function fileCard(next: Random, pages: number): string[] {
  const size = `${integer(next, 18, 96)}.${integer(next, 0, 9)}KB`;
  const date = `20${integer(next, 20, 23)}-${String(integer(next, 1, 12)).padStart(2, '0')}-${String(integer(next, 1, 28)).padStart(2, '0')}`;
  const [downloads, views] = [integer(next, 100, 4000), integer(next, 4000, 30000)];
  return pick(next, [
    [
      `文档格式：doc | 页数：${pages}页 | 大小：${size} | 上传时间：${date} | 下载次数：${downloads} | 浏览次数：${views}`,
    ],
    [
      `文档格式:DOCX`,
      `页数:${pages}`,
      `大小:${size}`,
      `上传时间:${date}`,
      `下载次数:${downloads}次`,
      `浏览次数:${views}次`,
    ],
    [
      `格式：WORD  页数：${pages}页  大小：${size}`,
      `上传：${date}  下载：${downloads}  浏览：${views}`,
    ],
  ]);
}

const DISCLAIMERS = [
  (title: string) =>
    `导语:本文《${title}》来源于网友上传,不代表本站观点,版权归原作者所有,如有侵权请联系删除。`,
  (title: string) =>
    `温馨提示：${title}一文为网友上传，内容仅供参考，不代表本站观点。若有侵权，请联系我们删除。`,
  () => '导语：本文档来源于网友上传，不代表本站观点，仅供学习参考，如需使用请自行核实。',
];

/** Other documents' titles, some ending in 讲话 or 讲话稿, one all but the name of a real speech. */
const RELATED_TITLES = [
  '在全市工会干部培训班上的讲话',
  '关于推进民营经济高质量发展的讲话稿',
  '2021年市总工会工作要点',
  '县长在全县疫情防控工作会议上的讲话',
  '关于加强基层工会组织建设的调研报告',
  '在庆祝五一国际劳动节大会上的讲话',
  '关于推进工会工作创新发展的讲话(精选3篇)',
  '市工商联主席在“两个健康”提升行动推进会上的讲话稿',
  '疫情防控和经济社会发展工作心得体会',
  '关于进一步加强和改进新时代工会工作的实施意…',
  '在全市民营企业座谈会上的讲话',
];

const ACTIONS = [
  ['下载文档', '收藏', '举报'],
  ['下载文档', '收藏本文', '分享到：'],
  ['立即下载', '加入收藏', '举报'],
  ['下载此文档', '收藏', '纠错'],
];

const RELATED_HEADINGS = [
  ['相关文档'],
  ['相关推荐', '猜你喜欢'],
  ['猜你喜欢'],
  ['相关文档', '热门推荐'],
];

const COPYRIGHTS = [
  'Copyright © 2015-2024 文档之家 www.wendangzhijia.com 版权所有 备案号：苏ICP备15007301号-1',
  '©2024 范文资料网 联系我们 | 免责声明 & 隐私政策 | 网站地图',
  '本站所有文档均为用户上传，版权归原作者所有。京ICP备12345678号',
];

function site(next: Random, pages: number): Site {
  return {
    breadcrumb: pick(next, BREADCRUMBS)(pick(next, SECTIONS)),
    fileCard: fileCard(next, pages),
    disclaimer: pick(next, DISCLAIMERS),
    actions: pick(next, ACTIONS),
    related: pick(next, RELATED_HEADINGS).flatMap((heading) => [
      heading,
      ...shuffled(next, RELATED_TITLES).slice(0, integer(next, 3, 6)),
    ]),
    copyright: pick(next, COPYRIGHTS),
  };
}

/** How the site lays out paragraphs: each on its own line, indented, or separated by blank lines. */
type SiteLayout = 'line' | 'indent' | 'blank-line';

function siteBody(
  scrape: Scrape,
  speeches: readonly SpeechText[],
  layout: SiteLayout,
  marks: (text: string) => string,
): string[] {
  const paragraph = (text: string): string[] => {
    if (layout === 'indent') return [`\u3000\u3000${marks(text)}`];
    if (layout === 'blank-line') return [marks(text), ''];
    return [marks(text)];
  };
  const titled = speeches.length > 1 || speeches[0]!.title !== scrape.title;
  return speeches.flatMap((speech) => [
    ...(titled ? paragraph(speech.title) : []),
    ...speech.paragraphs.flatMap(paragraph),
  ]);
}

export interface WrapperOptions {
  seed: number;
  /** Keep the seed's own site lines and add another site's, or replace them completely. */
  mode: 'added' | 'replaced';
}

/**
 * Another site's page: breadcrumb, title, file card, a disclaimer naming the
 * title, then the text, then download/favourite/report lines, a list of
 * related documents (some of them titled like speeches) and a copyright
 * line. 'added' puts these round the seed's page as a site that re-hosts it
 * would; 'replaced' serves the speeches with the new site's lines alone, as
 * the original text (full-width marks) with the site's paragraph layout.
 */
export function otherSiteWrapper(page: string, options: WrapperOptions): Artefacted {
  const next = prng(options.seed);
  const scrape = readScrape(page);
  const chrome = site(next, integer(next, 4, 12));
  const above = [
    chrome.breadcrumb,
    '',
    ...chrome.fileCard,
    '',
    chrome.disclaimer(scrape.title),
    '',
  ];
  const below = ['', ...chrome.actions, '', ...chrome.related, '', chrome.copyright];
  if (options.mode === 'added')
    return { text: `${[...above, page.trimEnd(), ...below].join('\n')}\n`, changes: {} };
  const layout = pick(next, ['line', 'indent', 'blank-line'] as const);
  const text = [
    chrome.breadcrumb,
    '',
    scrape.title,
    '',
    ...chrome.fileCard,
    '',
    chrome.disclaimer(scrape.title),
    '',
    ...siteBody(scrape, scrape.speeches, layout, fullWidth),
    ...below,
  ];
  return { text: `${text.join('\n')}\n`, changes: {} };
}

export interface SingleSpeechOptions {
  seed: number;
  /** Which speech of the compilation the page holds (0-based). */
  speech: number;
}

/** A page holding one speech of the compilation, titled with its own title, on another site. */
export function singleSpeech(page: string, options: SingleSpeechOptions): Artefacted {
  const next = prng(options.seed);
  const scrape = readScrape(page);
  const speech = scrape.speeches[options.speech]!;
  const alone: Scrape = { title: speech.title, speeches: [speech] };
  const chrome = site(next, integer(next, 2, 6));
  const layout = pick(next, ['line', 'indent', 'blank-line'] as const);
  const text = [
    chrome.breadcrumb,
    '',
    speech.title,
    '',
    ...chrome.fileCard,
    '',
    chrome.disclaimer(speech.title),
    '',
    ...siteBody(alone, alone.speeches, layout, fullWidth),
    '',
    ...chrome.actions,
    '',
    ...chrome.related,
    '',
    chrome.copyright,
  ];
  return { text: `${text.join('\n')}\n`, changes: {} };
}

/** Footers that sites print under a complete document: none of them means text is missing. */
export const COMPLETE_FOOTERS = [
  ['全文预览已结束', '本文档下载后可编辑'],
  ['——全文完——', '本文档下载后可编辑，如需使用请下载'],
  ['全文阅读已结束，如果下载本文需要使用 1 下载券', '下载文档到电脑，查找使用更方便'],
] as const;

/** The seed's page with a site's end-of-document footer after the complete text. */
export function completeFooter(page: string, options: { seed: number }): Artefacted {
  const next = prng(options.seed);
  const { end } = speechRegion(page);
  const footer = pick(next, COMPLETE_FOOTERS).join('\n');
  return {
    text: `${page.slice(0, end)}\n${footer}\n${page.slice(end).replace(/^\s+/u, '')}`,
    changes: {},
  };
}

/** Every paragraph break lost: each speech's title, headings and paragraphs run into one another, on another site. */
export function noParagraphBreaks(page: string, options: { seed: number }): Artefacted {
  const next = prng(options.seed);
  const scrape = readScrape(page);
  const chrome = site(next, integer(next, 4, 12));
  const glued = scrape.speeches
    .map((speech) => fullWidth(speech.title + speech.paragraphs.join('')))
    .join('');
  const text = [
    chrome.breadcrumb,
    '',
    scrape.title,
    '',
    ...chrome.fileCard,
    '',
    glued,
    '',
    ...chrome.actions,
    '',
    ...chrome.related,
    '',
    chrome.copyright,
  ];
  return { text: `${text.join('\n')}\n`, changes: {} };
}

// ---------------------------------------------------------------------------
// truncated

/**
 * Notices sites print where they stop showing a document. 'shown-of-total'
 * and 'remaining' state how much is missing, 'hidden' marks a hole in the
 * middle (the end of the text is shown again after it), 'continue' says
 * only that more follows.
 */
export type TruncationNotice = 'shown-of-total' | 'hidden' | 'remaining' | 'continue';

export interface Truncated extends Artefacted {
  /** Characters the notice says are missing (whitespace not counted), or null when it does not say. */
  missing: number | null;
  notice: string;
}

export interface TruncationOptions {
  seed: number;
  notice: TruncationNotice;
  /** Which of the notice's forms (see NOTICE_FORMS); default: one at random. */
  form?: number;
  /** For a compilation in the seed's format: the speech in which the page stops (0-based). Absent: one speech on another site. */
  speech?: number;
  /** For a single-speech page: which speech of the compilation. */
  single?: number;
}

function visibleLength(text: string): number {
  return [...text.replace(/\s/gu, '')].length;
}

/** A glue position (mid-sentence) in the middle part of [from, to) of the text. */
function cutPoint(next: Random, text: string, from: number, to: number): number {
  const inner = {
    start: from + Math.floor((to - from) * 0.3),
    end: from + Math.floor((to - from) * 0.85),
  };
  return pick(
    next,
    gluePositions(text, inner).filter((at) => !/[。！？!?]/u.test(text[at - 1]!)),
  );
}

/** A preview that stops part-way, with the site's notice; what the page lacks is counted as the notice would count it. */
export function truncated(page: string, options: TruncationOptions): Truncated {
  const next = prng(options.seed);
  return options.speech === undefined
    ? truncatedSingle(next, page, options)
    : truncatedCompilation(next, page, options.speech, options);
}

/** Each notice as sites print it, in the site's own punctuation; `total` and `missing` count non-whitespace characters. */
export const NOTICE_FORMS: Readonly<
  Record<TruncationNotice, readonly ((total: number, missing: number) => string)[]>
> = {
  'shown-of-total': [
    (total, missing) => `(未完,全文共${total}字,当前显示${total - missing}字)`,
    (total, missing) => `（未完，全文共${total}字，当前显示${total - missing}字）`,
  ],
  hidden: [
    (_, missing) => `……（此处隐藏${missing}个字）……`,
    (_, missing) => `......(此处隐藏${missing}字)......`,
  ],
  remaining: [
    (_, missing) => `剩余${missing}字未显示`,
    (_, missing) => `...剩余${missing}字未读，点击阅读全文`,
  ],
  continue: [() => '未完，继续阅读', () => '(未完,继续阅读>>)'],
};

function noticeText(
  next: Random,
  options: TruncationOptions,
  total: number,
  missing: number,
): string {
  const forms = NOTICE_FORMS[options.notice];
  return (options.form === undefined ? pick(next, forms) : forms[options.form]!)(total, missing);
}

/** The seed's page stopping inside one speech: later speeches and the rest of that one are gone, the site's footer stays. */
function truncatedCompilation(
  next: Random,
  page: string,
  speech: number,
  options: TruncationOptions,
): Truncated {
  const scrape = readScrape(page);
  const region = speechRegion(page);
  const following = scrape.speeches[speech + 1];
  const speechStart =
    speech === 0
      ? region.start
      : page.lastIndexOf(` ${scrape.speeches[speech]!.title}${SEPARATOR}`);
  const speechEnd =
    following === undefined ? region.end : page.lastIndexOf(` ${following.title}${SEPARATOR}`);
  const cut = cutPoint(next, page, speechStart, speechEnd);
  const total = visibleLength(
    scrape.speeches.map((entry) => entry.title + entry.paragraphs.join('')).join(''),
  );
  const missing = visibleLength(page.slice(cut, region.end));
  const stated = noticeText(next, options, total, missing);
  return {
    text: `${page.slice(0, cut)}${stated}\n${page.slice(region.end).replace(/^\s+/u, '')}`,
    changes: {},
    missing: options.notice === 'continue' ? null : missing,
    notice: stated,
  };
}

/** One speech on another site, shown up to a cut; 'hidden' shows the last paragraphs again after the notice. */
function truncatedSingle(next: Random, page: string, options: TruncationOptions): Truncated {
  const single = singleSpeech(page, { seed: options.seed, speech: options.single ?? 0 }).text;
  const region = speechRegion(single);
  const cut = cutPoint(next, single, region.start, region.end);
  const footerStart = region.end;
  if (options.notice === 'hidden') {
    // The hole ends at a paragraph start, so the page resumes with whole paragraphs and the closing.
    const resume = single.indexOf('\n', cutPoint(next, single, cut, region.end));
    const missing = visibleLength(single.slice(cut, resume));
    const stated = noticeText(next, options, 0, missing);
    return {
      text: `${single.slice(0, cut)}\n${stated}${single.slice(resume)}`,
      changes: {},
      missing,
      notice: stated,
    };
  }
  const missing = visibleLength(single.slice(cut, footerStart));
  const total = visibleLength(single.slice(region.start, footerStart));
  const stated = noticeText(next, options, total, missing);
  return {
    text: `${single.slice(0, cut)}${stated}\n${single.slice(footerStart)}`,
    changes: {},
    missing: options.notice === 'continue' ? null : missing,
    notice: stated,
  };
}

// ---------------------------------------------------------------------------
// Content variants: the expected speeches differ from the seed's by a stated substitution.

/** The seed's X / XX / xxx redactions written with another mark, one mark per redacted character. */
export function redactionMarks(page: string, options: { mark: '*' | '×' }): Artefacted {
  return { text: page.replace(/X+|x+/gu, (run) => options.mark.repeat(run.length)), changes: {} };
}

const CHINESE_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** Section numbering forms; the seed's is 'comma' (一、). */
export const SECTION_FORMS = {
  comma: (numeral: string) => `${numeral}、`,
  space: (numeral: string) => `${numeral} `,
  dot: (numeral: string) => `${numeral}.`,
  'full-width-dot': (numeral: string) => `${numeral}．`,
  part: (numeral: string) => `第${numeral}部分 `,
} as const;

/** Subsection numbering forms; the seed's is 'paren' ((一), restored to （一）). */
export const SUBSECTION_FORMS = {
  paren: (numeral: string) => `(${numeral})`,
  'full-width-paren': (numeral: string) => `（${numeral}）`,
  'arabic-dot': (numeral: string) => `${CHINESE_NUMERALS.indexOf(numeral) + 1}.`,
  'arabic-comma': (numeral: string) => `${CHINESE_NUMERALS.indexOf(numeral) + 1}、`,
} as const;

export type SectionForm = keyof typeof SECTION_FORMS;
export type SubsectionForm = keyof typeof SUBSECTION_FORMS;

export interface HeadingFormOptions {
  /** Per speech, in order: how its sections and subsections are numbered. */
  speeches: { sections: SectionForm; subsections: SubsectionForm }[];
}

/**
 * Headings numbered as other copies number them: 一 …, 一.…, 一．…, 第一部分 …
 * for sections, （一） / 1. / 1、 for subsections. Every copy in the page
 * (the preview too) is renumbered the same way.
 */
export function headingForms(page: string, options: HeadingFormOptions): Artefacted {
  const scrape = readScrape(page);
  const starts = scrape.speeches.map((speech, i) =>
    i === 0 ? 0 : page.lastIndexOf(` ${speech.title}${SEPARATOR}`),
  );
  const speechAt = (offset: number): number => starts.findLastIndex((start) => start <= offset);
  const text = page
    .replace(/(?<=^| {3})([一二三四五六七八九十])、/gmu, (_, numeral: string, offset: number) =>
      SECTION_FORMS[options.speeches[speechAt(offset)]!.sections](numeral),
    )
    .replace(/(?<= {3})\(([一二三四五六七八九十])\)/gu, (_, numeral: string, offset: number) =>
      SUBSECTION_FORMS[options.speeches[speechAt(offset)]!.subsections](numeral),
    );
  return { text, changes: {} };
}

/** A subtitle line (——在…上的讲话) under each speech title, wherever the title stands on its own. */
export function subtitles(page: string, options: { subtitles: string[] }): Artefacted {
  const scrape = readScrape(page);
  const text = scrape.speeches.reduce(
    (done, speech, i) =>
      done.replaceAll(
        `${speech.title}${SEPARATOR}`,
        `${speech.title}${SEPARATOR}${options.subtitles[i]}${SEPARATOR}`,
      ),
    page,
  );
  return { text, changes: {} };
}

// ---------------------------------------------------------------------------
// Reading what ingest reports about these changes

/**
 * One kind of change in a report: what was normalised or removed, how often,
 * and (for removed lines) the lines themselves, as the tests read it.
 */
export interface ReportedChange {
  kind: string;
  count: number;
  examples?: string[];
}

/**
 * The changes listed in a source's report (ingest's `report`, or one entry
 * of report.json's `sources`): its `changes`, plus the wrapper it removed,
 * read as the kind 'wrapper-line' with every removed line as an example.
 */
export function reportedChanges(report: unknown): ReportedChange[] {
  const source = report as {
    changes?: { kind: string; count: number; items: { text: string }[] }[];
    wrapperRemoved?: string[];
  };
  const changes = (source.changes ?? []).map((change) => ({
    kind: change.kind,
    count: change.count,
    examples: change.items.map((item) => item.text),
  }));
  const wrapper = source.wrapperRemoved ?? [];
  return [
    ...changes,
    ...(wrapper.length > 0
      ? [{ kind: 'wrapper-line', count: wrapper.length, examples: wrapper }]
      : []),
  ];
}

/** How many changes of this kind the report lists (0 when it lists none). */
export function reportCount(report: unknown, kind: string): number {
  return reportedChanges(report)
    .filter((change) => change.kind === kind)
    .reduce((sum, change) => sum + change.count, 0);
}

/** The examples (for 'wrapper-line': every removed line) the report gives for this kind. */
export function reportExamples(report: unknown, kind: string): string[] {
  return reportedChanges(report)
    .filter((change) => change.kind === kind)
    .flatMap((change) => change.examples ?? []);
}

/** What a source's report says is missing from a partial speech: `partial: { notice, missing }` on each of its speeches. */
export interface PartialReport {
  notice: string;
  missing: number | null;
}

export function partialReports(source: unknown): PartialReport[] {
  const entry = source as { speeches?: { partial?: PartialReport | null }[] };
  return (entry.speeches ?? [])
    .map((speech) => speech.partial)
    .filter((partial): partial is PartialReport => partial != null);
}
