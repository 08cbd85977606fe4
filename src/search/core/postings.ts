/**
 * The binary shard format of the gram index, read in the browser (the build
 * writes it, src/search/build/gram-index.ts). A shard is a run of entries:
 *
 *   units: u8 · the gram's UTF-16 units: u16 LE each · header: LEB128 of
 *   (payload bytes << 1 | kind) · payload
 *
 * kind 0: the block slots in ascending order as LEB128 gaps from -1;
 * kind 1: a bitmap, bit (slot & 7) of byte (slot >> 3) set for each slot.
 * The build picks whichever is smaller, so dense lists stay a bit per slot.
 */

/** How a posting list is written: gaps (0) or a bitmap (1). */
export type PostingKind = 0 | 1;
export const gaps: PostingKind = 0;
export const bitmap: PostingKind = 1;

export interface Encoded {
  kind: PostingKind;
  bytes: Uint8Array;
}

/** Each gram in a shard with its undecoded posting list. */
export function readShard(buffer: Uint8Array): Map<string, Encoded> {
  const entries = new Map<string, Encoded>();
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
    const length = Math.floor(header / 2);
    if (at + length > buffer.length)
      throw new Error(`Truncated gram shard: "${gram}" expects ${length} bytes of postings`);
    entries.set(gram, {
      kind: header % 2 === 1 ? bitmap : gaps,
      bytes: buffer.subarray(at, at + length),
    });
    at += length;
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
