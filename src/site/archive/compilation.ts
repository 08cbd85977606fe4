import type { SpeechData } from '../../schemas/speech.ts';

/**
 * The compilation's own title, as the scraped page names it:
 * 「<first title>和<second title>稿合编」. Titles come already in the page's
 * script; `suffix` is 稿合编 in that script.
 */
export function compilationTitle(speeches: readonly Pick<SpeechData, 'title'>[], suffix: string): string {
  return `${speeches.map((speech) => speech.title).join('和')}${suffix}`;
}
