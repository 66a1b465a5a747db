import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Feedback, InvalidFeedbackError } from '../../src/core/feedback/feedback.js';
import { MIGRATIONS_TABLE_SQL, type Migration } from '../../src/store/migrations.js';
import type { Store } from '../../src/store/open-store.js';
import { type ContractSubject, openForEachTest } from './store-contract.js';

const T0 = '2025-03-01T08:00:00.000Z';
const at = (minutes: number) => new Date(Date.parse(T0) + minutes * 60_000).toISOString();

/** A 👎 on an answer in slack:T1:C1; the overrides say what differs. */
export function click(overrides: Partial<Feedback> = {}): Feedback {
  return {
    platform: 'slack',
    workspace: 'T1',
    channel: 'C1',
    message: '1740816000.000100',
    user: 'U1',
    verdict: 'down',
    replyKind: 'answer',
    briefId: '2025-03-01-harbour-bridge',
    sentence: 3,
    question: 'When does the bridge reopen?',
    recordedAt: T0,
    ...overrides,
  };
}

/** The behaviour every FeedbackStore promises (core/feedback/feedback.ts), checked on one implementation. */
export function feedbackContract(subject: ContractSubject): void {
  describe(`FeedbackStore contract: ${subject.name}`, () => {
    let store: Store;
    openForEachTest(subject, (opened) => {
      store = opened.store;
    });

    it('starts empty', async () => {
      expect(await store.feedbackSummary()).toEqual([]);
      expect(await store.recentFeedback({ limit: 10 })).toEqual([]);
    });

    it('records clicks and gives them back newest first, at most limit, of one verdict when asked', async () => {
      const first = click({ message: 'm1', verdict: 'up', recordedAt: at(0) });
      const second = click({ message: 'm2', recordedAt: at(2) });
      const third = click({
        message: 'm3',
        recordedAt: at(1),
        briefId: null,
        sentence: null,
        question: null,
      });
      for (const f of [first, second, third]) await store.recordFeedback(f);
      expect(await store.recentFeedback({ limit: 10 })).toEqual([second, third, first]);
      expect(await store.recentFeedback({ limit: 2 })).toEqual([second, third]);
      expect(await store.recentFeedback({ limit: 10, verdict: 'down' })).toEqual([second, third]);
      expect(await store.recentFeedback({ limit: 10, verdict: 'up' })).toEqual([first]);
      expect(await store.recentFeedback({ limit: 0 })).toEqual([]);
    });

    it('keeps one verdict per user and message: a second click replaces the first, never counts twice', async () => {
      await store.recordFeedback(click({ verdict: 'up', recordedAt: at(0) }));
      await store.recordFeedback(click({ verdict: 'down', recordedAt: at(1) }));
      expect(await store.recentFeedback({ limit: 10 })).toEqual([click({ recordedAt: at(1) })]);
      await store.recordFeedback(click({ verdict: 'down', recordedAt: at(2) }));
      expect(await store.recentFeedback({ limit: 10 })).toEqual([click({ recordedAt: at(2) })]);
      expect(await store.feedbackSummary()).toEqual([{ briefId: click().briefId, up: 0, down: 1 }]);
    });

    it('counts different users, messages and channels separately', async () => {
      await store.recordFeedback(click({ user: 'U1' }));
      await store.recordFeedback(click({ user: 'U2' }));
      await store.recordFeedback(click({ user: 'U3', verdict: 'up' }));
      await store.recordFeedback(click({ user: 'U1', message: 'another' }));
      await store.recordFeedback(click({ user: 'U1', channel: 'C2' }));
      await store.recordFeedback(click({ user: 'U1', platform: 'discord', workspace: 'G1' }));
      expect(await store.feedbackSummary()).toEqual([{ briefId: click().briefId, up: 1, down: 5 }]);
      expect(await store.recentFeedback({ limit: 10 })).toHaveLength(6);
    });

    it('tallies a brief a row: most 👎 first, then most 👍, ties by brief id, the no-brief row last', async () => {
      const votes: [string | null, number, number][] = [
        ['a', 0, 1],
        [null, 0, 1],
        ['c', 3, 0],
        ['b', 1, 2],
        ['d', 2, 1],
      ];
      let user = 0;
      for (const [briefId, up, down] of votes) {
        for (let i = 0; i < up + down; i++) {
          await store.recordFeedback(click({ briefId, user: `U${user++}`, verdict: i < up ? 'up' : 'down' }));
        }
      }
      expect(await store.feedbackSummary()).toEqual([
        { briefId: 'b', up: 1, down: 2 },
        { briefId: 'd', up: 2, down: 1 },
        { briefId: 'a', up: 0, down: 1 },
        { briefId: null, up: 0, down: 1 },
        { briefId: 'c', up: 3, down: 0 },
      ]);
    });

    it('returns recordedAt as ISO UTC with Z, whatever offset it was given in', async () => {
      await store.recordFeedback(click({ recordedAt: '2025-03-01T09:00:00+01:00', sentence: 0 }));
      expect(await store.recentFeedback({ limit: 1 })).toEqual([click({ recordedAt: T0, sentence: 0 })]);
    });

    it.each([
      ['an unknown verdict', { verdict: 'sideways' }, /verdict/],
      ['an empty user', { user: '' }, /user/],
      ['an unknown platform', { platform: 'irc' }, /platform/],
      ['an unknown reply kind', { replyKind: 'joke' }, /replyKind/],
      ['a negative sentence', { sentence: -1 }, /sentence/],
      ['a question over 500 characters', { question: 'x'.repeat(501) }, /question/],
      ['a time that is not ISO', { recordedAt: 'yesterday' }, /recordedAt/],
    ])('rejects %s, naming the field, and records nothing', async (_label, bad, field) => {
      const error = await store.recordFeedback({ ...click(), ...bad } as Feedback).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidFeedbackError);
      expect((error as Error).message).toMatch(/^invalid feedback: /);
      expect((error as Error).message).toMatch(field);
      expect(await store.recentFeedback({ limit: 10 })).toEqual([]);
    });
  });
}

/** One database of a SQL store, that a test may open several times and reach with raw SQL. */
export interface SqlDatabase {
  /** Opens the store on it, migrating it. */
  open(): Promise<Store>;
  /** Runs raw SQL on it: one or more statements. */
  sql(statements: string): Promise<void>;
  /** The rows of one query. */
  rows(query: string): Promise<Record<string, unknown>[]>;
  /** Removes it; called after the store is closed. */
  dispose(): Promise<void>;
}

export interface SqlDatabaseSubject {
  name: string;
  /** The dialect's migrations, to make a database as an older release left it. */
  migrations: readonly Migration[];
  /** A new database with no tables. */
  create(): Promise<SqlDatabase>;
}

/** The ContractSubject of a SQL store: each test gets a new database, opened. */
export function openedOn(subject: SqlDatabaseSubject): ContractSubject {
  return {
    name: subject.name,
    async open() {
      const db = await subject.create();
      return { store: await db.open(), sql: db.sql, dispose: db.dispose };
    },
  };
}

/** What SQL stores promise beyond the interface: feedback lasts, older databases upgrade, rows are checked. */
export function sqlFeedbackContract(subject: SqlDatabaseSubject): void {
  describe(`SQL store feedback: ${subject.name}`, () => {
    let db: SqlDatabase;
    const open: Store[] = [];
    const openStore = async () => {
      const store = await db.open();
      open.push(store);
      return store;
    };

    beforeEach(async () => {
      db = await subject.create();
    });

    afterEach(async () => {
      for (const store of open.splice(0)) await store.close();
      await db.dispose();
    });

    it('keeps feedback after the store is closed and opened again, migrating once', async () => {
      const first = await openStore();
      await first.recordFeedback(click({ user: 'U1' }));
      await first.recordFeedback(click({ user: 'U2', verdict: 'up', recordedAt: at(1) }));
      await first.close();
      const again = await openStore();
      expect(await again.recentFeedback({ limit: 10 })).toEqual([
        click({ user: 'U2', verdict: 'up', recordedAt: at(1) }),
        click({ user: 'U1' }),
      ]);
      expect(await again.feedbackSummary()).toEqual([{ briefId: click().briefId, up: 1, down: 1 }]);
      expect(await db.rows('SELECT version FROM schema_migrations ORDER BY version')).toEqual(
        subject.migrations.map((m) => ({ version: m.version })),
      );
    });

    it('upgrades a database made at version 1, keeping its subscriptions', async () => {
      const v1 = subject.migrations.find((m) => m.version === 1);
      if (!v1) throw new Error(`${subject.name} has no migration 1`);
      await db.sql(`${MIGRATIONS_TABLE_SQL};
        ${v1.sql}
        INSERT INTO schema_migrations (version, name, applied_at) VALUES (1, '${v1.name}', '${T0}');
        INSERT INTO subscriptions VALUES ('sub-1', 'slack', 'T1', 'C1', '0 8 * * *', 'UTC', '[]', false,
          'U1', '${T0}', '${T0}', '${T0}', NULL);`);
      const store = await openStore();
      expect((await store.list()).map((s) => s.id)).toEqual(['sub-1']);
      await store.recordFeedback(click());
      expect(await store.recentFeedback({ limit: 10 })).toEqual([click()]);
      expect(await db.rows('SELECT version, name FROM schema_migrations ORDER BY version')).toEqual(
        subject.migrations.map((m) => ({ version: m.version, name: m.name })),
      );
      expect(subject.migrations[1]).toMatchObject({ version: 2, name: 'feedback' });
    });

    it('rejects a corrupted feedback row, naming the table and the field', async () => {
      const store = await openStore();
      await store.recordFeedback(click());
      await db.sql(`UPDATE feedback SET verdict = 'sideways'`);
      await expect(store.recentFeedback({ limit: 10 })).rejects.toThrow(/feedback.*verdict/);
    });
  });
}
