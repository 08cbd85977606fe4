/**
 * Synthetic raw scraped pages for the scale benchmark, in the format ingest
 * reads: each page is a two-speech compilation (「A讲话和B讲话稿合编」, the
 * only kind of compilation title the scrape format has), wrapped in the
 * site's boilerplate, with a preview of the first speech's opening before
 * the full text, paragraphs separated by three spaces and ASCII punctuation.
 * Speech bodies are the real speeches' paragraphs and section headings,
 * shuffled with a fixed seed, so every speech costs about what a real one does.
 * Those paragraphs recur in about half of all speeches, so each speech also
 * gets one sentence of its own (uniqueSentence), placed among its
 * paragraphs: what a selective query finds in a real archive.
 */
import { ingest } from '../../src/ingest/index.ts';

const SEPARATOR = '   ';
const SALUTATION = '各位领导、同志们:';
const CLOSING = '谢谢大家!';
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const FULL_TO_ASCII: Readonly<Record<string, string>> = {
  '，': ',',
  '：': ':',
  '；': ';',
  '！': '!',
  '？': '?',
  '（': '(',
  '）': ')',
};

export interface RawPage {
  name: string;
  text: string;
}

/** What speeches are made of: the real speeches' body paragraphs and section headings (without their numerals). */
interface Pool {
  paragraphs: string[];
  headings: string[];
  /** Paragraphs in an average real speech, salutation and closing excluded. */
  paragraphsPerSpeech: number;
  sectionsPerSpeech: number;
}

/** The scrape replaced Chinese punctuation with ASCII; synthetic pages do the same. */
function asScraped(text: string): string {
  return text.replace(/[，：；！？（）]/gu, (mark) => FULL_TO_ASCII[mark] ?? mark);
}

export function poolFromSeed(seed: Uint8Array): Pool {
  const { speeches } = ingest(seed, 'seed.txt', { sha256: '0'.repeat(64) });
  const paragraphs = speeches.flatMap((speech) =>
    speech.blocks.flatMap((block) =>
      block.kind === 'paragraph' ? [asScraped(`${block.lead ?? ''}${block.text}`)] : [],
    ),
  );
  const headings = speeches.flatMap((speech) =>
    speech.blocks.flatMap((block) =>
      block.kind === 'heading' && block.depth === 2
        ? [asScraped(block.text.replace(/^[一二三四五六七八九十]+、/u, ''))]
        : [],
    ),
  );
  return {
    paragraphs,
    headings,
    paragraphsPerSpeech: Math.round(paragraphs.length / speeches.length),
    sectionsPerSpeech: Math.round(headings.length / speeches.length),
  };
}

/** mulberry32: a small seeded generator, so every run builds the same pages (the artefact tests reuse it). */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: readonly T[], next: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/** A unique title per speech; titles must differ across the whole site. */
function speechTitle(index: number): string {
  return `关于推进第${index}项重点工作的讲话`;
}

/** Place names are spelled from these: common characters, in many combinations. */
const NAME_CHARACTERS =
  '安宝昌春大东丰福光和红华建江金锦康兰乐林龙明南宁平清庆瑞山盛顺泰田文西祥新兴阳永玉远云长';

/**
 * A sentence that occurs in speech `index` (1-based) and in no other: the
 * index, permuted, written as four characters of NAME_CHARACTERS (enough for 2.8 million
 * speeches), as the names of a town and a village and of a method named after
 * them. It is scraped like every paragraph (its comma turned ASCII), and
 * ingest restores it as written here.
 */
export function uniqueSentence(index: number): string {
  const base = NAME_CHARACTERS.length;
  if (!Number.isInteger(index) || index < 1 || index > base ** 4)
    throw new Error(`expected a speech number from 1 to ${base ** 4}, got ${index}`);
  // Multiplying by a prime that does not divide base⁴ permutes the numbers, so neighbours get unrelated names.
  const code = ((index - 1) * 1_000_003) % base ** 4;
  const [a, b, c, d] = [0, 1, 2, 3].map(
    (digit) => NAME_CHARACTERS[Math.floor(code / base ** digit) % base]!,
  );
  return `${a}${b}镇${c}${d}村的干部群众在实践中总结出“${d}${b}${a}${c}工作法”，值得各地学习借鉴。`;
}

/** One speech as scraped: title, salutation, numbered sections of shuffled paragraphs (one of them its unique sentence), closing. */
function speechParagraphs(pool: Pool, index: number, next: () => number): string[] {
  const title = speechTitle(index);
  const paragraphs = shuffled(pool.paragraphs, next).slice(0, pool.paragraphsPerSpeech);
  paragraphs.splice(
    Math.floor(next() * (paragraphs.length + 1)),
    0,
    asScraped(uniqueSentence(index)),
  );
  const headings = shuffled(pool.headings, next).slice(0, pool.sectionsPerSpeech);
  const perSection = Math.ceil(paragraphs.length / headings.length);
  const sections = headings.flatMap((heading, i) => [
    `${NUMERALS[i]}、${heading}`,
    ...paragraphs.slice(i * perSection, (i + 1) * perSection),
  ]);
  return [title, SALUTATION, ...sections, CLOSING];
}

function compilationPage(pool: Pool, firstIndex: number, next: () => number): string {
  const compilation = `${speechTitle(firstIndex)}和${speechTitle(firstIndex + 1)}稿合编`;
  const firstSpeech = speechParagraphs(pool, firstIndex, next);
  const full = [...firstSpeech, ...speechParagraphs(pool, firstIndex + 1, next)];
  // The site shows the opening (title, salutation, first section) before the full text.
  const preview = firstSpeech.slice(0, 4);
  return [
    compilation,
    '',
    '申明敬告: 本站不保证该用户上传的文档完整性,不预览、不比对内容而直接下载产生的反悔问题本站不予受理。',
    '',
    '文档介绍',
    '',
    compilation,
    '',
    `${compilation} ${preview.join(SEPARATOR)} ${compilation} ${full.join(SEPARATOR)}`,
    '查看更多',
    '',
    '相关文章',
    '',
    '您可能关注的文档',
  ].join('\n');
}

/** `speeches` speeches (an even number) as speeches / 2 raw pages. */
export function syntheticCompilations(
  seed: Uint8Array,
  speeches: number,
  randomSeed = 1,
): RawPage[] {
  if (speeches < 2 || speeches % 2 !== 0)
    throw new Error(
      `expected an even number of speeches (each page compiles two), got ${speeches}`,
    );
  const pool = poolFromSeed(seed);
  const next = random(randomSeed);
  return Array.from({ length: speeches / 2 }, (_, i) => ({
    name: `${String(i + 1).padStart(4, '0')}_synthetic.txt`,
    text: compilationPage(pool, 2 * i + 1, next),
  }));
}
