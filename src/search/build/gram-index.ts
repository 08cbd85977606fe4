import { gramHash, longestGram } from '../core/grams.ts';
import {
  bitmap,
  elsewhere,
  type Encoded,
  gaps,
  listFile,
  type PostingKind,
  type Summary,
  summarisedSpeeches,
} from '../core/postings.ts';

/**
 * The gram index of a corpus (see src/search/core/grams.ts for what is indexed and
 * src/search/core/postings.ts for the format). Blocks are numbered by slot:
 * speech × slotsPerSpeech + block, the title being block 0, so that the
 * browser finds a candidate's speech and text chunk by arithmetic, with no
 * table to download.
 */
export interface GramIndex {
  /** A power of two, at least the most blocks any speech has. */
  slotsPerSpeech: number;
  /** The shard files, indexed by `shardOf(gram, shards.length)`. */
  shards: Uint8Array[];
  /** The lists kept apart, by file name (`listFile(gram)`), in gram order. */
  lists: Map<string, Uint8Array>;
}

/** Where the build puts each list: in the gram's shard up to `listBytes`, in a file of its own above. */
export interface IndexSizes {
  /** What a shard aims at: the number of shards is the power of two that brings the average under it. */
  shardBytes: number;
  listBytes: number;
}

/** Per speech, per block (title first), the block's folded texts: one per script, or one when the scripts fold alike. */
export type FoldedCorpus = readonly (readonly (readonly string[])[])[];

/** One gram's slots as LEB128 gaps, appended as blocks arrive in slot order, and their summary. */
class Postings {
  last = -1;
  readonly summary: Summary = { speeches: 0, first: [] };
  private lastSpeech = -1;
  private bytes = new Uint8Array(4);
  private length = 0;

  readonly gram: string;

  constructor(gram: string) {
    this.gram = gram;
  }

  add(slot: number, speech: number): void {
    if (speech !== this.lastSpeech) {
      this.lastSpeech = speech;
      this.summary.speeches++;
      if (this.summary.first.length < summarisedSpeeches)
        this.summary.first.push({ speech, blocks: 0 });
    }
    const first = this.summary.first.at(-1)!;
    if (first.speech === speech) first.blocks++;
    let gap = slot - this.last;
    this.last = slot;
    while (gap >= 0x80) {
      this.push((gap & 0x7f) | 0x80);
      gap = Math.floor(gap / 0x80);
    }
    this.push(gap);
  }

  /** Gaps or bitmap, whichever is smaller. */
  encode(): Encoded {
    const gapBytes = this.bytes.subarray(0, this.length);
    const bitmapLength = (this.last >> 3) + 1;
    if (bitmapLength >= this.length) return { kind: gaps, bytes: gapBytes };
    const bits = new Uint8Array(bitmapLength);
    let slot = -1;
    let value = 0;
    let scale = 1;
    for (const byte of gapBytes) {
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) {
        slot += value;
        bits[slot >> 3]! |= 1 << (slot & 7);
        value = 0;
        scale = 1;
      } else {
        scale *= 0x80;
      }
    }
    return { kind: bitmap, bytes: bits };
  }

  private push(byte: number): void {
    if (this.length === this.bytes.length) {
      const grown = new Uint8Array(this.bytes.length * 2);
      grown.set(this.bytes);
      this.bytes = grown;
    }
    this.bytes[this.length++] = byte;
  }
}

/** A number that names a gram of one to three UTF-16 units uniquely, so the build's map needs no substring per position. */
function gramKey(text: string, at: number, length: number): number {
  const a = text.charCodeAt(at);
  if (length === 1) return a;
  const b = text.charCodeAt(at + 1);
  if (length === 2) return 0x10000 * (a + 1) + b;
  return 0x100000000 * (a + 2) + 0x10000 * b + text.charCodeAt(at + 2);
}

function nextPowerOfTwo(value: number): number {
  let power = 1;
  while (power < value) power *= 2;
  return power;
}

/**
 * Builds the index: each list in its gram's shard, or, above
 * `sizes.listBytes`, in a file of its own with its summary in the shard,
 * so that a query's few shards stay small whatever the size of the corpus.
 */
export function buildGramIndex(corpus: FoldedCorpus, sizes: IndexSizes): GramIndex {
  const slotsPerSpeech = nextPowerOfTwo(Math.max(1, ...corpus.map((blocks) => blocks.length)));
  const postings = new Map<number, Postings>();
  corpus.forEach((blocks, speech) => {
    blocks.forEach((texts, block) => {
      const slot = speech * slotsPerSpeech + block;
      for (const text of texts) {
        for (let at = 0; at < text.length; at++) {
          for (let length = 1; length <= longestGram && at + length <= text.length; length++) {
            const key = gramKey(text, at, length);
            let list = postings.get(key);
            if (!list) postings.set(key, (list = new Postings(text.slice(at, at + length))));
            if (list.last !== slot) list.add(slot, speech);
          }
        }
      }
    });
  });

  const lists = new Map<string, Uint8Array>();
  const entries = [...postings.values()].map((list) => {
    const { kind, bytes } = list.encode();
    if (bytes.length <= sizes.listBytes)
      return { hash: gramHash(list.gram), entry: entry(list.gram, kind, bytes) };
    lists.set(listFile(list.gram), entry(list.gram, kind, bytes));
    return {
      hash: gramHash(list.gram),
      entry: entry(list.gram, elsewhere, new Uint8Array(summaryBytes(list.summary))),
    };
  });
  const total = entries.reduce((sum, { entry }) => sum + entry.length, 0);
  const count = nextPowerOfTwo(Math.ceil(total / sizes.shardBytes));
  const parts: Uint8Array[][] = Array.from({ length: count }, () => []);
  for (const { hash, entry } of entries) parts[hash & (count - 1)]!.push(entry);
  return { slotsPerSpeech, shards: parts.map(concat), lists };
}

/** One entry of a shard (src/search/core/postings.ts). */
function entry(gram: string, kind: PostingKind, payload: Uint8Array): Uint8Array {
  const header = leb128(payload.length * 4 + kind);
  const bytes = new Uint8Array(1 + 2 * gram.length + header.length + payload.length);
  bytes[0] = gram.length;
  for (let i = 0; i < gram.length; i++) {
    const unit = gram.charCodeAt(i);
    bytes[1 + 2 * i] = unit & 0xff;
    bytes[2 + 2 * i] = unit >> 8;
  }
  bytes.set(header, 1 + 2 * gram.length);
  bytes.set(payload, 1 + 2 * gram.length + header.length);
  return bytes;
}

function summaryBytes({ speeches, first }: Summary): number[] {
  let last = -1;
  return [
    ...leb128(speeches),
    ...first.flatMap(({ speech, blocks }) => {
      const gap = speech - last;
      last = speech;
      return [...leb128(gap), ...leb128(blocks)];
    }),
  ];
}

function leb128(value: number): number[] {
  const bytes: number[] = [];
  while (value >= 0x80) {
    bytes.push((value & 0x7f) | 0x80);
    value = Math.floor(value / 0x80);
  }
  bytes.push(value);
  return bytes;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
