import { basename, dirname, join, resolve } from 'node:path';
import { isBriefFileName } from '../load-briefs.js';
import { sameStamp, stampFile, stampFolder } from './brief-files.js';
import type { Catalogue, FileStamp } from './catalogue.js';

/** What a sync must do, by file name: nothing is read while planning, only stat'ed. */
export interface SyncPlan {
  /** Files the catalogue knows (as briefs or as skipped files) that are no longer there. */
  removed: string[];
  /** New files and files whose stamp changed, sorted: the first file of a repeated id keeps it. */
  changed: [name: string, stamp: FileStamp][];
  /** Files looked at and found as the catalogue has them. */
  unchanged: number;
}

/** The whole folder against the whole catalogue: one listing, a stat per file, one query per table. */
export function planFolder(dir: string, catalogue: Catalogue): SyncPlan {
  const onDisk = stampFolder(dir);
  const entries = catalogue.entries();
  const skipped = catalogue.skippedEntries();
  const plan: SyncPlan = { removed: [], changed: [], unchanged: 0 };
  for (const name of [...entries.keys(), ...skipped.keys()]) {
    if (!onDisk.has(name)) plan.removed.push(name);
  }
  for (const [name, stamp] of onDisk) {
    const known = entries.get(name) ?? skipped.get(name);
    if (known && sameStamp(known, stamp)) plan.unchanged += 1;
    else plan.changed.push([name, stamp]);
  }
  plan.changed.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return plan;
}

/** Only the files a watcher reported; paths outside the folder and non-brief files are ignored. */
export function planFiles(dir: string, files: readonly string[], catalogue: Catalogue): SyncPlan {
  const plan: SyncPlan = { removed: [], changed: [], unchanged: 0 };
  const names = new Set<string>();
  for (const file of files) {
    const name = nameInFolder(dir, file);
    if (name !== undefined && isBriefFileName(name)) names.add(name);
  }
  for (const name of [...names].sort()) {
    const stamp = stampFile(join(dir, name));
    const known = catalogue.byFile(name) ?? catalogue.skippedEntry(name);
    if (!stamp) {
      if (known) plan.removed.push(name);
    } else if (known && sameStamp(known, stamp)) plan.unchanged += 1;
    else plan.changed.push([name, stamp]);
  }
  return plan;
}

/** The file name of `file` when it lies directly in `dir`: a bare name, or a path (absolute or dir-joined). */
function nameInFolder(dir: string, file: string): string | undefined {
  const name = basename(file);
  if (name === file) return name;
  return dirname(resolve(file)) === resolve(dir) ? name : undefined;
}
