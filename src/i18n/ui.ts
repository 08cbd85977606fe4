import type { Script } from './scripts.ts';
import { tableToTraditional } from './to-traditional.ts';

/** Interface strings, written in Simplified; Traditional is derived at build time. */
const hans = {
  siteName: '讲话稿合编',
  compilationSuffix: '稿合编',
  skipLink: '跳到正文',
  searchLabel: '搜索讲话全文',
  searchPlaceholder: '搜索词句',
  searchSubmit: '搜索',
  searchShortcut: '按 / 键搜索',
  searchPageTitle: '搜索',
  searchNoScript: '搜索需要 JavaScript。也可以打开',
  searchNoScriptAfter: '，用浏览器的页内查找（Ctrl+F 或 ⌘F）查遍全文。',
  searchPrompt: '输入要查找的词句。用空格隔开几个词句，可以找出同时含有它们的段落。',
  searchRules: '逐字匹配原文：不计空格，不分全角半角、英文大小写和简体繁体。',
  searchFailed: '搜索暂时无法使用。可以打开打印版，用浏览器的页内查找。',
  searchFoundOne: '{q}共 {n} 处，见于 {s} 篇讲话。',
  searchFoundAll: '同时含有{q}的段落共 {n} 段，见于 {s} 篇讲话。',
  searchChecked: '可能含有的讲话共 {c} 篇，已核对 {n} 篇：',
  searchMore: '再核对 {n} 篇',
  searchPlaces: '{n} 处',
  searchPlacesMore: '另有 {n} 篇可能含有',
  searchParagraphs: '{n} 段',
  searchNone: '没有找到{q}。',
  searchNoneAll: '没有一段同时含有{q}。',
  searchSeparately: '它们分别出现在：',
  searchParts: '这些字词分别出现在：',
  searchNowhere: '哪里都没有',
  searchViewAll: '在搜索页查看全部结果',
  searchParagraph: '第{n}段',
  searchHeading: '小标题',
  searchTitle: '标题',
  searchReading: '异文',
  searchReadingWitnesses: '（据{w}）',
  themeToggle: '深色模式',
  fontSmaller: '缩小字号',
  fontLarger: '放大字号',
  displayOptions: '显示设置',
  toc: '目录',
  previous: '上一篇',
  next: '下一篇',
  printEdition: '打印版',
  printButton: '打印全文',
  sourceNote: '来源与校勘说明',
  characters: '字',
  minutes: '分钟',
  readingTime: '阅读约',
  outline: '提纲',
  copied: '已复制链接',
  home: '首页',
  compilations: '全部合编',
  compilationCount: '共 {c} 部合编、{s} 篇讲话。',
  speechCount: '{n} 篇讲话',
  totalCharacters: '共 {n} 字',
  pageOf: '第 {n} 页，共 {last} 页',
  pagination: '分页',
  previousPage: '上一页',
  nextPage: '下一页',
  allPages: '全部 {n} 页',
  inCompilation: '收录于',
  apparatus: '校勘记',
  apparatusIntro:
    '本篇由 {count} 个文件中的同一篇讲话校订而成：{files}。各文件文字不同之处，正文取多数文件的读法，票数相同时取收录在前的文件；其余读法列在下面，每条链接到所在的段落。',
  apparatusAgreed:
    '本篇由 {count} 个文件中的同一篇讲话校订而成：{files}。各文件的文字没有不同之处。',
  apparatusParagraph: '第{n}段',
  variantMark: '异',
  variantMarkLabel: '第{n}段的异文',
  variantsAll: '看全篇校勘记',
  variantSubstitution: '「{lemma}」，{files}作「{reading}」',
  variantOmission: '{files}无「{lemma}」',
  variantAddition: '{files}多「{reading}」',
  andOthers: '等{n}篇',
  printPerCompilation:
    '每篇讲话的页面都可以直接打印（Ctrl+P 或 ⌘P），只印讲话本身。每部合编另有打印版，依次收入它的全部讲话，每篇另起一页：打开合编的页面，点“打印版”。',
  pageUrl: '本页网址',
  citeSpeech: '引用本篇',
  citeSection: '引用本节（{id}）',
  citeSectionButton: '引用',
  citeCopy: '复制',
  citeCopied: '已复制 {format}',
  citeBuildDate: '引用日期是本页生成的日期（{date}），引用时请改为您查阅的日期。',
  citeToday: '引用日期是今天（{date}）。',
  citeWitnesses: '据 {count} 个文件校订：{files}',
  citeSelectionLink: '复制链接',
  citeSelectionLinkHint: '（所选文字）',
  downloads: '下载',
  downloadEpub: 'EPUB 电子书',
  downloadText: '纯文本',
  downloadMarkdown: 'Markdown',
  downloadNote:
    '本文据网上流传的抓取页面逐字整理，只去除了网页的附加内容（见“来源与校勘说明”），正文一字未改。',
  writtenHans: '原文为简体字。',
  writtenHant: '原文为繁体字。',
  convertedToHant: '繁体字由简体经 OpenCC 转换（台湾标准字形），并按人工校订表修正。',
  convertedToHans: '简体字由繁体原文经 OpenCC 转换。',
  convertedOnPage: '本页由 OpenCC 转换。',
  tableOfContents: '目录',
  source: '来源',
  sourceDescription: '这些讲话稿从哪些网页整理而来，整理时删去和改动了什么，逐项列出。',
  sourceCompilationDescription: '《{title}》从哪个网页整理而来，整理时删去和改动了什么，逐项列出。',
  printDescription: '《{title}》的打印版：依次收入其中的讲话，每篇另起一页。',
  notFoundTitle: '找不到这个页面',
  notFoundText:
    '这个网址没有页面：可能输错了，或者页面已经改了地址。可以搜索要找的讲话，或者从首页找起。',
  notFoundSearch: '在全部讲话中搜索',
  notFoundHome: '回到首页',
  offlineMissingTitle: '这一页没有保存在这台设备上',
  offlineMissingText:
    '离线时，这个网站只能打开首页、搜索页和读过的页面。联网时打开这一页，以后离线也能读。',
} as const;

export type UiKey = keyof typeof hans;
export type Ui = Record<UiKey, string>;

const hant: Ui = tableToTraditional(hans);

/** The name of the *other* script, written in that script, for the switch. */
export const otherScriptName: Record<Script, string> = { hans: '繁體', hant: '简体' };

export function ui(script: Script): Ui {
  return script === 'hant' ? hant : hans;
}

/** Fills {name} slots in an interface string; numbers get thousands separators (1,000). */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/gu, (slot, name: string) => {
    const value = values[name];
    if (value === undefined) return slot;
    return typeof value === 'number' ? value.toLocaleString('zh') : value;
  });
}
