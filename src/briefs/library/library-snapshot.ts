import { join } from 'node:path';
import type { BoundedCache } from '../../core/bounded-cache.js';
import type { Brief } from '../../core/brief.schema.js';
import type { BriefLibrary, BriefSummary, RoutingIndex } from '../../core/library/brief-library.js';
import { readBriefFileSync, sameStamp } from './brief-files.js';
import type { Catalogue, FileStamp } from './catalogue.js';
import type { KeyIndex } from './key-index.js';
import { SnapshotIndex } from './snapshot-index.js';

/** A brief read in full, with the file and stamp it was read at: a later stamp means read it again. */
export interface CachedBrief {
  file: string;
  stamp: FileStamp;
  brief: Brief;
}

/** What every library object of one store shares. */
export interface SnapshotSource {
  dir: string;
  catalogue: Catalogue;
  keys: KeyIndex;
  briefs: BoundedCache<string, CachedBrief>;
  /** Keys held by at least this many briefs are checked in bitsets (see snapshot-index.ts). */
  denseFrom?: number | undefined;
}

/**
 * The library as one sync left it: summaries in memory (what lists and digests read), briefs in full read
 * from their files on demand through the shared cache, keys looked up in the persisted index.
 * `previous` is the summaries of the last library object: those not in `touched` are reused, not parsed.
 */
export function buildSnapshot(
  source: SnapshotSource,
  previous: ReadonlyMap<number, BriefSummary> | undefined,
  touched: ReadonlySet<number>,
): LibrarySnapshot {
  const byDoc = new Map<number, BriefSummary>();
  if (!previous || touched.size > previous.size / 4) {
    for (const [doc, summary] of source.catalogue.liveSummaries()) byDoc.set(doc, summary);
  } else {
    for (const doc of source.catalogue.liveDocs()) {
      const summary = (touched.has(doc) ? undefined : previous.get(doc)) ?? source.catalogue.summary(doc);
      if (summary) byDoc.set(doc, summary);
    }
  }
  return new LibrarySnapshot(source, byDoc);
}

export class LibrarySnapshot implements BriefLibrary {
  readonly summaries: readonly BriefSummary[];
  readonly index: RoutingIndex;

  /** `byDoc` in the library's order (by file name). */
  constructor(
    private readonly source: SnapshotSource,
    readonly byDoc: ReadonlyMap<number, BriefSummary>,
  ) {
    this.summaries = [...byDoc.values()];
    this.index = new SnapshotIndex(source.keys, byDoc, source.denseFrom);
  }

  /** A property, not a method, so that `const { brief } = library` works as it does for a memory library. */
  readonly brief = (id: string): Brief | undefined => {
    const entry = this.source.catalogue.byId(id);
    if (!entry) return undefined;
    const cached = this.source.briefs.get(id);
    if (cached && cached.file === entry.file && sameStamp(cached.stamp, entry)) return cached.brief;
    const parsed = readBriefFileSync(join(this.source.dir, entry.file));
    // Edited since the last sync into something else: not the brief asked for until a sync says so.
    if (!parsed || !('brief' in parsed) || parsed.brief.id !== id) return undefined;
    const stamp = { size: entry.size, mtimeMs: entry.mtimeMs };
    this.source.briefs.set(id, { file: entry.file, stamp, brief: parsed.brief });
    return parsed.brief;
  };
}
