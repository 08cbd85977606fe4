import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { Script } from '../i18n/scripts.ts';
import type {
  BuiltDownload,
  CompilationEdition,
  CompilationJob,
  SpeechEdition,
} from './edition.ts';

/*
 * Compiled editions kept between builds, one folder per compilation named
 * by the hash of everything its edition is made from (the job) and of the
 * code that makes it: a rebuild compiles only the raw files that changed,
 * and a changed line of code changes every key. Each folder holds
 * edition.bin (the edition, v8-serialised, downloads by file name) and the
 * downloads themselves, which the build copies, never holds in memory.
 */

/** A download as kept: its bytes in a file of the cache. */
export interface KeptDownload extends Omit<BuiltDownload, 'bytes'> {
  /** Absolute path of the bytes. */
  file: string;
  size: number;
}

export interface KeptEdition {
  speeches: SpeechEdition[];
  downloads: Record<Script, { speeches: KeptDownload[][]; compilation: KeptDownload[] }>;
  alignments: [string, number][];
  characters: string;
}

const editionFile = 'edition.bin';

/** The key of a job under a version of the code. */
export function editionKey(job: CompilationJob, codeVersion: string): string {
  return createHash('sha256')
    .update(codeVersion)
    .update('\n')
    .update(JSON.stringify(job))
    .digest('hex');
}

/** A kept edition, or null when this key was never written. */
export function readEdition(dir: string, key: string): KeptEdition | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(join(dir, key, editionFile));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  return absolute(deserialize(bytes) as KeptEdition, join(dir, key));
}

/**
 * Keeps an edition under its key and returns it as kept. Written beside the
 * final folder and renamed into place, so a build stopped halfway leaves no
 * half-written entry; if another build wrote the same key meanwhile, its
 * copy (the same bytes) stays.
 */
export function writeEdition(dir: string, key: string, edition: CompilationEdition): KeptEdition {
  const temporary = join(dir, `${key}.${randomUUID()}.tmp`);
  const keep = (download: BuiltDownload, script: Script): KeptDownload => {
    const file = join(script, download.path);
    mkdirSync(dirname(join(temporary, file)), { recursive: true });
    writeFileSync(join(temporary, file), download.bytes);
    const { bytes, ...rest } = download;
    return { ...rest, file, size: bytes.length };
  };
  const downloads = {} as KeptEdition['downloads'];
  for (const [script, { speeches, compilation }] of Object.entries(edition.downloads) as [
    Script,
    CompilationEdition['downloads'][Script],
  ][])
    downloads[script] = {
      speeches: speeches.map((files) => files.map((file) => keep(file, script))),
      compilation: compilation.map((file) => keep(file, script)),
    };
  const kept: KeptEdition = {
    speeches: edition.speeches,
    downloads,
    alignments: [...edition.alignments],
    characters: edition.characters,
  };
  mkdirSync(temporary, { recursive: true });
  writeFileSync(join(temporary, editionFile), serialize(kept));
  try {
    renameSync(temporary, join(dir, key));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw error;
    rmSync(temporary, { recursive: true, force: true });
  }
  return absolute(kept, join(dir, key));
}

function absolute(kept: KeptEdition, folder: string): KeptEdition {
  const at = (download: KeptDownload): KeptDownload => ({
    ...download,
    file: join(folder, download.file),
  });
  for (const files of Object.values(kept.downloads)) {
    files.speeches = files.speeches.map((speech) => speech.map(at));
    files.compilation = files.compilation.map(at);
  }
  return kept;
}
