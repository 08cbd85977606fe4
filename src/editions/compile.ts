import { fromHtml } from 'hast-util-from-html';
import { convertMarkdown } from '../downloads/formats/md.ts';
import { downloadFormats } from '../downloads/formats/index.ts';
import type { Edition } from '../downloads/edition.ts';
import { partialNote } from '../i18n/partial-note.ts';
import { scripts, type Script } from '../i18n/scripts.ts';
import { converterBetween, converterTo, toTraditional } from '../i18n/to-traditional.ts';
import { ui } from '../i18n/ui.ts';
import rehypeConvertScript from '../render/rehype-convert-script.ts';
import { transformTree, treeHtml } from '../render/transform-tree.ts';
import { compilationTitle } from '../archive/compilations.ts';
import {
  type BuiltDownload,
  type CompilationEdition,
  type CompilationJob,
  type EditionSource,
  type ScriptText,
  type Speech,
  type SpeechEdition,
  speechOf,
  type WitnessText,
} from '../archive/edition.ts';
import { readSpeechBody, type SpeechBody } from '../archive/speech-body.ts';
import { countAlignments } from '../search/build/variants.ts';
import { witnessTexts } from '../search/build/witness-texts.ts';

/*
 * Compiles one raw file's speeches (src/archive/edition.ts says what goes in
 * and out): everything here is a function of the job alone, so that it runs
 * in the edition pool's worker threads and its result can be kept.
 */

/**
 * A speech in both scripts: the body parsed once, and each script's body
 * that tree converted from the speech's own script (text from the source's
 * characters, spoken labels from Simplified; ids and links stay), so the two
 * scripts share every anchor. In the script the source is written in, where
 * the labels need no conversion, the rendered HTML is kept as it is.
 */
function bothScripts(source: EditionSource): {
  text: Record<Script, ScriptText>;
  speeches: Record<Script, Speech>;
} {
  const { data } = source;
  const tree = fromHtml(source.html, { fragment: true });
  const texts = {} as Record<Script, ScriptText>;
  const speeches = {} as Record<Script, Speech>;
  for (const script of scripts) {
    const convert = converterBetween(data.sourceScript, script);
    const own = script === 'hans' && data.sourceScript === 'hans';
    const body = own
      ? tree
      : transformTree(tree, rehypeConvertScript, { text: convert, labels: converterTo(script) });
    const text: ScriptText = {
      title: convert(data.title),
      subtitle: data.subtitle && convert(data.subtitle),
      salutation: data.salutation && convert(data.salutation),
      partialNote: data.partial
        ? partialNote(data.partial, { ui: converterTo(script), quoted: convert })
        : null,
      html: own ? source.html : treeHtml(body),
      ...withoutTree(readSpeechBody(body)),
    };
    texts[script] = text;
    speeches[script] = speechOf(data, text, body);
  }
  return { text: texts, speeches };
}

function withoutTree({ tree: _, ...rest }: SpeechBody): Omit<SpeechBody, 'tree'> {
  return rest;
}

/**
 * A collated speech's witness readings in both scripts. They are written in
 * the script of the speech's source, as its apparatus is, and placed in its
 * paragraphs as that script's page gives them; the other script's are
 * converted, which keeps every reading's span, as conversion keeps length.
 */
function readingsOf(
  source: EditionSource,
  speeches: Record<Script, Speech>,
): Record<Script, WitnessText[]> {
  const { sourceScript, slug } = source.data;
  const texts = source.variants ? witnessTexts(source.variants, speeches[sourceScript].blocks) : [];
  const readings = {} as Record<Script, WitnessText[]>;
  for (const script of scripts) {
    const convert = converterBetween(sourceScript, script);
    readings[script] = texts.map((reading) => {
      const text = convert(reading.text);
      if (text.length !== reading.text.length)
        throw new Error(
          `${slug}: converting the reading "${reading.text.slice(0, 20)}" changed its length: expected conversion character for character`,
        );
      return { ...reading, text };
    });
  }
  return readings;
}

/** A title as a file name: characters that file systems refuse become a space. */
function fileName(title: string, extension: string): string {
  return `${title.replace(/[\\/:*?"<>|\u0000-\u001f]+/gu, ' ').trim()}.${extension}`;
}

/** Every format of one edition (a speech, or a compilation's speeches in order) in one script. */
function downloads(edition: Edition): BuiltDownload[] {
  const folder = edition.kind === 'speech' ? 'download/' : 'download/c/';
  return downloadFormats.map((format) => ({
    extension: format.extension,
    path: `${folder}${edition.slug}.${format.extension}`,
    fileName: fileName(edition.title, format.extension),
    bytes: format.build(edition),
  }));
}

/**
 * Where the corpus's Simplified and Traditional differ, for the variant
 * table: each block and reading paired with its whole text converted in one
 * piece and with the Traditional page's text as rendered (converted node by
 * node), so both agree.
 */
function alignmentsOf(
  editions: readonly SpeechEdition[],
): Pick<CompilationEdition, 'alignments' | 'characters'> {
  const characters = new Set<string>();
  const pairs = function* () {
    for (const { text, readings } of editions) {
      const blocks = [{ text: text.hans.title }, ...text.hans.blocks];
      const traditional = [{ text: text.hant.title }, ...text.hant.blocks];
      for (const [j, { text: hans }] of blocks.entries()) {
        for (const char of hans) if (!/\s/u.test(char)) characters.add(char);
        yield* [
          [hans, toTraditional(hans)],
          [hans, traditional[j]!.text],
        ] as const;
      }
      for (const [j, { text: hans }] of readings.hans.entries()) {
        for (const char of hans) if (!/\s/u.test(char)) characters.add(char);
        yield* [
          [hans, toTraditional(hans)],
          [hans, readings.hant[j]!.text],
        ] as const;
      }
    }
  };
  const alignments = countAlignments(pairs(), 1);
  return { alignments, characters: [...characters].join('') };
}

/** One compilation's editions: its speeches in both scripts, their downloads and the compilation's. */
export function compileEdition(job: CompilationJob): CompilationEdition {
  const built = new Date(job.built);
  const compiled = job.speeches.map(bothScripts);
  const speeches = compiled.map(({ speeches }) => speeches);
  const editions = job.speeches.map((source, i): SpeechEdition => ({
    text: compiled[i]!.text,
    readings: readingsOf(source, speeches[i]!),
  }));
  const variants = job.speeches.map((source) => source.variants);
  const result = {} as CompilationEdition['downloads'];
  for (const script of scripts) {
    // The file as ingest wrote it in the source's own script; converted only into the other one.
    const markdown = job.speeches.map(({ data, markdown }) =>
      script === data.sourceScript
        ? markdown
        : convertMarkdown(markdown, converterBetween(data.sourceScript, script)),
    );
    const own = speeches.map((speech) => speech[script]);
    result[script] = {
      speeches: own.map((speech, i) =>
        downloads({
          kind: 'speech',
          slug: speech.slug,
          script,
          title: speech.title,
          speeches: [speech],
          markdown: [markdown[i]!],
          variants: [variants[i]!],
          built,
        }),
      ),
      compilation: downloads({
        kind: 'compilation',
        slug: job.slug,
        script,
        title: compilationTitle(own, ui(script).compilationSuffix),
        speeches: own,
        markdown,
        variants,
        built,
      }),
    };
  }
  return { speeches: editions, downloads: result, ...alignmentsOf(editions) };
}
