/**
 * A meta description from a speech's opening: whole sentences while they fit
 * the ~120 characters that search results and link cards show of Chinese
 * text. A first sentence longer than that is cut after its last clause that
 * fits (at ，；：、), with an ellipsis, and mid-clause only if none does.
 */
const sentence = /[^。！？]*[。！？][”’」』]?/gu;
const clauseEnd = /[，；：、]/u;

export function describe(text: string, limit = 120): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  if ([...flat].length <= limit) return flat;
  let kept = '';
  for (const [whole] of flat.matchAll(sentence)) {
    if ([...(kept + whole)].length > limit) break;
    kept += whole;
  }
  if (kept) return kept;
  const room = [...flat].slice(0, limit - 1);
  const lastClause = room.findLastIndex((character) => clauseEnd.test(character));
  return `${room.slice(0, lastClause > 0 ? lastClause : room.length).join('')}…`;
}
