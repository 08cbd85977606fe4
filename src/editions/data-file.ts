/** A file of the site that no page renders (data-files.ts lists them). */
export interface DataFile {
  /** Where it goes in the built site, without the base: "zh-hant/search-data/text/0-0.json". */
  path: string;
  /** The file the edition pool kept, to copy; or its bytes, made when it is written. */
  source: { copy: string } | { make: () => string | Uint8Array };
}

/**
 * How src/integrations/data-files.ts reaches the list: the integration runs
 * outside the bundle Vite makes of the pages, in the same process, after
 * them, and the list's state (the editions, the index) is the bundle's.
 * src/middleware.ts imports data-files.ts, which registers it under this
 * key, so every build has it. This module imports nothing, so that the
 * Astro config can load the integration.
 */
export const dataFilesKey = Symbol.for('speech-archive.data-files');
