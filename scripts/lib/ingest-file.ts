/** Reading and ingesting one raw file, the unit of work the CLI runs in parallel. */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { ingestSource, IngestError, type IngestResult } from '../../src/ingest/index.ts';

export interface IngestJob {
  file: string;
  allowPartial: boolean;
}

/** A file ingested, or refused with the path the reason concerns and the reason, on one line. */
export type IngestOutcome =
  | { file: string; result: IngestResult }
  | { file: string; refused: { path: string; reason: string } };

export async function ingestOne({ file, allowPartial }: IngestJob): Promise<IngestOutcome> {
  try {
    const bytes = readInput(file);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    return { file, result: await ingestSource(bytes, basename(file), { sha256, allowPartial }) };
  } catch (error) {
    if (error instanceof IngestError) {
      return { file, refused: { path: error.file ?? file, reason: oneLine(error.message) } };
    }
    if (error instanceof InputError)
      return { file, refused: { path: file, reason: error.message } };
    throw error;
  }
}

class InputError extends Error {}

function readInput(file: string): Uint8Array {
  let directory: boolean;
  try {
    directory = statSync(file).isDirectory();
  } catch (error) {
    throw new InputError(
      `cannot read file (${systemReason(error)}); expected a readable raw page or document`,
    );
  }
  if (directory) throw new InputError('is a directory; expected a raw page or document');
  try {
    return readFileSync(file);
  } catch (error) {
    throw new InputError(
      `cannot read file (${systemReason(error)}); expected a readable raw page or document`,
    );
  }
}

export function systemReason(error: unknown): string {
  const code = error instanceof Error && 'code' in error ? String(error.code) : 'unknown error';
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES') return 'permission denied';
  return code;
}

export function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/gu, ' ');
}
