import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { briefKeys } from '../../core/answer/brief-keys.js';
import type { Brief } from '../../core/brief.schema.js';
import type { BriefProblem } from '../load-briefs.js';
import { readBriefFileSync, sameStamp, stampFile } from './brief-files.js';
import { arrivalMs, summarize } from './brief-summary.js';
import type { Catalogue, CatalogueEntry, FileStamp } from './catalogue.js';
import type { KeyIndex } from './key-index.js';
import { planFiles, planFolder } from './sync-plan.js';

/**
 * What a sync did. Counts are of briefs (ids): a file whose id changed is one brief removed and one added;
 * a file that became invalid is a brief removed. A new brief that arrived already past retention counts as
 * added and archived.
 */
export interface SyncReport {
  added: number;
  changed: number;
  removed: number;
  unchanged: number;
  /** Briefs moved out of (archived) / back into (restored) the answer library by this sync. */
  archived: number;
  restored: number;
  /** How many files were read and parsed (tests use this to prove unchanged files are not re-read). */
  read: number;
  /** Every file that cannot be used, including ones skipped at an earlier sync and unchanged since. */
  problems: BriefProblem[];
}

export interface SyncContext {
  dir: string;
  db: Database.Database;
  catalogue: Catalogue;
  keys: KeyIndex;
  /** Briefs arriving before this instant are archived (-Infinity: none). */
  cutoffMs: number;
  now: Date;
  /** Gets the doc number of every brief whose summary or state this sync wrote. */
  touched: Set<number>;
}

/** Files per transaction: a crash loses at most one batch, and a long first build commits as it goes. */
const BATCH_SIZE = 500;

/** Briefs taken out of the index by one sync above which it is cheaper to merge the index once at the end. */
const BULK_REMOVAL = 1000;

/** Brings the catalogue and the key index in line with the folder (or with `files` of it). */
export function syncFolder(context: SyncContext, files?: readonly string[]): SyncReport {
  return new SyncRun(context).run(files);
}

class SyncRun {
  private readonly report: SyncReport = {
    added: 0,
    changed: 0,
    removed: 0,
    unchanged: 0,
    archived: 0,
    restored: 0,
    read: 0,
    problems: [],
  };
  private readonly catalogue: Catalogue;
  private readonly firstSeen: string;

  constructor(private readonly context: SyncContext) {
    this.catalogue = context.catalogue;
    this.firstSeen = context.now.toISOString();
  }

  run(files: readonly string[] | undefined): SyncReport {
    const { dir } = this.context;
    const plan = files ? planFiles(dir, files, this.catalogue) : planFolder(dir, this.catalogue);
    this.report.unchanged = plan.unchanged;
    const work = () => {
      this.inBatches(plan.removed, (name) => this.forget(name));
      this.inBatches(plan.changed, ([name, stamp]) => this.readFile(name, stamp));
      // A file that lost its id to a brief gone since (removed, or given another id) may have it now.
      this.inBatches(this.catalogue.orphanedDuplicates(), (name) => this.readAgain(name));
      this.inBatches(this.catalogue.dueForArchiving(this.context.cutoffMs), (doc) => this.archive(doc));
      this.inBatches(this.catalogue.dueForRestoring(this.context.cutoffMs), (entry) =>
        this.readAgain(entry.file),
      );
    };
    const removals = plan.removed.length + this.catalogue.dueForArchiving(this.context.cutoffMs).length;
    if (removals >= BULK_REMOVAL) this.context.keys.bulkRemoval(work);
    else work();
    this.report.problems = this.catalogue
      .skippedProblems()
      .flatMap(({ file, problems }) => problems.map((problem) => ({ file: join(dir, file), ...problem })));
    return this.report;
  }

  private inBatches<T>(items: readonly T[], work: (item: T) => void): void {
    for (let start = 0; start < items.length; start += BATCH_SIZE) {
      const batch = items.slice(start, start + BATCH_SIZE);
      this.context.db.transaction(() => {
        for (const item of batch) work(item);
      })();
    }
  }

  /** A file that has gone: its brief, or its skipped-file row, goes too. */
  private forget(name: string): void {
    const entry = this.catalogue.byFile(name);
    if (entry) this.drop(entry);
    this.catalogue.unskip(name);
  }

  private readAgain(name: string): void {
    const stamp = stampFile(join(this.context.dir, name));
    if (stamp) this.readFile(name, stamp);
    else this.forget(name);
  }

  /** Reads one new or changed file and files it as a brief or as a skipped file. */
  private readFile(name: string, stamp: FileStamp): void {
    const path = join(this.context.dir, name);
    const parsed = readBriefFileSync(path);
    this.report.read += 1;
    if (!parsed) {
      this.forget(name);
      return;
    }
    const entry = this.catalogue.byFile(name);
    if ('brief' in parsed) {
      this.place(name, stamp, parsed.brief, entry);
      return;
    }
    if (entry) this.drop(entry);
    const problems = parsed.problems.map(({ field, message }) => ({ field, message }));
    this.catalogue.skip(name, stamp, problems, null);
  }

  /** Files a valid brief under its id, unless another file that is still there holds that id. */
  private place(name: string, stamp: FileStamp, brief: Brief, entry: CatalogueEntry | undefined): void {
    const holder = entry?.id === brief.id ? entry : this.catalogue.byId(brief.id);
    if (holder && holder.file !== name) {
      const holderPath = join(this.context.dir, holder.file);
      if (stampFile(holderPath)) {
        if (entry) this.drop(entry);
        const message = `id "${brief.id}" is already used by ${holderPath}`;
        this.catalogue.skip(name, stamp, [{ field: 'id', message }], brief.id);
        return;
      }
      // The holder's file has gone unseen (a rename reported by its new name only): this file takes over.
      this.drop(holder);
    }
    if (entry && entry.id === brief.id) {
      if (!sameStamp(entry, stamp)) this.report.changed += 1;
      this.write(name, stamp, brief, entry);
    } else {
      if (entry) this.drop(entry);
      this.write(name, stamp, brief, undefined);
      this.report.added += 1;
    }
    this.catalogue.unskip(name);
  }

  /** Writes a brief's catalogue row and, unless it is past retention, its keys; `entry` is kept in place. */
  private write(name: string, stamp: FileStamp, brief: Brief, entry: CatalogueEntry | undefined): void {
    const firstSeen = (entry && this.catalogue.firstSeen(entry.doc)) ?? this.firstSeen;
    const arrivedMs = arrivalMs(brief, firstSeen);
    const archived = arrivedMs < this.context.cutoffMs;
    const record = {
      id: brief.id,
      file: name,
      stamp,
      firstSeen,
      arrivedMs,
      archived,
      summary: summarize(brief),
    };
    let doc: number;
    if (entry) {
      if (!entry.archived) this.context.keys.remove(entry.doc);
      this.catalogue.update(entry.doc, record);
      doc = entry.doc;
    } else {
      doc = this.catalogue.insert(record);
    }
    if (!archived) this.context.keys.add(doc, briefKeys(brief));
    this.context.touched.add(doc);
    const wasArchived = entry ? entry.archived : false;
    if (archived && !wasArchived) this.report.archived += 1;
    if (!archived && wasArchived) this.report.restored += 1;
  }

  private drop(entry: CatalogueEntry): void {
    if (!entry.archived) this.context.keys.remove(entry.doc);
    this.catalogue.remove(entry.doc);
    this.context.touched.add(entry.doc);
    this.report.removed += 1;
  }

  private archive(doc: number): void {
    this.context.keys.remove(doc);
    this.catalogue.archive(doc);
    this.context.touched.add(doc);
    this.report.archived += 1;
  }
}
