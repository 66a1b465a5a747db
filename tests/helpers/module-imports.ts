import { readdir } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

/** Every source file under a folder. */
export async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && /\.(ts|tsx|mts|cts|js|mjs|cjs)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

/** Every module a source text imports, re-exports, requires or loads dynamically. */
export function importsOf(source: string): string[] {
  return ts.preProcessFile(source, true, true).importedFiles.map((f) => f.fileName);
}

/** Whether a relative specifier, written in `fromFile`, points inside `folder`. */
export function isInside(folder: string, specifier: string, fromFile: string): boolean {
  const target = relative(folder, resolve(dirname(fromFile), specifier));
  return !target.startsWith('..') && !target.startsWith('/');
}
