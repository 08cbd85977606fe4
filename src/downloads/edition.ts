import type { Speech } from '../archive/speeches.ts';
import type { Script } from '../i18n/scripts.ts';

/**
 * What every download is made from: a speech, or a compilation's speeches in
 * order, in one script, as the pages render them, with the generated
 * Markdown beside them (in the same script).
 */
export interface Edition {
  kind: 'speech' | 'compilation';
  /** The speech's or the compilation's slug: the file's URL stem. */
  slug: string;
  script: Script;
  title: string;
  speeches: readonly Speech[];
  /** Each speech's generated Markdown file, in the edition's script. */
  markdown: readonly string[];
  /** When this edition was built: it dates files that carry a date (the EPUB). */
  built: Date;
}
