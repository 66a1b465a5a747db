import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { BRIEF_KEYS_VERSION } from '../../core/answer/brief-keys.js';
import { KEY_TOKENIZER } from './key-tokens.js';

/**
 * The layout of the library file, and the keys it holds (BRIEF_KEYS_VERSION). Everything in it can be
 * rebuilt from the briefs folder, so a file of another version is emptied and rebuilt rather than migrated.
 */
const LAYOUT_VERSION = 1;
export const LIBRARY_DB_VERSION = LAYOUT_VERSION * 100 + BRIEF_KEYS_VERSION;

/**
 * `briefs`: the catalogue, one row per usable brief file. `doc` is the routing index's brief number;
 * AUTOINCREMENT so that a number is never given to a second brief while a library object may still hold
 * the first. `arrived_ms` (addedAt, else first_seen) makes retention one indexed query.
 * `skipped_files`: files that could not be used, with their problems, so that a restart reports them without
 * reading them again; `duplicate_of` names the id a file lost to, so it is retried when that id goes.
 * `brief_keys`: each brief's routing keys as tokens (key-tokens.ts), rowid = doc; contentless, since the
 * keys are only ever looked up, and detail=none, since only which briefs hold a key matters.
 */
const SCHEMA_SQL = `
  CREATE TABLE briefs (
    doc INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    file TEXT NOT NULL UNIQUE,
    size INTEGER NOT NULL,
    mtime_ms REAL NOT NULL,
    first_seen TEXT NOT NULL,
    arrived_ms REAL NOT NULL,
    archived INTEGER NOT NULL DEFAULT 0,
    summary TEXT NOT NULL
  );
  CREATE INDEX briefs_retention ON briefs (archived, arrived_ms);
  CREATE TABLE skipped_files (
    file TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    mtime_ms REAL NOT NULL,
    problems TEXT NOT NULL,
    duplicate_of TEXT
  ) WITHOUT ROWID;
  CREATE VIRTUAL TABLE brief_keys USING fts5(
    keys, content='', contentless_delete=1, detail=none, tokenize="${KEY_TOKENIZER}"
  );
`;

const DROP_SQL = `
  DROP TABLE IF EXISTS briefs;
  DROP TABLE IF EXISTS skipped_files;
  DROP TABLE IF EXISTS brief_keys;
`;

/**
 * Opens the library file (creating its folder), with the habits of the project's other SQLite store: WAL
 * so that readers never wait for a sync, a busy timeout so that two processes can share it. Throws an
 * Error naming the file when it cannot be opened or is not a database.
 */
export function openLibraryDb(dbFile: string): Database.Database {
  const inMemory = dbFile === ':memory:' || dbFile === '';
  let db: Database.Database | undefined;
  try {
    if (!inMemory) mkdirSync(dirname(dbFile), { recursive: true });
    db = new Database(inMemory ? ':memory:' : dbFile);
    db.pragma('busy_timeout = 5000');
    if (!inMemory) db.pragma('journal_mode = WAL');
    // NORMAL is safe in WAL mode; a power cut can lose the last syncs, which the next sync redoes.
    db.pragma('synchronous = NORMAL');
    prepareSchema(db);
    // A vocabulary view of the index gives how many briefs hold a key without walking their list.
    db.exec(`CREATE VIRTUAL TABLE temp.brief_key_counts USING fts5vocab(main, brief_keys, 'row')`);
    return db;
  } catch (error) {
    db?.close();
    throw new Error(`cannot open the brief library database ${dbFile}: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

function prepareSchema(db: Database.Database): void {
  const version = () => db.pragma('user_version', { simple: true }) as number;
  if (version() === LIBRARY_DB_VERSION) return;
  db.transaction(() => {
    // Asked again under the write lock: another process may have made the schema while this one waited.
    const found = version();
    if (found === LIBRARY_DB_VERSION) return;
    // Dropping `briefs` also drops its AUTOINCREMENT counter, so doc numbers start again from 1.
    if (found !== 0) db.exec(DROP_SQL);
    db.exec(SCHEMA_SQL);
    db.pragma(`user_version = ${LIBRARY_DB_VERSION}`);
  }).immediate();
}
