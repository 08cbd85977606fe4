import { cutPages } from './pagination.ts';
import type { Compilation } from '../archive/compilations.ts';
import type { Speech } from '../archive/speeches.ts';

/*
 * How many entries a list page holds. The first view of a page must stay
 * within 20 KB gzipped (tests/dist/page-weight.test.ts); the page frame,
 * stylesheet and script take about 7 KB, and the limits keep a list below
 * about 7 KB more even for titles that compress badly (distinct Chinese text
 * gzips to about 2 bytes a character). Weights count the characters an
 * entry prints, plus a flat allowance for its markup.
 */

/** Home page and page/n/: compilations, as title and counts. */
export function compilationIndexPages<S extends Speech>(
  compilations: readonly Compilation<S>[],
): Compilation<S>[][] {
  return cutPages(compilations, {
    maxItems: 40,
    maxWeight: 3200,
    weight: (compilation) => compilation.title.length + 20,
  });
}

/** A compilation's page: speeches as cards with opening and outline. */
export function speechCardPages<S extends Speech>(speeches: readonly S[]): S[][] {
  return cutPages<S>(speeches, { maxItems: 12, maxWeight: 3000, weight: cardWeight });
}

function cardWeight(speech: Speech): number {
  const sections = speech.outline.filter((item) => item.level === 2);
  return (
    speech.title.length +
    speech.opening.length +
    sections.reduce((sum, item) => sum + item.text.length, 0) +
    20 * (1 + sections.length)
  );
}

/** Where a compilation's pages live, without the script prefix. */
export function compilationPath(compilation: Pick<Compilation, 'slug'>): string {
  return `c/${compilation.slug}/`;
}

export function compilationPrintPath(compilation: Pick<Compilation, 'slug'>): string {
  return `${compilationPath(compilation)}print/`;
}

/** Where the compilation's raw file and what ingest changed in it are shown. */
export function compilationSourcePath(compilation: Pick<Compilation, 'slug'>): string {
  return `${compilationPath(compilation)}source/`;
}
