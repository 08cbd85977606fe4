import { type CitedWork, dateParts } from './cited-work.ts';

/**
 * A reference to an online speech page after GB/T 7714-2015, electronic
 * resources (§4.8.1):
 *
 *   主要责任者. 题名[EB/OL]. 出版地: 出版者, 出版年: 引文页码(更新或修改日期)[引用日期]. 获取和访问路径.
 *
 * - No author is known. In a numbered (顺序编码制) list the 主要责任者 may then
 *   be left out and the reference starts with the title (§8.1), rather than
 *   with 佚名, which would claim the speaker is unknown to everyone.
 * - [EB/OL]: an electronic bulletin (电子公告, the type for web pages), online.
 * - Publication: the site publishes this edition. An online resource without
 *   a known place may omit it (§8.4), and no year or update date is known, so
 *   the item is the publisher alone: the speeches carry no date, a build date
 *   is not a publication date, and the standard's bracketed estimate
 *   ("[2026]") would be a guess. The access date follows it directly, as in
 *   the standard's examples ("CSIRO Publishing, 2011: 7-9[2013-03-08]",
 *   "人民日报, 2012-05-30(9)[2012-09-21]") and in the CSL project's
 *   GB/T 7714-2015 style: nothing stands between them.
 * - Punctuation is the standard's: ASCII ". " between items, ending with ".".
 * - A collated speech's witnesses have no item in the standard, so they
 *   follow the whole entry as a sentence of their own, in the text's
 *   punctuation (…/speech-1/. 据 3 个文件校订：a.txt、b.txt。): the entry
 *   stays the standard's, and a list that wants none of it drops the
 *   sentence whole.
 */
export function gbt7714Reference(work: CitedWork): string {
  dateParts(work.accessed); // refuses a malformed access date
  const entry = `${work.title}[EB/OL]. ${work.siteName}[${work.accessed}]. ${work.url}.`;
  return work.witnesses ? `${entry} ${work.witnesses}。` : entry;
}
