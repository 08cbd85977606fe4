import { getCollection } from 'astro:content';
import type { Script } from '../i18n/scripts.ts';
import { converterTo } from '../i18n/to-traditional.ts';
import type { NoteData } from '../schemas/note.ts';
import { loadSpeeches, type Speech } from './speeches.ts';

/** An editorial note (content/notes.yaml), its text in the page's script. */
export type Note = NoteData;

const cache = new Map<Script, Promise<Note[]>>();

function loadNotes(script: Script): Promise<Note[]> {
  let notes = cache.get(script);
  if (!notes) {
    notes = read(script);
    cache.set(script, notes);
  }
  return notes;
}

async function read(script: Script): Promise<Note[]> {
  const convert = converterTo(script);
  const [entries, speeches] = await Promise.all([getCollection('notes'), loadSpeeches(script)]);
  const slugs = new Set(speeches.map((speech) => speech.slug));
  return entries.map(({ data }) => {
    // A note outliving its speech would vanish unseen: stop the build instead.
    if (!slugs.has(data.speech))
      throw new Error(
        `content/notes.yaml: note "${data.id}" is about ${data.speech}, which the archive does not hold`,
      );
    return {
      ...data,
      heading: convert(data.heading),
      paragraphs: data.paragraphs.map(convert),
    };
  });
}

/** The notes about these speeches, in the speeches' order. */
export async function notesAbout(
  script: Script,
  speeches: readonly Pick<Speech, 'slug'>[],
): Promise<Note[]> {
  const notes = await loadNotes(script);
  return speeches.flatMap((speech) => notes.filter((note) => note.speech === speech.slug));
}
