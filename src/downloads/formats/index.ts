import type { DownloadFormat } from '../format.ts';
import { epubFormat } from './epub/format.ts';
import { markdownFormat } from './md.ts';
import { textFormat } from './txt.ts';

/** Every download format, in the order the pages list them. */
export const downloadFormats: readonly DownloadFormat[] = [epubFormat, textFormat, markdownFormat];
