import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { getCollection } from 'astro:content';
import { ui } from '../i18n/ui.ts';
import type { SpeechData } from '../schemas/speech.ts';
import { type Compilation, groupCompilations } from './compilations.ts';
import { readSpeechBody, type SpeechBody } from './speech-body.ts';
import rehypeConvertScript from '../render/rehype-convert-script.ts';
import { transformTree, treeHtml } from '../render/transform-tree.ts';
import { scripts, type Script } from '../i18n/scripts.ts';
import { converterBetween, converterTo } from '../i18n/to-traditional.ts';
import { partialNote } from '../i18n/partial-note.ts';

export interface Speech extends SpeechData, SpeechBody {
  /** Rendered body (salutation, sections, closing, with short anchors), as the page prints it. */
  html: string;
  /** What the reader is told when the source holds only part of the speech. */
  partialNote: string | null;
  /** Reading time in minutes, at 400 characters a minute. */
  minutes: number;
}

/** A comfortable pace for reading Chinese prose silently. */
const charactersPerMinute = 400;

let cache: Promise<Record<Script, Speech[]>> | undefined;

/** Every speech in order, in the given script. */
export async function loadSpeeches(script: Script): Promise<Speech[]> {
  cache ??= read();
  return (await cache)[script];
}

/**
 * Both scripts in one pass: each body is parsed once, and each script's
 * body is that tree converted from the speech's own script (text from the
 * source's characters, spoken labels from Simplified; ids and links stay),
 * so the two scripts share every anchor. A page in the script the source is
 * written in whose labels need no conversion is the rendered HTML itself.
 */
async function read(): Promise<Record<Script, Speech[]>> {
  const entries = await getCollection('speeches');
  entries.sort((a, b) => a.data.order - b.data.order);
  const speeches: Record<Script, Speech[]> = { hans: [], hant: [] };
  for (const { data, rendered, id } of entries) {
    if (!rendered)
      throw new Error(`content/speeches/${id}.md was not rendered: expected Markdown with a body`);
    const tree = fromHtml(rendered.html, { fragment: true });
    for (const script of scripts) {
      const text = converterBetween(data.sourceScript, script);
      if (script === 'hans' && data.sourceScript === 'hans') {
        speeches[script].push(speech(data, rendered.html, tree, text));
        continue;
      }
      const converted = transformTree(tree, rehypeConvertScript, {
        text,
        labels: converterTo(script),
      });
      speeches[script].push(speech(data, treeHtml(converted), converted, text, script));
    }
  }
  return speeches;
}

function speech(
  data: SpeechData,
  html: string,
  tree: Root,
  convert: (text: string) => string,
  script: Script = 'hans',
): Speech {
  return {
    ...data,
    title: convert(data.title),
    subtitle: data.subtitle && convert(data.subtitle),
    partialNote: data.partial
      ? partialNote(data.partial, { ui: converterTo(script), quoted: convert })
      : null,
    salutation: data.salutation && convert(data.salutation),
    html,
    ...readSpeechBody(tree),
    minutes: Math.max(1, Math.round(data.characters / charactersPerMinute)),
  };
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
