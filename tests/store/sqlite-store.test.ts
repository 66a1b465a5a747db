import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { SqliteStore } from '../../src/store/sqlite-store.js';
import { raceClaims } from './claim-race.js';
import { type ContractSubject, sqlStoreContract, storeContract } from './store-contract.js';

const subject: ContractSubject = {
  name: 'SqliteStore (temp file)',
  async open() {
    const dir = mkdtempSync(join(tmpdir(), 'newsbrief-sqlite-'));
    const path = join(dir, 'nested', 'store.db');
    const store = SqliteStore.open(path);
    return {
      store,
      async sql(statement) {
        const db = new Database(path);
        try {
          db.exec(statement);
        } finally {
          db.close();
        }
      },
      async dispose() {
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
};

storeContract(subject);
sqlStoreContract(subject);

describe('SqliteStore', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsbrief-sqlite-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('opens in WAL mode with a busy timeout, migrating once', async () => {
    const path = join(dir, 'wal.db');
    await SqliteStore.open(path).close();
    await SqliteStore.open(path).close();
    const db = new Database(path, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.prepare('SELECT version FROM schema_migrations').all()).toEqual([{ version: 1 }]);
    db.close();
  });

  it('lets two processes claim the same 200 slots of one file: each is claimed exactly once', async () => {
    const result = await raceClaims(`sqlite:${join(dir, 'race.db')}`);
    expect(result.duplicates).toEqual([]);
    expect(result.claimed).toBe(200);
    expect(result.ledgerRows).toBe(200);
  }, 60_000);
});
