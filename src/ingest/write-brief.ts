import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { z } from 'zod';
import { type Brief, BriefSchema } from '../core/brief.schema.js';

/** Every brief file points editors at the schema next to it. */
export const BRIEF_SCHEMA_REF = './brief.schema.json';

export interface WrittenBrief {
  id: string;
  /** DIR/<id>.json */
  path: string;
  /** True when a brief with this id was already there and has been replaced. */
  updated: boolean;
}

const EarlierBrief = z.object({ addedAt: z.string() });

/**
 * Writes a brief as DIR/<id>.json (DIR created when missing): pretty JSON, `$schema` first, a trailing
 * newline, written to a temporary file and renamed over the old one, so a reader never sees half a brief.
 * Re-ingesting the same article (same id: same date and title) replaces its file and keeps the earlier
 * `addedAt`. Throws a ZodError when the brief is not valid, and nothing is written.
 */
export async function writeBrief(dir: string, brief: Brief): Promise<WrittenBrief> {
  const valid = BriefSchema.parse(brief);
  const path = join(dir, `${valid.id}.json`);
  const earlier = await readEarlier(path);
  const { $schema: _ignored, ...fields } = valid;
  let output: Brief = { $schema: BRIEF_SCHEMA_REF, ...fields };
  if (earlier.addedAt !== undefined) {
    const kept = BriefSchema.safeParse({ ...output, addedAt: earlier.addedAt });
    if (kept.success) output = { ...output, addedAt: kept.data.addedAt };
  }
  await mkdir(dir, { recursive: true });
  await writeAtomically(path, `${JSON.stringify(output, null, 2)}\n`);
  return { id: valid.id, path, updated: earlier.exists };
}

/** Whether the file exists and, when it parses, the addedAt it holds. */
async function readEarlier(path: string): Promise<{ exists: boolean; addedAt?: string }> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { exists: false };
    throw error;
  }
  try {
    const parsed = EarlierBrief.safeParse(JSON.parse(text));
    return parsed.success ? { exists: true, addedAt: parsed.data.addedAt } : { exists: true };
  } catch {
    return { exists: true };
  }
}

/** A hidden temporary name that does not end in .json, so that brief loaders never pick it up. */
async function writeAtomically(path: string, text: string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomUUID().slice(0, 8)}.tmp`);
  try {
    await writeFile(temporary, text, { flag: 'wx' });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
