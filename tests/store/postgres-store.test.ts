import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { POSTGRES_MIGRATIONS } from '../../src/store/migrations.js';
import { PostgresStore } from '../../src/store/postgres-store.js';
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

/**
 * Runs against the server in TEST_DATABASE_URL, each test in a schema of its own (dropped after). Skipped
 * only on a developer's machine without it: under CI a missing TEST_DATABASE_URL fails (.ci/run sets it).
 */
const databaseUrl = process.env.TEST_DATABASE_URL;
const inCi = Boolean(process.env.CI) && !['0', 'false'].includes(process.env.CI ?? '');

if (!databaseUrl && inCi) {
  describe('PostgresStore', () => {
    it('needs TEST_DATABASE_URL under CI', () => {
      throw new Error('CI is set but TEST_DATABASE_URL is not: .ci/run starts PostgreSQL and sets it');
    });
  });
}

describe.skipIf(!databaseUrl)('PostgresStore', () => {
  const url = databaseUrl ?? '';
  const admin = new pg.Pool({ connectionString: url, max: 2 });
  const schemas: string[] = [];
  afterAll(async () => {
    for (const schema of schemas) await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
  });

  /** A new schema, and the store URL whose connections use it. */
  async function freshSchema(): Promise<{ schema: string; storeUrl: string }> {
    const schema = `newsbrief_test_${randomBytes(6).toString('hex')}`;
    await admin.query(`CREATE SCHEMA ${schema}`);
    schemas.push(schema);
    const storeUrl = new URL(url);
    storeUrl.searchParams.set('options', `-c search_path=${schema}`);
    return { schema, storeUrl: storeUrl.toString() };
  }

  /** Raw SQL in the schema, through an admin connection of its own. */
  async function inSchema(schema: string, sql: string): Promise<Record<string, unknown>[]> {
    const client = await admin.connect();
    try {
      await client.query(`SET search_path = ${schema}`);
      return (await client.query(sql)).rows;
    } finally {
      await client.query('RESET search_path').catch(() => {});
      client.release();
    }
  }

  const databases: SqlDatabaseSubject = {
    name: 'PostgresStore (schema per test)',
    migrations: POSTGRES_MIGRATIONS,
    async create() {
      const { schema, storeUrl } = await freshSchema();
      return {
        open: () => PostgresStore.open(storeUrl, { max: 4 }),
        sql: async (statements) => void (await inSchema(schema, statements)),
        rows: (query) => inSchema(schema, query),
        dispose: async () => void (await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)),
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

  it('migrates once, however often it is opened', async () => {
    const { schema, storeUrl } = await freshSchema();
    await Promise.all([PostgresStore.open(storeUrl), PostgresStore.open(storeUrl)]).then((stores) =>
      Promise.all(stores.map((s) => s.close())),
    );
    await (await PostgresStore.open(storeUrl)).close();
    const { rows } = await admin.query(`SELECT version FROM ${schema}.schema_migrations ORDER BY version`);
    expect(rows).toEqual(POSTGRES_MIGRATIONS.map((m) => ({ version: m.version })));
  });

  it('lets two processes claim the same 200 slots at once: each is claimed exactly once', async () => {
    const { storeUrl } = await freshSchema();
    const result = await raceClaims(storeUrl);
    expect(result.duplicates).toEqual([]);
    expect(result.claimed).toBe(200);
    expect(result.ledgerRows).toBe(200);
  }, 60_000);
});
