import type { SpeechBlock } from '../../archive/speech-body.ts';
import type { DownloadFormat } from '../format.ts';

/** What a plain-text or Markdown copy starts with: the page's title block. */
export interface TitleBlock {
  title: string;
  subtitle?: string | undefined;
  note?: string | null | undefined;
}

/**
 * A speech as plain UTF-8 text, from the blocks the page renders, so every
 * character is the page's: the title as `# …`, its subtitle lines, then
 * one block a line with a blank line between, headings marked `##`/`###`
 * as in the Markdown, bold leads and redaction marks as their bare text.
 */
export function speechText(speech: TitleBlock & { blocks: readonly SpeechBlock[] }): string {
  const lines = [`# ${speech.title}`];
  if (speech.subtitle) lines.push(speech.subtitle);
  if (speech.note) lines.push(speech.note);
  for (const block of speech.blocks)
    lines.push(block.kind === 'heading' ? `${'#'.repeat(block.rank)} ${block.text}` : block.text);
  return `${lines.join('\n\n')}\n`;
}

const encoder = new TextEncoder();

/** A speech, or a compilation's speeches one after another, each as `speechText` writes it. */
export const textFormat: DownloadFormat = {
  extension: 'txt',
  mediaType: 'text/plain; charset=utf-8',
  label: 'downloadText',
  build: ({ speeches }) =>
    encoder.encode(
      speeches.map((speech) => speechText({ ...speech, note: speech.partialNote })).join('\n'),
    ),
};
