/** A sentence ends at 。！？, together with a closing quote right after it. */
const SENTENCE_END = /[。！？]”?/gu;

/** Offsets just after each sentence end. */
export function sentenceEnds(text: string): number[] {
  return Array.from(text.matchAll(SENTENCE_END), (match) => match.index + match[0].length);
}

/** The first sentence and the rest; the whole text if it has no sentence end. */
export function splitFirstSentence(text: string): [string, string] {
  const [end = text.length] = sentenceEnds(text);
  return [text.slice(0, end), text.slice(end)];
}
