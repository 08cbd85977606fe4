/**
 * What a paragraph is, judged by its own form: the vocabulary of speech
 * pages (titles, salutations, closings) and of the sites around them.
 */

const SENTENCE_MARK = /[。！？!?；;]/u;
const HAN = /\p{Script=Han}/gu;

/** A line that could be a title: short, at least four Chinese characters, not a sentence, not a salutation. */
export function isTitleLike(text: string): boolean {
  const length = Array.from(text).length;
  return (
    length <= 60 &&
    (text.match(HAN)?.length ?? 0) >= 4 &&
    !SENTENCE_MARK.test(text) &&
    !/[:：,，]$/u.test(text)
  );
}

/** A speech's title names its genre at the end: …讲话, …发言, …致辞, …讲话稿, …报告, optionally with a date in brackets. */
const SPEECH_GENRE =
  /(?:[讲講]话|[讲講]話|[发發]言|致[辞辭詞]|[讲講]稿|演[讲講]|[报報]告|[党黨][课課])(?:稿|材料|[提][纲綱]|全文)?(?:[（(][^（）()]{1,20}[）)])?$/u;

export function isSpeechTitle(text: string): boolean {
  return (
    isTitleLike(text) && SPEECH_GENRE.test(text) && !isCompilationTitle(text) && !isSubtitle(text)
  );
}

/** A page that compiles speeches says so: …合编, …汇编, …合集, …选编 (with 稿 or 材料 before it). */
const COMPILATION =
  /(?:合[编編]|[汇匯彙][编編]|合集|[选選][编編]|精[选選]|[两兩]篇|[二三四五六七八九十\d]+篇)$/u;

export function isCompilationTitle(text: string): boolean {
  return isTitleLike(text) && COMPILATION.test(text);
}

/** Who is addressed, ending in a colon: 各位领导、同志们：, 同志们：, 尊敬的各位来宾：. */
const ADDRESSEES =
  /同志|各位|朋友|代表|[领領][导導]|[来來]宾|[来來]賓|嘉[宾賓]|老[师師]|同[学學]|女士|先生|大家|委[员員]|[战戰]友|青年/u;

export function isSalutation(text: string): boolean {
  return (
    /[:：]$/u.test(text) &&
    Array.from(text).length <= 40 &&
    ADDRESSEES.test(text) &&
    !SENTENCE_MARK.test(text)
  );
}

/** A paragraph that opens with a salutation run into the text: 同志们：今天我们召开…. */
export function opensWithSalutation(text: string): boolean {
  const colon = /[:：]/u.exec(text);
  return (
    colon !== null &&
    colon.index <= 40 &&
    isSalutation(text.slice(0, colon.index + 1)) &&
    Array.from(text).length > colon.index + 10
  );
}

/** A subtitle or dateline between title and salutation: ——在…上的讲话, （2020年7月15日）, 2020年7月15日. */
export function isSubtitle(text: string): boolean {
  if (Array.from(text).length > 80 || /[。！？!?]$/u.test(text)) return false;
  return /^(?:[—─―-]{1,2}|[（(].*[）)]$)|^\d{4}年\d{1,2}月(?:\d{1,2}日)?$/u.test(text);
}

/** A speaker's line under the title: XX同志, 市委书记 XXX. */
export function isSpeakerLine(text: string): boolean {
  return (
    Array.from(text).length <= 20 &&
    /(?:同志|书记|主席|市长|县长|区长|部长|局长|主任|会长|院长|校长|理事长)(?: ?\S{1,4})?$/u.test(
      text,
    ) &&
    !/[。！？!?：:，,]/u.test(text)
  );
}

/** The closing: 谢谢大家！, 谢谢！, 谢谢各位！ */
export function isClosing(text: string): boolean {
  return /^(?:谢谢|謝謝)/u.test(text) && Array.from(text).length <= 20;
}

/** Ends a sentence: what the last paragraph of a complete speech ends with. */
export function endsSentence(text: string): boolean {
  return /[。！？!?…][”’」』）)]*$/u.test(text) || isClosing(text);
}

/**
 * Words of the site, not of a speech: about documents, downloads, uploads,
 * the site itself. Two or more in one paragraph mark it as the site's.
 */
const SITE_WORDS =
  /本站|本[网網]|[网網]友|上[传傳]|下[载載]|侵[权權]|[版][权權]|[举舉][报報]|收藏|分享|[浏瀏][览覽]|[阅閱][读讀]量|[积積]分|[会會][员員]|VIP|文[档檔]|[预預][览覽]|格式|[页頁][数數]|大小|免[费費]|登[录錄]|注[册冊]|首[页頁]|[导導]语|[导導]語|摘要|免[责責]|[声聲]明|[观觀]点|[观觀]點|[删刪]除|[联聯][系繫]|客服|[扫掃]碼|[扫掃]码|二维码|二維碼|\.doc|\.pdf|KB|MB/giu;

/** A file card's field: 页数：4, 上传时间：2022-04-08, 格式：DOCX. */
const CARD_FIELD =
  /^(?:文[档檔]格式|文件格式|格式|[页頁][数數]|大小|文件大小|上[传傳](?:[时時][间間]|者)?|下[载載](?:次[数數])?|[浏瀏][览覽](?:次[数數])?|[阅閱][读讀]|[发發]布(?:[时時][间間])?|[时時][间間]|作者|[来來]源|分[类類]|[栏欄]目|[标標]签|[标標]籤|[评評]分|[贡貢][献獻]者|字[数數])[:：]/u;

export function isSiteText(text: string): boolean {
  const words = new Set(Array.from(text.matchAll(SITE_WORDS), (match) => match[0].toLowerCase()));
  return words.size >= 2 || CARD_FIELD.test(text) || /[>›»]|\s\/\s/u.test(text);
}

/** A list of other documents begins: 相关文档, 相关推荐, 猜你喜欢, 您可能关注的文档, 热门文档, 推荐阅读. */
const FOOTER_HEADING =
  /^(?:相[关關]|猜你|您可能|你可能|[热熱][门門]|推[荐薦]|更多|最新|精品|上一篇|下一篇|下[载載]|本文|返回)/u;

export function isFooterHeading(text: string): boolean {
  return Array.from(text).length <= 20 && FOOTER_HEADING.test(text) && !SENTENCE_MARK.test(text);
}

/**
 * A notice that the page shows only part of the text: (未完,全文共2010字,当前显示249字),
 * ……(此处隐藏3210个字)……, 剩余1500字未显示, 未完，继续阅读.
 */
const TRUNCATION =
  /[（(【\[]?[…\.]*(?:(?:全文)?[预預][览覽]已?[结結]束[，,]?\s*)?[请請]?(?:未完|待[续續]|此[处處][隐隱][藏]|[隐隱]藏了?\d+[个個]?字|[当當]前[显顯]示|剩[余餘]\d*[个個]?字|余下\d*[个個]?字|[还還]剩\d*[个個]?字|[继繼][续續][阅閱][读讀]|[阅閱][读讀]全文|查看全文|展[开開]全文|[试試][读讀][结結]束|余下全文|下[载載](?:查看)?(?:完整|全文)|完整版[请請]?下[载載])[^\n]{0,40}?(?:[）)】\]][…\.]*|$|(?=\s))/u;

export interface TruncationNotice {
  /** The notice as it stands in the text. */
  text: string;
  index: number;
  /** 全文共N字 when the notice says it. */
  announced: number | null;
  /** 当前显示M字 when the notice says it. */
  shown: number | null;
  /** 此处隐藏N字 / 剩余N字 when the notice says it. */
  hidden: number | null;
}

export function findTruncation(text: string): TruncationNotice | null {
  const match = TRUNCATION.exec(text);
  if (!match) return null;
  const number = (pattern: RegExp): number | null => {
    const found = pattern.exec(match[0]);
    return found ? Number.parseInt(found[1]!, 10) : null;
  };
  return {
    text: match[0],
    index: match.index,
    announced: number(/全文(?:共|[约約])?(\d+)[个個]?字/u),
    shown: number(/(?:[当當]前|已)?[显顯]示(?:了)?(\d+)[个個]?字/u),
    hidden: number(/(?:[隐隱]藏|剩[余餘]|余下|[还還]剩)了?(\d+)[个個]?字/u),
  };
}
