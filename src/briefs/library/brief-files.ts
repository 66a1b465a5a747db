import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isBriefFileName, type ParsedBriefFile, parseBriefFile } from '../load-briefs.js';
import type { FileStamp } from './catalogue.js';

/**
 * The brief files of a folder with their stamps, by file name. A stat per file and no reads: this is the
 * whole cost of a start-up sync when nothing changed.
 */
export function stampFolder(dir: string): Map<string, FileStamp> {
  const stamps = new Map<string, FileStamp>();
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!isBriefFileName(entry.name) || entry.isDirectory()) continue;
    const stamp = stampFile(join(dir, entry.name));
    if (stamp) stamps.set(entry.name, stamp);
  }
  return stamps;
}

/** The stamp of a file; undefined when it is missing or not a regular file. */
export function stampFile(path: string): FileStamp | undefined {
  const stats = statSync(path, { throwIfNoEntry: false });
  if (!stats?.isFile()) return undefined;
  return { size: stats.size, mtimeMs: stats.mtimeMs };
}

export function sameStamp(a: FileStamp, b: FileStamp): boolean {
  return a.size === b.size && a.mtimeMs === b.mtimeMs;
}

/**
 * Reads and validates one brief file; undefined when it has gone since it was listed. Never throws: a file
 * that cannot be read is a problem of that file.
 */
export function readBriefFileSync(path: string): ParsedBriefFile | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    return { problems: [{ file: path, field: '', message: `cannot be read: ${(error as Error).message}` }] };
  }
  return parseBriefFile(path, text);
}
