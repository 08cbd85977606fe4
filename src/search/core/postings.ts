/**
 * The binary shard format of the gram index, read in the browser (the build
 * writes it, src/search/build/gram-index.ts). A shard is a run of entries:
 *
 *   units: u8 · the gram's UTF-16 units: u16 LE each · header: LEB128 of
 *   (payload bytes × 4 + kind) · payload
 *
 * kind 0: the block slots in ascending order as LEB128 gaps from -1;
 * kind 1: a bitmap, bit (slot & 7) of byte (slot >> 3) set for each slot;
 * kind 2: a list too long to share a shard, kept in a file of its own
 *   (`listFile(gram)`, next to the shards: one entry of kind 0 or 1). The
 *   payload is the list's summary: LEB128 of how many speeches it names,
 *   then, for each of its first `summarisedSpeeches` speeches, LEB128 of the
 *   speech's gap from the one before (from -1) and of its blocks in the list.
 *
 * The build picks whichever of gaps and bitmap is smaller, so dense lists
 * stay a bit per slot. The few grams in most blocks (的, 工作…) have lists
 * of tens of KB, and a shard holding one cost every query that hashed to it
 * that much; kept apart, they are fetched only by a query that needs the
 * list itself, and the no-hit help, which names a word's first speeches and
 * counts the rest, reads their summary instead.
 */

/** How a posting list is written: gaps (0), a bitmap (1), or in a file of its own (2). */
export type PostingKind = 0 | 1 | 2;
export const gaps = 0;
export const bitmap = 1;
export const elsewhere = 2;

export interface Encoded {
  kind: typeof gaps | typeof bitmap;
  bytes: Uint8Array;
}

/** The speeches a list names, and the blocks it names in each of its first few. */
export interface Summary {
  speeches: number;
  first: { speech: number; blocks: number }[];
}

/** A gram's entry in its shard: its list, or where the list is and what it holds. */
export type Entry = Encoded | { kind: typeof elsewhere; summary: Summary };

/** Speeches a summary names by number: as many as the no-hit help names per word. */
export const summarisedSpeeches = 3;

/** The file, next to the shards, of a gram whose list is kept apart: its UTF-16 units in hex. */
export function listFile(gram: string): string {
  let name = 'u';
  for (let i = 0; i < gram.length; i++) name += gram.charCodeAt(i).toString(16).padStart(4, '0');
  return `${name}.bin`;
}

/** The summary of a list of ascending slots. */
export function summarise(slots: readonly number[], slotsPerSpeech: number): Summary {
  const summary: Summary = { speeches: 0, first: [] };
  let last = -1;
  for (const slot of slots) {
    const speech = Math.floor(slot / slotsPerSpeech);
    if (speech !== last) {
      summary.speeches++;
      last = speech;
      if (summary.first.length < summarisedSpeeches) summary.first.push({ speech, blocks: 0 });
    }
    const first = summary.first.at(-1)!;
    if (first.speech === speech) first.blocks++;
  }
  return summary;
}

/** Each gram in a shard with its undecoded posting list, or its summary where the list is kept apart. */
export function readShard(buffer: Uint8Array): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  let at = 0;
  const varint = () => {
    let value = 0;
    let scale = 1;
    for (;;) {
      const byte = buffer[at++];
      if (byte === undefined) throw new Error('Truncated gram shard: expected a LEB128 number');
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
      scale *= 0x80;
    }
  };
  while (at < buffer.length) {
    const units = buffer[at++]!;
    let gram = '';
    for (let i = 0; i < units; i++, at += 2)
      gram += String.fromCharCode(buffer[at]! | (buffer[at + 1]! << 8));
    const header = varint();
    const kind = header % 4;
    const length = Math.floor(header / 4);
    const end = at + length;
    if (end > buffer.length)
      throw new Error(`Truncated gram shard: "${gram}" expects ${length} bytes of postings`);
    if (kind === gaps || kind === bitmap) {
      entries.set(gram, { kind, bytes: buffer.subarray(at, end) });
    } else if (kind === elsewhere) {
      const summary: Summary = { speeches: varint(), first: [] };
      for (let speech = -1; at < end;) {
        speech += varint();
        summary.first.push({ speech, blocks: varint() });
      }
      if (at !== end) throw new Error(`Truncated gram shard: the summary of "${gram}" overruns it`);
      entries.set(gram, { kind, summary });
    } else {
      throw new Error(`Gram shard: "${gram}" has list kind ${kind}; expected 0, 1 or 2`);
    }
    at = end;
  }
  return entries;
}

/** The slots of an encoded posting list, ascending. */
export function decodePostings({ kind, bytes }: Encoded): number[] {
  const slots: number[] = [];
  if (kind === bitmap) {
    bytes.forEach((byte, i) => {
      for (let bit = 0; bit < 8; bit++) if (byte & (1 << bit)) slots.push(i * 8 + bit);
    });
    return slots;
  }
  let slot = -1;
  let value = 0;
  let scale = 1;
  for (const byte of bytes) {
    value += (byte & 0x7f) * scale;
    if (byte < 0x80) {
      slot += value;
      slots.push(slot);
      value = 0;
      scale = 1;
    } else {
      scale *= 0x80;
    }
  }
  return slots;
}

/** The slots in every list (each ascending): a merge that walks the shortest list and advances a cursor in each other. */
export function intersect(lists: readonly (readonly number[])[]): number[] {
  if (lists.length === 0) return [];
  const [shortest, ...rest] = [...lists].sort((a, b) => a.length - b.length);
  const cursors = rest.map(() => 0);
  return shortest!.filter((slot) =>
    rest.every((list, i) => {
      let at = cursors[i]!;
      while (at < list.length && list[at]! < slot) at++;
      cursors[i] = at;
      return list[at] === slot;
    }),
  );
}
