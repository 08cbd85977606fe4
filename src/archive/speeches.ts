import { getCollection } from 'astro:content';
import { ui } from '../i18n/ui.ts';
import type { SpeechData } from '../schemas/speech.ts';
import { type Compilation, groupCompilations } from './compilations.ts';
import { type OutlineItem, openingFromHtml, outlineFromHtml } from './outline.ts';
import { htmlToTraditional } from '../render/html-to-traditional.ts';
import type { Script } from '../i18n/scripts.ts';
import { converterTo } from '../i18n/to-traditional.ts';
import { partialNote } from '../i18n/partial-note.ts';

export interface Speech extends SpeechData {
  /** Rendered body: salutation, sections, closing, with short anchors. */
  html: string;
  outline: OutlineItem[];
  /** What the reader is told when the source holds only part of the speech. */
  partialNote: string | null;
  /** The first sentence after the salutation. */
  opening: string;
  /** Reading time in minutes, at 400 characters a minute. */
  minutes: number;
}

/** A comfortable pace for reading Chinese prose silently. */
const charactersPerMinute = 400;

const cache = new Map<Script, Promise<Speech[]>>();

/** Every speech in order, rendered in the given script (converted once per build). */
export function loadSpeeches(script: Script): Promise<Speech[]> {
  let speeches = cache.get(script);
  if (!speeches) {
    speeches = read(script);
    cache.set(script, speeches);
  }
  return speeches;
}

async function read(script: Script): Promise<Speech[]> {
  const convert = converterTo(script);
  const entries = await getCollection('speeches');
  entries.sort((a, b) => a.data.order - b.data.order);
  return entries.map(({ data, rendered, id }) => {
    if (!rendered)
      throw new Error(`content/speeches/${id}.md was not rendered: expected Markdown with a body`);
    const html = script === 'hant' ? htmlToTraditional(rendered.html) : rendered.html;
    return {
      ...data,
      title: convert(data.title),
      subtitle: data.subtitle && convert(data.subtitle),
      partialNote: data.partial ? convert(partialNote(data.partial)) : null,
      salutation: data.salutation && convert(data.salutation),
      html,
      outline: outlineFromHtml(html),
      opening: openingFromHtml(html),
      minutes: Math.max(1, Math.round(data.characters / charactersPerMinute)),
    };
  });
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
