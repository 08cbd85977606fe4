// word-extractor 1.0.4 ships no types; this is the part of its API the .doc reader uses.
declare module 'word-extractor' {
  interface PartOptions {
    /** True by default: turns “” ‘’ – — and en/em spaces into ASCII. */
    filterUnicode?: boolean;
  }
  interface WordDocument {
    getBody(options?: PartOptions): string;
    getFootnotes(options?: PartOptions): string;
    getEndnotes(options?: PartOptions): string;
    getAnnotations(options?: PartOptions): string;
    getTextboxes(
      options?: PartOptions & { includeHeadersAndFooters?: boolean; includeBody?: boolean },
    ): string;
    getHeaders(options?: PartOptions & { includeFooters?: boolean }): string;
    getFooters(options?: PartOptions): string;
  }
  export default class WordExtractor {
    extract(source: Buffer | string): Promise<WordDocument>;
  }
}
