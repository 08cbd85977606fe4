/**
 * The one error type the ingest core throws. Its message states what was
 * found and what was expected, so the CLI can print it verbatim after the
 * file name. `file` is set only when the error concerns a different file
 * than the one being processed (e.g. a duplicate across inputs).
 */
export class IngestError extends Error {
  readonly file: string | undefined;

  constructor(message: string, file?: string) {
    super(message);
    this.name = 'IngestError';
    this.file = file;
  }
}

/** Quotes source text in a message so its edges (and any spaces) are visible; a line break shows as ⏎, keeping the message one line. */
export function quote(text: string): string {
  return `「${text.replace(/\n/gu, '⏎')}」`;
}
