import type Database from 'better-sqlite3';
import { BoundedCache } from '../../core/bounded-cache.js';
import type { BriefLibrary } from '../../core/library/brief-library.js';
import { Catalogue } from './catalogue.js';
import { KeyIndex } from './key-index.js';
import { openLibraryDb } from './library-db.js';
import { buildSnapshot, type CachedBrief, type LibrarySnapshot } from './library-snapshot.js';
import { type SyncReport, syncFolder } from './sync-folder.js';

export type { SyncReport } from './sync-folder.js';

export interface LibraryStoreOptions {
  /** The briefs folder (flat, *.json files, brief.schema.json ignored — use isBriefFileName). */
  dir: string;
  /** The SQLite file of the catalogue and index; its folder is created if missing. ':memory:' allowed. */
  dbFile: string;
  /** Briefs that arrived longer ago than this are archived (BRIEFS_KEEP_DAYS); 0 or Infinity = never. */
  keepDays: number;
  /** Clock for retention; default () => new Date(). */
  now?: () => Date;
  /** How many full briefs the cache holds (default 200). */
  cacheSize?: number;
  /** Keys held by at least this many briefs are checked in bitsets (default 1,000); tests set it low. */
  denseFrom?: number;
}

const DEFAULT_CACHE_SIZE = 200;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A brief library that lives on disk: the brief files stay in their folder, and a SQLite file keeps a
 * catalogue of them and an inverted index of their routing keys, so that a bot can answer from 100,000
 * briefs with only their summaries and a bounded cache of full briefs in memory. Each sync reads only the
 * files that are new or changed since the last one, this run or an earlier one.
 */
export class LibraryStore {
  private readonly catalogue: Catalogue;
  private readonly keys: KeyIndex;
  private readonly briefs: BoundedCache<string, CachedBrief>;
  private readonly now: () => Date;
  /** Docs written since the current library object was made: it must not lend them to the next one. */
  private readonly touched = new Set<number>();
  private current: LibrarySnapshot | undefined;
  /** The summaries of the last library object, reused by the next for the docs not touched since. */
  private previousSummaries: LibrarySnapshot['byDoc'] | undefined;
  /** SQLite's data_version when the current library object was made: it moves when another process syncs. */
  private seenDataVersion: number;

  private constructor(
    private readonly db: Database.Database,
    private readonly options: LibraryStoreOptions,
  ) {
    this.catalogue = new Catalogue(db);
    this.keys = new KeyIndex(db);
    this.briefs = new BoundedCache(Math.max(2, options.cacheSize ?? DEFAULT_CACHE_SIZE));
    this.now = options.now ?? (() => new Date());
    this.seenDataVersion = this.dataVersion();
  }

  /** Opens (creating if need be) the library file; nothing is read from the folder until `sync`. */
  static open(options: LibraryStoreOptions): LibraryStore {
    const { keepDays } = options;
    if (Number.isNaN(keepDays) || keepDays < 0)
      throw new RangeError(`keepDays must be 0 (keep for ever) or more days, got ${keepDays}`);
    return new LibraryStore(openLibraryDb(options.dbFile), options);
  }

  /**
   * Compares the folder with the catalogue by file name, size and mtime; reads and indexes only new or
   * changed files; drops removed ones; re-applies retention. With `files` (absolute or dir-joined paths),
   * looks only at those (what a folder watcher reports). Synchronous (fs sync + better-sqlite3).
   */
  sync(files?: readonly string[]): SyncReport {
    const now = this.now();
    const context = {
      dir: this.options.dir,
      db: this.db,
      catalogue: this.catalogue,
      keys: this.keys,
      cutoffMs: retentionCutoffMs(now, this.options.keepDays),
      now,
      touched: this.touched,
    };
    const report = syncFolder(context, files);
    // A library object stays as it was; the next `library()` call makes one with this sync's changes.
    if (this.touched.size > 0) this.current = undefined;
    return report;
  }

  /**
   * The library as it is now: a new object after each sync that changed anything (callers cache per
   * library object), the same one otherwise.
   */
  library(): BriefLibrary {
    const dataVersion = this.dataVersion();
    if (dataVersion !== this.seenDataVersion) {
      // Another process (a replica sharing the file) synced: nothing this one remembers can be trusted.
      this.seenDataVersion = dataVersion;
      this.current = undefined;
      this.previousSummaries = undefined;
    }
    if (!this.current) {
      const source = {
        dir: this.options.dir,
        catalogue: this.catalogue,
        keys: this.keys,
        briefs: this.briefs,
        denseFrom: this.options.denseFrom,
      };
      this.current = buildSnapshot(source, this.previousSummaries, this.touched);
      this.previousSummaries = this.current.byDoc;
      this.touched.clear();
    }
    return this.current;
  }

  close(): void {
    this.db.close();
  }

  private dataVersion(): number {
    return this.db.pragma('data_version', { simple: true }) as number;
  }
}

/** Arrivals before this instant are archived; keepDays 0 or Infinity keeps every brief. */
function retentionCutoffMs(now: Date, keepDays: number): number {
  if (keepDays === 0 || !Number.isFinite(keepDays)) return Number.NEGATIVE_INFINITY;
  return now.getTime() - keepDays * DAY_MS;
}
