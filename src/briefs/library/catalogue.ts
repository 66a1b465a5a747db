import type Database from 'better-sqlite3';
import type { BriefSummary } from '../../core/library/brief-library.js';
import type { BriefProblem } from '../load-briefs.js';

/** What tells a changed file from an unchanged one without reading it. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
}

/** A catalogued brief as a sync compares it with the folder. */
export interface CatalogueEntry extends FileStamp {
  doc: number;
  id: string;
  file: string;
  archived: boolean;
}

/** A file that could not be used; `duplicateOf` is the id it lost to another file, if that was why. */
export interface SkippedEntry extends FileStamp {
  file: string;
  duplicateOf: string | null;
}

export interface BriefRecord {
  id: string;
  file: string;
  stamp: FileStamp;
  firstSeen: string;
  arrivedMs: number;
  archived: boolean;
  summary: BriefSummary;
}

/** A problem as stored: its file is the row's, re-joined with the folder when reported. */
export type StoredProblem = Omit<BriefProblem, 'file'>;

type EntryRow = [doc: number, id: string, file: string, size: number, mtimeMs: number, archived: number];
type SkippedRow = [file: string, size: number, mtimeMs: number, duplicateOf: string | null];

const ENTRY_COLUMNS = 'doc, id, file, size, mtime_ms, archived';

/** The `briefs` and `skipped_files` tables (library-db.ts), one prepared statement per question. */
export class Catalogue {
  private readonly allEntries: Database.Statement;
  private readonly entryByFile: Database.Statement;
  private readonly entryById: Database.Statement;
  private readonly insertRow: Database.Statement;
  private readonly updateRow: Database.Statement;
  private readonly deleteRow: Database.Statement;
  private readonly firstSeenOf: Database.Statement;
  private readonly allSkipped: Database.Statement;
  private readonly skippedByFile: Database.Statement;
  private readonly upsertSkipped: Database.Statement;
  private readonly deleteSkipped: Database.Statement;
  private readonly skippedProblemRows: Database.Statement;
  private readonly orphanDuplicates: Database.Statement;
  private readonly dueForArchive: Database.Statement;
  private readonly dueForRestore: Database.Statement;
  private readonly setArchived: Database.Statement;
  private readonly liveDocRows: Database.Statement;
  private readonly liveSummaryRows: Database.Statement;
  private readonly summaryByDoc: Database.Statement;

  constructor(db: Database.Database) {
    this.allEntries = db.prepare(`SELECT ${ENTRY_COLUMNS} FROM briefs`).raw();
    this.entryByFile = db.prepare(`SELECT ${ENTRY_COLUMNS} FROM briefs WHERE file = ?`).raw();
    this.entryById = db.prepare(`SELECT ${ENTRY_COLUMNS} FROM briefs WHERE id = ?`).raw();
    this.insertRow = db.prepare(
      `INSERT INTO briefs (id, file, size, mtime_ms, first_seen, arrived_ms, archived, summary)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.updateRow = db.prepare(
      `UPDATE briefs SET id = ?, file = ?, size = ?, mtime_ms = ?, first_seen = ?, arrived_ms = ?,
         archived = ?, summary = ? WHERE doc = ?`,
    );
    this.deleteRow = db.prepare('DELETE FROM briefs WHERE doc = ?');
    this.firstSeenOf = db.prepare('SELECT first_seen FROM briefs WHERE doc = ?').pluck();
    this.allSkipped = db.prepare('SELECT file, size, mtime_ms, duplicate_of FROM skipped_files').raw();
    this.skippedByFile = db
      .prepare('SELECT file, size, mtime_ms, duplicate_of FROM skipped_files WHERE file = ?')
      .raw();
    this.upsertSkipped = db.prepare(
      'INSERT OR REPLACE INTO skipped_files (file, size, mtime_ms, problems, duplicate_of) VALUES (?, ?, ?, ?, ?)',
    );
    this.deleteSkipped = db.prepare('DELETE FROM skipped_files WHERE file = ?');
    this.skippedProblemRows = db.prepare('SELECT file, problems FROM skipped_files ORDER BY file').raw();
    this.orphanDuplicates = db
      .prepare(
        `SELECT file FROM skipped_files WHERE duplicate_of IS NOT NULL
           AND duplicate_of NOT IN (SELECT id FROM briefs) ORDER BY file`,
      )
      .pluck();
    this.dueForArchive = db
      .prepare('SELECT doc FROM briefs WHERE archived = 0 AND arrived_ms < ? ORDER BY doc')
      .pluck();
    this.dueForRestore = db
      .prepare(`SELECT ${ENTRY_COLUMNS} FROM briefs WHERE archived = 1 AND arrived_ms >= ? ORDER BY file`)
      .raw();
    this.setArchived = db.prepare('UPDATE briefs SET archived = 1 WHERE doc = ?');
    this.liveDocRows = db.prepare('SELECT doc FROM briefs WHERE archived = 0 ORDER BY file').pluck();
    this.liveSummaryRows = db
      .prepare('SELECT doc, summary FROM briefs WHERE archived = 0 ORDER BY file')
      .raw();
    this.summaryByDoc = db.prepare('SELECT summary FROM briefs WHERE doc = ?').pluck();
  }

  /** Every catalogued brief by file name: what a full sync compares the folder with. */
  entries(): Map<string, CatalogueEntry> {
    const entries = new Map<string, CatalogueEntry>();
    for (const row of this.allEntries.all() as EntryRow[]) entries.set(row[2], toEntry(row));
    return entries;
  }

  byFile(file: string): CatalogueEntry | undefined {
    const row = this.entryByFile.get(file) as EntryRow | undefined;
    return row && toEntry(row);
  }

  byId(id: string): CatalogueEntry | undefined {
    const row = this.entryById.get(id) as EntryRow | undefined;
    return row && toEntry(row);
  }

  firstSeen(doc: number): string | undefined {
    return this.firstSeenOf.get(doc) as string | undefined;
  }

  /** Adds a brief; returns its doc number. */
  insert(record: BriefRecord): number {
    return Number(this.insertRow.run(...recordValues(record)).lastInsertRowid);
  }

  update(doc: number, record: BriefRecord): void {
    this.updateRow.run(...recordValues(record), doc);
  }

  remove(doc: number): void {
    this.deleteRow.run(doc);
  }

  skippedEntries(): Map<string, SkippedEntry> {
    const entries = new Map<string, SkippedEntry>();
    for (const row of this.allSkipped.all() as SkippedRow[]) entries.set(row[0], toSkipped(row));
    return entries;
  }

  skippedEntry(file: string): SkippedEntry | undefined {
    const row = this.skippedByFile.get(file) as SkippedRow | undefined;
    return row && toSkipped(row);
  }

  skip(file: string, stamp: FileStamp, problems: readonly StoredProblem[], duplicateOf: string | null): void {
    this.upsertSkipped.run(file, stamp.size, stamp.mtimeMs, JSON.stringify(problems), duplicateOf);
  }

  unskip(file: string): void {
    this.deleteSkipped.run(file);
  }

  /** Every skipped file with its problems, by file name. */
  skippedProblems(): { file: string; problems: StoredProblem[] }[] {
    return (this.skippedProblemRows.all() as [string, string][]).map(([file, problems]) => ({
      file,
      problems: JSON.parse(problems) as StoredProblem[],
    }));
  }

  /** Files that lost their id to a brief that has since gone: one of them may hold it now. */
  orphanedDuplicates(): string[] {
    return this.orphanDuplicates.all() as string[];
  }

  /** Briefs in the answer library that arrived before `cutoffMs`, by doc (the index deletes them faster so). */
  dueForArchiving(cutoffMs: number): number[] {
    return this.dueForArchive.all(cutoffMs) as number[];
  }

  archive(doc: number): void {
    this.setArchived.run(doc);
  }

  /** Archived briefs that arrived at or after `cutoffMs`: kept again since the retention grew. */
  dueForRestoring(cutoffMs: number): CatalogueEntry[] {
    return (this.dueForRestore.all(cutoffMs) as EntryRow[]).map(toEntry);
  }

  /** The answer library's doc numbers by file name. */
  liveDocs(): number[] {
    return this.liveDocRows.all() as number[];
  }

  /** The answer library's summaries by file name, all in one query. */
  liveSummaries(): [doc: number, summary: BriefSummary][] {
    return (this.liveSummaryRows.all() as [number, string][]).map(([doc, json]) => [doc, JSON.parse(json)]);
  }

  summary(doc: number): BriefSummary | undefined {
    const json = this.summaryByDoc.get(doc) as string | undefined;
    return json === undefined ? undefined : (JSON.parse(json) as BriefSummary);
  }
}

function toEntry([doc, id, file, size, mtimeMs, archived]: EntryRow): CatalogueEntry {
  return { doc, id, file, size, mtimeMs, archived: archived === 1 };
}

function toSkipped([file, size, mtimeMs, duplicateOf]: SkippedRow): SkippedEntry {
  return { file, size, mtimeMs, duplicateOf };
}

function recordValues(record: BriefRecord): unknown[] {
  return [
    record.id,
    record.file,
    record.stamp.size,
    record.stamp.mtimeMs,
    record.firstSeen,
    record.arrivedMs,
    record.archived ? 1 : 0,
    JSON.stringify(record.summary),
  ];
}
