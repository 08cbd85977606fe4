import { shardOf } from '../../src/search/core/grams.ts';
import {
  decodePostings,
  elsewhere,
  type Entry,
  listFile,
  readShard,
} from '../../src/search/core/postings.ts';

/**
 * A gram's slots as the browser reads them (src/search/browser/corpus.ts):
 * from its shard, or from the file of its own that the shard names, for an
 * index whose files `read` returns by name ("0.bin", "u7684.bin").
 */
export function gramSlots(
  read: (file: string) => Uint8Array,
  shards: number,
): { entry: (gram: string) => Entry | undefined; slots: (gram: string) => number[] } {
  const files = new Map<string, Map<string, Entry>>();
  const entryIn = (file: string, gram: string) => {
    if (!files.has(file)) files.set(file, readShard(read(file)));
    return files.get(file)!.get(gram);
  };
  const entry = (gram: string) => entryIn(`${shardOf(gram, shards)}.bin`, gram);
  return {
    entry,
    slots: (gram) => {
      let found = entry(gram);
      if (found?.kind === elsewhere) found = entryIn(listFile(gram), gram);
      if (found?.kind === elsewhere) throw new Error(`${listFile(gram)} holds no list`);
      return found ? decodePostings(found) : [];
    },
  };
}
