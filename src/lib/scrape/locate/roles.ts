/**
 * What a paragraph is, judged by its own form: the vocabulary of speech
 * pages (titles, salutations, closings) and of the sites around them.
 */

const SENTENCE_MARK = /[。！？!?；;]/u;
const HAN = /\p{Script=Han}/gu;

/** A line that could be a title: short, at least four Chinese characters, not a sentence, not a salutation. */
export function isTitleLike(text: string): boolean {
  const length = Array.from(text).length;
  return length <= 60 && (text.match(HAN)?.length ?? 0) >= 4 && !SENTENCE_MARK.test(text) && !/[:：,，]$/u.test(text);
}

/** A speech's title names its genre at the end: …讲话, …发言, …致辞, …讲话稿, …报告, optionally with a date in brackets. */
const SPEECH_GENRE = /(?:讲话|发言|致辞|讲稿|演讲|报告|党课|讲话提纲|动员讲话|总结讲话)(?:稿|材料|提纲|全文)?(?:[（(][^（）()]{1,20}[）)])?$/u;

export function isSpeechTitle(text: string): boolean {
  return isTitleLike(text) && SPEECH_GENRE.test(text) && !isCompilationTitle(text) && !isSubtitle(text);
}

/** A page that compiles speeches says so: …合编, …汇编, …合集, …选编 (with 稿 or 材料 before it). */
const COMPILATION = /(?:合编|汇编|合集|选编|精选|两篇|[二三四五六七八九十\d]+篇)$/u;

export function isCompilationTitle(text: string): boolean {
  return isTitleLike(text) && COMPILATION.test(text);
}

/** Who is addressed, ending in a colon: 各位领导、同志们：, 同志们：, 尊敬的各位来宾：. */
const ADDRESSEES = /同志|各位|朋友|代表|领导|来宾|嘉宾|老师|同学|女士|先生|大家|委员|战友|青年/u;

export function isSalutation(text: string): boolean {
  return /[:：]$/u.test(text) && Array.from(text).length <= 40 && ADDRESSEES.test(text) && !SENTENCE_MARK.test(text);
}

/** A subtitle or dateline between title and salutation: ——在…上的讲话, （2020年7月15日）, 2020年7月15日. */
export function isSubtitle(text: string): boolean {
  if (Array.from(text).length > 80 || /[。！？!?]$/u.test(text)) return false;
  return /^(?:[—─―-]{1,2}|[（(].*[）)]$)|^\d{4}年\d{1,2}月(?:\d{1,2}日)?$/u.test(text);
}

/** A speaker's line under the title: XX同志, 市委书记 XXX. */
export function isSpeakerLine(text: string): boolean {
  return Array.from(text).length <= 20 && /(?:同志|书记|主席|市长|县长|区长|部长|局长|主任|会长|院长|校长|理事长)(?: ?\S{1,4})?$/u.test(text) && !/[。！？!?：:，,]/u.test(text);
}

/** The closing: 谢谢大家！, 谢谢！, 谢谢各位！ */
export function isClosing(text: string): boolean {
  return /^谢谢/u.test(text) && Array.from(text).length <= 20;
}

/** Ends a sentence: what the last paragraph of a complete speech ends with. */
export function endsSentence(text: string): boolean {
  return /[。！？!?…][”’」』）)]*$/u.test(text) || isClosing(text);
}

/**
 * Words of the site, not of a speech: about documents, downloads, uploads,
 * the site itself. Two or more in one paragraph mark it as the site's.
 */
const SITE_WORDS = /本站|本网|网友|上传|下载|侵权|版权|举报|收藏|分享|浏览|阅读量|积分|会员|VIP|文档|预览|格式|页数|大小|上传时间|下载次数|浏览次数|免费|登录|注册|首页|导语|摘要|免责|声明|观点|删除|联系|客服|扫码|二维码|\.doc|\.pdf|KB|MB/giu;

/** A file card's field: 页数：4, 上传时间：2022-04-08, 格式：DOCX. */
const CARD_FIELD = /^(?:文档格式|文件格式|格式|页数|大小|文件大小|上传时间|上传者|上传|下载次数|下载|浏览次数|浏览|阅读|发布时间|发布|时间|作者|来源|分类|栏目|标签|评分|贡献者|字数)[:：]/u;

export function isSiteText(text: string): boolean {
  const words = new Set(Array.from(text.matchAll(SITE_WORDS), (match) => match[0].toLowerCase()));
  return words.size >= 2 || CARD_FIELD.test(text) || /[>›»]|\s\/\s/u.test(text);
}

/** A list of other documents begins: 相关文档, 相关推荐, 猜你喜欢, 您可能关注的文档, 热门文档, 推荐阅读. */
const FOOTER_HEADING = /^(?:相关|猜你|您可能|你可能|热门|推荐|更多|最新|精品|上一篇|下一篇|下载|本文|返回)/u;

export function isFooterHeading(text: string): boolean {
  return Array.from(text).length <= 20 && FOOTER_HEADING.test(text) && !SENTENCE_MARK.test(text);
}

/**
 * A notice that the page shows only part of the text: (未完,全文共2010字,当前显示249字),
 * ……(此处隐藏3210个字)……, 剩余1500字未显示, 未完，继续阅读.
 */
const TRUNCATION = /[（(【\[]?[…\.]*(?:未完|待续|此处隐藏|隐藏了?\d+个?字|当前显示|剩余\d*个?字|余下\d*个?字|还剩\d*个?字|继续阅读|阅读全文|查看全文|展开全文|试读结束|余下全文|下载查看完整|完整版请下载)[^\n]{0,40}?(?:[）)】\]][…\.]*|$|(?=\s))/u;

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
    announced: number(/全文(?:共|约)?(\d+)个?字/u),
    shown: number(/(?:当前|已)?显示(?:了)?(\d+)个?字/u),
    hidden: number(/(?:隐藏|剩余|余下|还剩)了?(\d+)个?字/u),
  };
}
