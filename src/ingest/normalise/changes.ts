/**
 * Every change ingest makes to the scraped text, by kind, with what was
 * removed or replaced, so the report (and /source/) can account for each one.
 */
export const CHANGE_KINDS = [
  'html-entity',
  'ideograph-variant',
  'invisible-character',
  'space',
  'page-number',
  'watermark',
  'running-head',
  'anti-copy-glyph',
  'pinyin-reading',
  'emoji',
  'page-title-copy',
  'line-join',
  'markup',
  'note',
] as const;

export type ChangeKind = (typeof CHANGE_KINDS)[number];

export interface ChangeItem {
  /** The text as scraped (for a replacement: `before → after`). */
  text: string;
  count: number;
}

export interface Change {
  kind: ChangeKind;
  count: number;
  /** Distinct removed or replaced strings, most frequent first. */
  items: ChangeItem[];
}

/** Collects changes while the stages run; `record` is the only way a stage reports one. */
export class ChangeLog {
  readonly #items = new Map<ChangeKind, Map<string, number>>();

  record(kind: ChangeKind, text: string, count = 1): void {
    let items = this.#items.get(kind);
    if (!items) {
      items = new Map();
      this.#items.set(kind, items);
    }
    items.set(text, (items.get(text) ?? 0) + count);
  }

  count(kind: ChangeKind): number {
    let total = 0;
    for (const count of this.#items.get(kind)?.values() ?? []) total += count;
    return total;
  }

  /** Kinds in their fixed order, only those that occurred. */
  toJSON(): Change[] {
    return CHANGE_KINDS.flatMap((kind) => {
      const items = this.#items.get(kind);
      if (!items) return [];
      const list = [...items]
        .map(([text, count]) => ({ text, count }))
        .sort((a, b) => b.count - a.count);
      return [{ kind, count: this.count(kind), items: list }];
    });
  }
}

/** Replaces every match of `pattern` (global), recording what it removed or replaced. */
export function replaceRecorded(
  text: string,
  pattern: RegExp,
  log: ChangeLog,
  kind: ChangeKind,
  replacement: (match: string, ...groups: string[]) => string,
  describe: (match: string, replaced: string) => string = (match) => match,
): string {
  return text.replace(pattern, (match: string, ...rest: unknown[]) => {
    const groups = rest
      .filter((value): value is string => typeof value === 'string' || value === undefined)
      .map((value) => value ?? '');
    const replaced = replacement(match, ...groups);
    if (replaced !== match) log.record(kind, describe(match, replaced));
    return replaced;
  });
}
