import type { UiKey } from '../i18n/ui.ts';
import type { Edition } from './edition.ts';

/**
 * One kind of file a reader can take away. A format is one module under
 * formats/ that exports one of these, listed once in formats/index.ts: the
 * routes, the pages' links and the offline copy follow from that list.
 */
export interface DownloadFormat {
  /** The file name's extension, without the dot; also the last part of its URL. */
  extension: string;
  /** What the server says the file is (Content-Type). */
  mediaType: string;
  /** The interface string that names it on the page. */
  label: UiKey;
  /** The file's bytes, from an edition in its script. */
  build(edition: Edition): Uint8Array;
}
