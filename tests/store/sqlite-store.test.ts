import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { SQLITE_MIGRATIONS } from '../../src/store/migrations.js';
import { SqliteStore } from '../../src/store/sqlite-store.js';
import { raceClaims } from './claim-race.js';
import {
  conversationStateContract,
  conversationStateOn,
  sqlConversationStateContract,
} from './conversation-state-contract.js';
import { feedPollContract } from './feed-poll-contract.js';
import { feedStoreContract, feedStoreOn } from './feed-store-contract.js';
import {
  feedbackContract,
  openedOn,
  type SqlDatabaseSubject,
  sqlFeedbackContract,
} from './feedback-contract.js';
import { sqlFeedStoreContract } from './sql-feed-store-contract.js';
import { sqlStoreContract, storeContract } from './store-contract.js';

/** Raw access to the file beside the store, through a connection of its own. */
function withFile<T>(path: string, use: (db: Database.Database) => T): T {
  mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  try {
    return use(db);
  } finally {
    db.close();
  }
}

const databases: SqlDatabaseSubject = {
  name: 'SqliteStore (temp file)',
  migrations: SQLITE_MIGRATIONS,
  async create() {
    const dir = mkdtempSync(join(tmpdir(), 'newsbrief-sqlite-'));
    const path = join(dir, 'nested', 'store.db');
    return {
      open: async () => SqliteStore.open(path),
      sql: async (statements) => withFile(path, (db) => void db.exec(statements)),
      rows: async (query) => withFile(path, (db) => db.prepare(query).all() as Record<string, unknown>[]),
      dispose: async () => rmSync(dir, { recursive: true, force: true }),
    };
  },
};

const subject = openedOn(databases);
storeContract(subject);
sqlStoreContract(subject);
feedbackContract(subject);
sqlFeedbackContract(databases);
conversationStateContract(conversationStateOn(databases));
sqlConversationStateContract(databases);
feedStoreContract(feedStoreOn(databases));
feedPollContract(feedStoreOn(databases));
sqlFeedStoreContract(databases);

describe('SqliteStore', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsbrief-sqlite-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('opens in WAL mode with a busy timeout, migrating once', async () => {
    const path = join(dir, 'wal.db');
    await SqliteStore.open(path).close();
    await SqliteStore.open(path).close();
    const db = new Database(path, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.prepare('SELECT version FROM schema_migrations ORDER BY version').all()).toEqual(
      SQLITE_MIGRATIONS.map((m) => ({ version: m.version })),
    );
    db.close();
  });

  it('lets two processes claim the same 200 slots of one file: each is claimed exactly once', async () => {
    const result = await raceClaims(`sqlite:${join(dir, 'race.db')}`);
    expect(result.duplicates).toEqual([]);
    expect(result.claimed).toBe(200);
    expect(result.ledgerRows).toBe(200);
  }, 60_000);
});
