import { type FSWatcher, watch } from 'node:fs';
import { access } from 'node:fs/promises';
import { basename, join } from 'node:path';
import {
  assembleLibrary,
  isBriefFileName,
  type LoadedBriefs,
  listBriefFiles,
  type ParsedBriefFile,
  readBriefFile,
} from './load-briefs.js';

export interface BriefWatcher {
  /** The library as read when watching began: changes after this reach `onChange`. */
  initial: LoadedBriefs;
  close(): void;
}

export interface WatchOptions {
  /** Quiet time after the last change before the library is rebuilt: an editor saves in several steps. */
  settleMs?: number;
  onError?: (error: unknown) => void;
}

/**
 * Keeps a library in step with its folder: briefs added, changed or removed are picked up without a
 * restart. Only the files that changed are read again; `onChange` gets the whole library each time
 * (a new array, so caches keyed on the old one are left behind).
 */
export async function watchBriefs(
  dir: string,
  onChange: (library: LoadedBriefs) => void,
  options: WatchOptions = {},
): Promise<BriefWatcher> {
  const parsed = new Map<string, ParsedBriefFile>();
  for (const file of await listBriefFiles(dir)) parsed.set(file, await readBriefFile(file));
  const changed = new Set<string>();
  let timer: NodeJS.Timeout | undefined;

  const refresh = async () => {
    const files = [...changed];
    changed.clear();
    for (const file of files) {
      const result = (await exists(file)) ? await readBriefFile(file).catch(() => undefined) : undefined;
      // Gone, or gone between the look and the read.
      if (result) parsed.set(file, result);
      else parsed.delete(file);
    }
    onChange(assembleLibrary(parsed));
  };

  const watcher: FSWatcher = watch(dir, (_event, name) => {
    // Some platforms do not name the file: then every file is looked at again.
    const names = name ? [basename(name.toString())] : [...parsed.keys()].map((file) => basename(file));
    for (const each of names) if (isBriefFileName(each)) changed.add(join(dir, each));
    if (changed.size === 0) return;
    clearTimeout(timer);
    timer = setTimeout(() => refresh().catch((error) => options.onError?.(error)), options.settleMs ?? 150);
  });
  watcher.on('error', (error) => options.onError?.(error));

  return {
    initial: assembleLibrary(parsed),
    close() {
      clearTimeout(timer);
      watcher.close();
    },
  };
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}
