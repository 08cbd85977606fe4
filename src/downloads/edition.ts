import type { Speech } from '../archive/edition.ts';
import type { Script } from '../i18n/scripts.ts';
import type { Variants } from '../schemas/variants.ts';

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
  /**
   * Each speech's apparatus, as collation wrote it (readings in the source's
   * script), or null for a speech one file holds. Only the EPUB prints it:
   * the text and Markdown files are the reading text alone.
   */
  variants: readonly (Variants | null)[];
  /** When this edition was built: it dates files that carry a date (the EPUB). */
  built: Date;
}
