import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { type ArticleInput, IngestError } from '../article-input.js';
import { asIngestError } from './as-ingest-error.js';
import { ARTICLE_EXTENSIONS, isArticleFile, readArticleFile } from './read-file.js';

/** Says something worth knowing that is not a failure, e.g. a file skipped in a folder. */
export type Note = (message: string) => void;

/** The articles of files and folders, read here, in the order `articlePaths` finds them. */
export async function* fileArticles(
  paths: readonly string[],
  note: Note,
): AsyncGenerator<ArticleInput | IngestError> {
  for await (const path of articlePaths(paths, note)) {
    yield path instanceof IngestError ? path : await attempt(path);
  }
}

/**
 * The article files of files and folders, in the order given (a folder's files sorted by name, subfolders
 * included), or the IngestError that says why a path cannot be read, so that one bad input never stops the
 * rest. Files in folders that are not articles are skipped with a note; hidden files and folders are
 * passed over silently.
 */
export async function* articlePaths(
  paths: readonly string[],
  note: Note,
): AsyncGenerator<string | IngestError> {
  for (const path of paths) {
    const kind = await stat(path).then(
      (stats) => (stats.isDirectory() ? 'folder' : 'file'),
      (error: NodeJS.ErrnoException) => error,
    );
    if (kind === 'file') yield path;
    else if (kind === 'folder') {
      const found = yield* folderArticles(path, note, new Set());
      if (found === 0) note(`no article files in ${path}`);
    } else yield new IngestError(path, missing(kind));
  }
}

/** Yields a folder's article files; returns how many it held. */
async function* folderArticles(
  dir: string,
  note: Note,
  seen: Set<string>,
): AsyncGenerator<string | IngestError, number> {
  const real = await realpath(dir).catch(() => dir);
  if (seen.has(real)) return 0;
  seen.add(real);
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    yield new IngestError(dir, `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    return 1;
  }
  let found = 0;
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    const isFolder = entry.isDirectory() || (entry.isSymbolicLink() && (await isFolderPath(path)));
    if (isFolder) {
      found += yield* folderArticles(path, note, seen);
    } else if (isArticleFile(path)) {
      found++;
      yield path;
    } else {
      note(`skipped ${path}: not an article file (${ARTICLE_EXTENSIONS.join(', ')})`);
    }
  }
  return found;
}

async function attempt(path: string): Promise<ArticleInput | IngestError> {
  return readArticleFile(path).catch((error: unknown) => asIngestError(path, error));
}

async function isFolderPath(path: string): Promise<boolean> {
  return stat(path).then(
    (stats) => stats.isDirectory(),
    () => false,
  );
}

function missing(error: NodeJS.ErrnoException): string {
  if (error.code === 'ENOENT') return 'does not exist; give a file or a folder of articles';
  return `cannot be read (${error.code ?? error.message})`;
}
