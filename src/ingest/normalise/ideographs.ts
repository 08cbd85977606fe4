import { type ChangeLog, replaceRecorded } from './changes.ts';
import { describeReplacement } from './entities.ts';
import { readScript, toSimplified } from '../script.ts';

/**
 * CJK Radicals Supplement → the unified ideograph each one looks like, from
 * Unicode's EquivalentUnifiedIdeograph.txt (14.0.0), U+2E81–U+2EF3. These
 * have no Unicode decomposition, so normalize() cannot fold them; PDF text
 * layers emit them for ordinary characters (⻓ for 长, ⻔ for 门).
 */
const RADICAL_SUPPLEMENT = new Map(
  '⺁厂 ⺂乛 ⺃乚 ⺄乙 ⺅亻 ⺆冂 ⺇𠘨 ⺈刀 ⺉刂 ⺊卜 ⺋㔾 ⺌小 ⺍小 ⺎兀 ⺏尣 ⺐尢 ⺑𡯂 ⺒巳 ⺓幺 ⺔彑 ⺕彐 ⺖忄 ⺗心 ⺘扌 ⺙攵 ⺛旡 ⺜日 ⺝月 ⺞歺 ⺟母 ⺠民 ⺡氵 ⺢氺 ⺣灬 ⺤爫 ⺥爫 ⺦丬 ⺧牛 ⺨犭 ⺩王 ⺪𤴔 ⺫目 ⺬示 ⺭礻 ⺮𥫗 ⺯糹 ⺰纟 ⺱罓 ⺲罒 ⺳㓁 ⺴冗 ⺵𦉫 ⺶羊 ⺷𦍌 ⺸𦍋 ⺹耂 ⺺肀 ⺻聿 ⺼肉 ⺽𦥑 ⺾艹 ⺿艹 ⻀艹 ⻁虎 ⻂衤 ⻃覀 ⻄西 ⻅见 ⻆角 ⻇𧢲 ⻈讠 ⻉贝 ⻊𧾷 ⻋车 ⻌辶 ⻍辶 ⻎辶 ⻏邑 ⻐钅 ⻑長 ⻒镸 ⻓长 ⻔门 ⻕𨸏 ⻖阝 ⻗雨 ⻘青 ⻙韦 ⻚页 ⻛风 ⻜飞 ⻝食 ⻞𩙿 ⻟飠 ⻠饣 ⻡𩠐 ⻢马 ⻣骨 ⻤鬼 ⻥鱼 ⻦鸟 ⻧卤 ⻨麦 ⻩黄 ⻪黾 ⻫斉 ⻬齐 ⻭歯 ⻮齿 ⻯竜 ⻰龙 ⻱龜 ⻲亀 ⻳龟'
    .split(' ')
    .map((pair) => {
      const [radical, ideograph] = Array.from(pair);
      return [radical!, ideograph!] as const;
    }),
);

/**
 * Kangxi radicals (U+2F00–U+2FD5) fold by compatibility decomposition;
 * CJK compatibility ideographs (U+F900–U+FAFF, U+2F800–U+2FA1F) by their
 * canonical one. Only these characters are normalised: blanket NFKC would
 * also turn full-width punctuation into ASCII.
 */
const LOOKALIKE = /[\u2e80-\u2eff\u2f00-\u2fdf\uf900-\ufaff\u{2f800}-\u{2fa1f}]/gu;

const KANGXI = /[\u2f00-\u2fdf]/u;

/**
 * A Kangxi radical decomposes to the Traditional form (⼾ to 戶, ⾨ to 門),
 * but a font that maps a glyph to a radical means the character it draws,
 * which in a Simplified document is the Simplified one: Chromium's PDF text
 * layer gives ⼾ for the 户 of a Simplified page, since Unicode has no
 * separate radical for 户. So in a Simplified text a radical's Traditional
 * form is folded on to Simplified; the text decides, read once and only
 * when it holds a radical.
 */
export function unifyIdeographs(text: string, log: ChangeLog): string {
  let simplified: boolean | undefined;
  return replaceRecorded(
    text,
    LOOKALIKE,
    log,
    'ideograph-variant',
    (char) => {
      const supplement = RADICAL_SUPPLEMENT.get(char);
      if (supplement !== undefined) return supplement;
      const unified = char.normalize('NFKC');
      if (!KANGXI.test(char)) return unified;
      simplified ??= readScript(text).script === 'hans';
      return simplified ? toSimplified(unified) : unified;
    },
    describeReplacement,
  );
}
