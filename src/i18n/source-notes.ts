import type { StructureRole } from '../ingest/cross-check.ts';
import type { ChangeKind } from '../ingest/normalise/changes.ts';
import type { SourceFormat } from '../ingest/read/document.ts';
import type { Script } from './scripts.ts';
import { tableToTraditional } from './to-traditional.ts';

/**
 * The words of the 来源与校勘说明 pages (SourceNotes, SourceReport,
 * SourceChanges), written in Simplified; Traditional is derived at build
 * time, as for the interface strings (ui.ts). Numbers, file names and the
 * report's quotations stand between them in the components.
 */
const hans = {
  intro:
    '讲话的文字取自文档分享网站的网页抓取文件和 PDF 副本。本站只做了下列处理：删去讲话以外的网站文字、重复的预览开头和插入正文的页码、水印等杂质，把合编中的各篇讲话分开，把被替换成半角的中文标点恢复为全角，并把 PDF 文字层和网页编码造成的异体字符还原为通用字符。每一处改动都列在下面。除此之外，一字未改。',
  perCompilation:
    '每部合编的来源文件和其中的每一处改动，列在该合编的“来源与校勘说明”页上：打开合编的页面，点页面底部的链接。',
  duplicates: '多个文件收录的讲话',
  refused: '未能收录的文件',
  refusedText: '下列文件无法可靠地读出讲话，本站没有收录其中的任何文字；原因照录：',
  duplicateKeptFrom: '以',
  duplicateDropped: '为底本，校以',
  duplicateSame: '中的同一篇',
  collated: '校勘',
  collatedItem:
    '与另外 {others} 个文件中的同一篇合校，本文件有 {readings} 处读法正文未采用（见该篇的校勘记）',
  placeholders: 'X、XX、xxx 是什么',
  placeholdersText:
    '原文在隐去人名、地名、机构名和数字的地方写作 X、XX 或 xxx（例如“XX书记”“X亿元”“xxx指出”），有的来源写作 *、** 或 ××。本站照原样保留这些符号，只用浅色方框标出；读屏软件读作“原文隐去”。搜索、复制和打印得到的仍是原文符号。',
  sourceFile: '来源文件',
  fileName: '文件名',
  sizeAndEncoding: '格式、大小与编码',
  bytes: '字节',
  site: '来源网站（网页自述）',
  compilationTitle: '合编标题',
  writtenIn: '原文字体',
  writtenHans: '简体字',
  writtenHant: '繁体字',
  scriptEvidence: '抽样的汉字中，繁转简会改动 {t2s}，简转繁会改动 {s2t}',
  convertedFrom: '另一种字体的页面由原文经 OpenCC 转换',
  removed: '删去的内容',
  wrapper: '讲话以外的网站文字',
  previewCopy: '网页重复的预览开头',
  fullCopy: '网页重复的全文',
  paragraphs: '段',
  showRemoved: '查看删去的文字',
  normalised: '正文中的规范化',
  noChanges: '无。',
  punctuation: '恢复的全角标点',
  total: '共',
  places: '处',
  scraped: '原网页',
  restoredAs: '恢复为',
  placeCount: '处数',
  speeches: '分出的讲话',
  showItems: '查看',
  moreItems: '另有 {n} 种',
  stated: '文档标明的结构',
  statedAgreed: '文档的样式（标题、加粗）与本站按文字规则分出的结构一致：',
  statedDisagree: '两者不一致之处（正文按文字规则排版）：',
  statedDocument: '文档标为',
  statedRules: '文字规则读作',
} as const;

/** What a paragraph was read as, in the document and by the text rules. */
const hansRoles: Record<StructureRole, string> = {
  title: '标题',
  'heading-2': '一级小标题',
  'heading-3': '二级小标题',
  lead: '加粗的开头',
  paragraph: '普通段落',
  absent: '讲话以外的文字',
};

/** Each source format, as the source page names it. */
const hansFormats: Record<SourceFormat, string> = {
  text: '纯文本',
  html: '网页（HTML）',
  mhtml: '单个文件保存的网页（.mhtml）',
  docx: 'Word 文档（.docx）',
  doc: 'Word 97–2003 文档（.doc）',
  pdf: 'PDF 文档',
};

/** What each kind of change did, as a reader would put it. */
const hansChanges: Record<ChangeKind, string> = {
  'html-entity': '网页字符引用（如 &nbsp;）还原为字符',
  'ideograph-variant': 'PDF 文字层的部首字符和兼容汉字换成通用汉字',
  'invisible-character': '删去不可见的格式字符',
  space: '各种空格统一为普通空格',
  'page-number': '删去页码',
  watermark: '删去网站水印',
  'running-head': '删去每页顶端重复的标题（页眉）',
  'anti-copy-glyph': '删去防复制符号',
  'pinyin-reading': '删去括注的拼音',
  emoji: '删去括注的表情符号',
  'page-title-copy': '删去正文中重复的网页标题',
  'line-join': '接上 PDF 复制造成的断行',
  markup: '删去网页的脚本、样式和注释',
  note: '脚注、尾注、批注和文本框不算正文，另行列出',
};

export type SourceNoteStrings = Record<keyof typeof hans, string> & {
  changes: Record<ChangeKind, string>;
  formats: Record<SourceFormat, string>;
  roles: Record<StructureRole, string>;
};

const strings: Record<Script, SourceNoteStrings> = {
  hans: { ...hans, changes: hansChanges, formats: hansFormats, roles: hansRoles },
  hant: {
    ...tableToTraditional(hans),
    changes: tableToTraditional(hansChanges),
    formats: tableToTraditional(hansFormats),
    roles: tableToTraditional(hansRoles),
  },
};

export function sourceNoteStrings(script: Script): SourceNoteStrings {
  return strings[script];
}
