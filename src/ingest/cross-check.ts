import type { StatedBlock } from './read/document.ts';
import type { Speech } from './types.ts';

/** What a paragraph is read as; `absent` is a stated block the text rules left outside every speech. */
export const STRUCTURE_ROLES = [
  'title',
  'heading-2',
  'heading-3',
  'lead',
  'paragraph',
  'absent',
] as const;

export type StructureRole = (typeof STRUCTURE_ROLES)[number];

/** How the document and the text rules each read one paragraph. */
export interface Disagreement {
  text: string;
  /** What the document's markup says it is. */
  document: StructureRole;
  /** What the text rules made of it. */
  rules: StructureRole;
}

export interface CrossCheck {
  /** Stated blocks the rules read the same way. */
  agreed: number;
  disagreements: Disagreement[];
}

type Role =
  | { kind: 'title' }
  | { kind: 'heading'; depth: 2 | 3 }
  | { kind: 'paragraph' }
  | { kind: 'lead'; lead: string };

/** Letters and digits only: markup, spacing and punctuation width differ between a document's runs and the published text. */
function fold(text: string): string {
  return text.replace(/[^\p{L}\p{N}]/gu, '');
}

function describe(role: Role | undefined): StructureRole {
  if (role === undefined) return 'absent';
  if (role.kind === 'heading') return `heading-${role.depth}`;
  return role.kind;
}

function describeStated(block: StatedBlock): StructureRole {
  if (block.role === 'heading') return block.depth === 1 ? 'title' : `heading-${block.depth}`;
  return block.role;
}

/**
 * The structure a document states (its heading styles and bold runs) set
 * against the structure the text rules found, so that where they differ the
 * report says so instead of either silently winning. The published text
 * follows the rules, which every format shares; a disagreement is for an
 * editor to look at.
 */
export function crossCheck(
  stated: readonly StatedBlock[],
  speeches: readonly Speech[],
  compilationTitle: string | null,
): CrossCheck | null {
  if (stated.length === 0) return null;
  const roles = new Map<string, Role>();
  if (compilationTitle !== null) roles.set(fold(compilationTitle), { kind: 'title' });
  const paragraphs: { folded: string; role: Role }[] = [];
  for (const speech of speeches) {
    roles.set(fold(speech.title), { kind: 'title' });
    for (const block of speech.blocks) {
      if (block.kind === 'heading') {
        roles.set(fold(block.text), { kind: 'heading', depth: block.depth });
      } else {
        const role: Role =
          block.lead === null ? { kind: 'paragraph' } : { kind: 'lead', lead: block.lead };
        paragraphs.push({ folded: fold(`${block.lead ?? ''}${block.text}`), role });
      }
    }
  }
  let agreed = 0;
  const disagreements: Disagreement[] = [];
  const seen = new Set<string>();
  for (const block of stated) {
    const folded = fold(block.text);
    const key = `${block.role}:${folded}`;
    if (folded === '' || seen.has(key)) continue;
    seen.add(key);
    const role =
      roles.get(folded) ??
      paragraphs.find((paragraph) => paragraph.folded.startsWith(folded))?.role;
    if (agrees(block, role)) {
      agreed++;
    } else {
      disagreements.push({
        text: block.text.trim(),
        document: describeStated(block),
        rules: describe(role),
      });
    }
  }
  return { agreed, disagreements };
}

function agrees(block: StatedBlock, role: Role | undefined): boolean {
  if (role === undefined) return false;
  if (block.role === 'title' || (block.role === 'heading' && block.depth === 1))
    return role.kind === 'title';
  if (block.role === 'heading') return role.kind === 'heading' && role.depth === block.depth;
  return role.kind === 'lead' && fold(role.lead) === fold(block.text);
}
