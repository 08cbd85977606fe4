import { randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';

/*
 * Values kept between builds, one v8-serialised file each (what worker
 * threads can send, a file can keep), under a name the caller derives from
 * everything the value is made from.
 */

/** The value kept in `file`, or null when none was. */
export function readKept<T>(file: string): T | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  return deserialize(bytes) as T;
}

/** Keeps `value` in `file`: written beside it and renamed into place, so a run stopped halfway leaves no half-written file. */
export function keep(file: string, value: unknown): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${randomUUID()}.tmp`;
  writeFileSync(temporary, serialize(value));
  renameSync(temporary, file);
}

/** Removes everything in `dir` but `names` (and any half-written file): the cache holds one archive, not its history. */
export function pruneExcept(dir: string, names: ReadonlySet<string>): void {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of entries)
    if (!names.has(name)) rmSync(join(dir, name), { recursive: true, force: true });
}
