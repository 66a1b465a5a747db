import { type FSWatcher, watch } from 'node:fs';
import { basename, join } from 'node:path';
import { isBriefFileName } from './load-briefs.js';

export interface BriefWatcher {
  close(): void;
}

export interface WatchOptions {
  /** Quiet time after the last change before it is reported: an editor saves in several steps. */
  settleMs?: number;
  onError?: (error: unknown) => void;
}

/**
 * Follows a briefs folder: each settled burst of changes reaches `onChange` as the brief files it touched
 * (added, changed or removed alike), or as `undefined` when the platform did not name a file and the whole
 * folder must be looked at. Nothing is read here: the library reads only the files named.
 */
export function watchBriefs(
  dir: string,
  onChange: (files: readonly string[] | undefined) => void,
  options: WatchOptions = {},
): BriefWatcher {
  const changed = new Set<string>();
  let unnamed = false;
  let timer: NodeJS.Timeout | undefined;

  const report = () => {
    const files = unnamed ? undefined : [...changed];
    changed.clear();
    unnamed = false;
    try {
      onChange(files);
    } catch (error) {
      options.onError?.(error);
    }
  };

  const watcher: FSWatcher = watch(dir, (_event, name) => {
    if (name === null) unnamed = true;
    else if (isBriefFileName(basename(name.toString()))) changed.add(join(dir, basename(name.toString())));
    else return;
    clearTimeout(timer);
    timer = setTimeout(report, options.settleMs ?? 150);
  });
  watcher.on('error', (error) => options.onError?.(error));

  return {
    close() {
      clearTimeout(timer);
      watcher.close();
    },
  };
}
