import { readFileSync } from 'node:fs';
import { getCollection } from 'astro:content';
import { ui } from '../i18n/ui.ts';
import { scripts, type Script } from '../i18n/scripts.ts';
import { type Compilation, compilationSlug, groupCompilations } from './compilations.ts';
import { compileEditions, type EditionPool } from './edition-pool.ts';
import type { KeptDownload, KeptEdition } from './edition-cache.ts';
import { type CompilationJob, type Speech, speechOf, type WitnessText } from './edition.ts';
import { variantsOf } from './variants.ts';

export type { Speech } from './edition.ts';

/** Set by src/integrations/speech-editions.ts. */
declare const __EDITION_POOL__: EditionPool;

/** The downloads of a speech or of a compilation, in each script. */
export type EditionDownloads = Record<Script, KeptDownload[]>;

interface Editions {
  speeches: Record<Script, Speech[]>;
  /** By speech slug, and by compilation slug under "c/". */
  downloads: Map<string, EditionDownloads>;
  /** What the search data takes from the editions. */
  search: EditionSearch;
}

export interface EditionSearch {
  /** Per script, per speech in archive order: its witnesses' readings of its paragraphs. */
  readings: Record<Script, WitnessText[][]>;
  /** Every compilation's alignments and characters, for the variant table. */
  parts: Pick<KeptEdition, 'alignments' | 'characters'>[];
}

/**
 * When this edition was built: SOURCE_DATE_EPOCH when set (reproducible
 * builds), else the start of today (UTC). It dates the EPUB (dcterms:modified
 * and its entries) and is part of every edition's key: without
 * SOURCE_DATE_EPOCH, rebuilds on the same day reuse each other's editions.
 */
function buildDate(): number {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  if (epoch === undefined || epoch === '') {
    const now = new Date();
    return Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  }
  if (!/^\d+$/u.test(epoch))
    throw new Error(`SOURCE_DATE_EPOCH=${epoch}: expected whole seconds since 1970`);
  return Number(epoch) * 1000;
}

let cache: Promise<Editions> | undefined;

function editions(): Promise<Editions> {
  cache ??= read();
  return cache;
}

/** Every speech in order, in the given script. */
export async function loadSpeeches(script: Script): Promise<Speech[]> {
  return (await editions()).speeches[script];
}

/** What the search data is built from, besides the speeches. */
export async function loadEditionSearch(): Promise<EditionSearch> {
  return (await editions()).search;
}

/** The downloads of a speech (its slug) or of a compilation ("c/" and its slug). */
export async function downloadsOf(slug: string): Promise<EditionDownloads> {
  const downloads = (await editions()).downloads.get(slug);
  if (!downloads)
    throw new Error(`no downloads for "${slug}": expected a speech or c/<compilation>`);
  return downloads;
}

/**
 * Both scripts of every speech, compiled a raw file at a time by the
 * edition pool (src/editions/compile.ts) from the content layer's
 * rendering, or read from its cache when nothing it is made from changed.
 */
async function read(): Promise<Editions> {
  const entries = await getCollection('speeches');
  entries.sort((a, b) => a.data.order - b.data.order);
  const built = buildDate();
  const bySource = new Map<string, CompilationJob>();
  for (const { data, rendered, id, filePath } of entries) {
    if (!rendered)
      throw new Error(`content/speeches/${id}.md was not rendered: expected Markdown with a body`);
    if (!filePath) throw new Error(`speech ${id} has no file: expected content/speeches/<slug>.md`);
    let job = bySource.get(data.source);
    if (!job) {
      job = { slug: compilationSlug(data.source), speeches: [], built };
      bySource.set(data.source, job);
    }
    job.speeches.push({
      data,
      html: rendered.html,
      markdown: readFileSync(filePath, 'utf8'),
      variants: variantsOf(data.slug),
    });
  }
  const jobs = [...bySource.values()];
  const { editions: kept } = await compileEditions(jobs, __EDITION_POOL__);
  const speeches: Record<Script, Speech[]> = { hans: [], hant: [] };
  const downloads = new Map<string, EditionDownloads>();
  const readings = new Map<string, Record<Script, WitnessText[]>>();
  jobs.forEach((job, i) => {
    const edition = kept[i]!;
    job.speeches.forEach(({ data }, j) => {
      for (const script of scripts)
        speeches[script].push(speechOf(data, edition.speeches[j]!.text[script]));
      readings.set(data.slug, edition.speeches[j]!.readings);
      downloads.set(data.slug, {
        hans: edition.downloads.hans.speeches[j]!,
        hant: edition.downloads.hant.speeches[j]!,
      });
    });
    downloads.set(`c/${job.slug}`, {
      hans: edition.downloads.hans.compilation,
      hant: edition.downloads.hant.compilation,
    });
  });
  // Archive order is speech order; compilations group by file, so put each script back in order.
  for (const script of scripts) speeches[script].sort((a, b) => a.order - b.order);
  const search: EditionSearch = {
    readings: {
      hans: speeches.hans.map((speech) => readings.get(speech.slug)!.hans),
      hant: speeches.hant.map((speech) => readings.get(speech.slug)!.hant),
    },
    parts: kept.map(({ alignments, characters }) => ({ alignments, characters })),
  };
  return { speeches, downloads, search };
}

interface Archive {
  compilations: Compilation<Speech>[];
  bySource: Map<string, Compilation<Speech>>;
}

const archiveCache = new Map<Script, Promise<Archive>>();

function loadArchive(script: Script): Promise<Archive> {
  let archive = archiveCache.get(script);
  if (!archive) {
    archive = loadSpeeches(script).then((speeches) => {
      const compilations = groupCompilations(speeches, ui(script).compilationSuffix);
      return {
        compilations,
        bySource: new Map(compilations.map((compilation) => [compilation.source, compilation])),
      };
    });
    archiveCache.set(script, archive);
  }
  return archive;
}

/** The archive's compilations (one per raw file) in the given script, in the order of their first speech. */
export async function loadCompilations(script: Script): Promise<Compilation<Speech>[]> {
  return (await loadArchive(script)).compilations;
}

/** The compilation a speech came from. */
export async function compilationOf(
  script: Script,
  speech: Pick<Speech, 'source'>,
): Promise<Compilation<Speech>> {
  return (await loadArchive(script)).bySource.get(speech.source)!;
}
