import type Database from 'better-sqlite3';
import { keyMatch, keysText, keyToken } from './key-tokens.js';

/** FTS5's own `deletemerge`: a segment is rewritten once this percent of its briefs have been deleted. */
const DEFAULT_DELETE_MERGE = 10;

/**
 * The persisted inverted index of routing keys (`brief_keys`, library-db.ts): which briefs, by doc number,
 * hold a key. Only the answer library is in it; archived briefs are taken out.
 */
export class KeyIndex {
  private readonly insertKeys: Database.Statement;
  private readonly deleteKeys: Database.Statement;
  private readonly countOf: Database.Statement;
  private readonly docsOf: Database.Statement;
  private readonly docHolds: Database.Statement;
  private readonly setOption: Database.Statement;

  /**
   * better-sqlite3 binds a JS number as a REAL, and FTS5 ignores a REAL rowid bound: `MATCH ? AND rowid = ?`
   * then returns every match, though the constraint is marked as handled. So every rowid is cast here.
   */
  constructor(private readonly db: Database.Database) {
    this.insertKeys = db.prepare('INSERT INTO brief_keys (rowid, keys) VALUES (CAST(? AS INTEGER), ?)');
    this.deleteKeys = db.prepare('DELETE FROM brief_keys WHERE rowid = CAST(? AS INTEGER)');
    this.countOf = db.prepare('SELECT doc FROM temp.brief_key_counts WHERE term = ?').pluck();
    this.docsOf = db.prepare('SELECT rowid FROM brief_keys WHERE brief_keys MATCH ?').pluck();
    this.docHolds = db
      .prepare('SELECT 1 FROM brief_keys WHERE brief_keys MATCH ? AND rowid = CAST(? AS INTEGER)')
      .pluck();
    this.setOption = db.prepare('INSERT INTO brief_keys (brief_keys, rank) VALUES (?, CAST(? AS INTEGER))');
    // A sync that stopped inside bulkRemoval left merging off; a later one would let tombstones pile up.
    const deleteMerge = db.prepare("SELECT v FROM brief_keys_config WHERE k = 'deletemerge'").pluck().get();
    if (deleteMerge !== undefined && deleteMerge !== DEFAULT_DELETE_MERGE)
      this.setOption.run('deletemerge', DEFAULT_DELETE_MERGE);
  }

  add(doc: number, keys: Iterable<string>): void {
    this.insertKeys.run(doc, keysText(keys));
  }

  remove(doc: number): void {
    this.deleteKeys.run(doc);
  }

  /**
   * Runs `work`, which takes many briefs out, without the per-segment rewrites FTS5 makes as deletions pass
   * `deletemerge` (archiving 100,000 briefs took 27 s with them, 2.5 s without), then merges the whole
   * index once, which drops what was deleted.
   */
  bulkRemoval(work: () => void): void {
    this.setOption.run('deletemerge', 0);
    try {
      work();
    } finally {
      this.setOption.run('deletemerge', DEFAULT_DELETE_MERGE);
      this.db.exec("INSERT INTO brief_keys (brief_keys) VALUES ('optimize')");
    }
  }

  /** How many briefs hold `key`, from the index's vocabulary (no walk over the briefs). */
  frequency(key: string): number {
    return (this.countOf.get(keyToken(key)) as number | undefined) ?? 0;
  }

  /** The doc numbers holding `key`, ascending. */
  postings(key: string): number[] {
    return this.docsOf.all(keyMatch(key)) as number[];
  }

  holds(doc: number, key: string): boolean {
    return this.docHolds.get(keyMatch(key), doc) !== undefined;
  }
}
