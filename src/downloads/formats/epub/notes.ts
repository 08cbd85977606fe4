import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';
import type { ChapterNotes } from './book.ts';

/** Where a paragraph's note stands in its chapter: the same id as its item in the page's 校勘记. */
const noteId = (paragraph: number): string => `v-p${paragraph}`;

/**
 * Ends each paragraph that has other readings with an EPUB 3 note reference
 * to its note (epub:type="noteref", which readers open as a pop-up, and
 * role="doc-noteref" for assistive technology). The reference is the only
 * thing added: the paragraph's text before it stays the reading text.
 * `body` is the chapter's own copy and is changed in place. A note whose
 * paragraph is not in the body is refused: it would be a reading nothing
 * points to.
 */
export function addNoteReferences(body: ElementContent[], notes: ChapterNotes): void {
  const byParagraph = new Map(notes.items.map((note) => [`p${note.paragraph}`, note]));
  const found = new Set<string>();
  for (const node of body)
    visit(node, 'element', (element: Element) => {
      const id = element.properties.id;
      const note =
        element.tagName === 'p' && typeof id === 'string' ? byParagraph.get(id) : undefined;
      if (!note) return;
      found.add(`p${note.paragraph}`);
      element.children.push(
        h(
          'a',
          {
            className: ['variant-mark'],
            href: `#${noteId(note.paragraph)}`,
            'epub:type': 'noteref',
            role: 'doc-noteref',
            ariaLabel: note.markLabel,
          },
          notes.mark,
        ),
      );
    });
  const missing = [...byParagraph.keys()].filter((id) => !found.has(id));
  if (missing.length > 0)
    throw new Error(
      `the apparatus has readings for #${missing.join(', #')}: expected each to be a paragraph of the speech`,
    );
}

/**
 * The notes after the speech (epub:type="endnotes", role="doc-endnotes"):
 * the 校勘记 as the page prints it, each note linking back to its paragraph.
 */
export function notesSection(notes: ChapterNotes): Element {
  return h('section', { className: ['apparatus'], 'epub:type': 'endnotes', role: 'doc-endnotes' }, [
    h('h2', notes.heading),
    h('p', notes.intro),
    // Copies that agree throughout leave no readings: the intro alone says what was collated.
    notes.items.length === 0
      ? null
      : h(
          'ol',
          notes.items.map((note) =>
            h('li', { id: noteId(note.paragraph), 'epub:type': 'endnote' }, [
              h('p', [
                h('a', { href: `#p${note.paragraph}`, role: 'doc-backlink' }, note.label),
                `：${note.readings.join('；')}。`,
              ]),
            ]),
          ),
        ),
  ]);
}
