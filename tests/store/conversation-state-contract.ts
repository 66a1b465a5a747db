import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  CONVERSATION_TTL_MS,
  type ConversationState,
  FEEDBACK_QUESTION_TTL_MS,
  InvalidConversationStateError,
  MAX_STATE_KEY_LENGTH,
} from '../../src/core/conversation/conversation-state.js';
import { MemoryConversationState } from '../../src/core/conversation/memory-conversation-state.js';
import type { Clock } from '../../src/core/digest/publisher.js';
import { conversationStateFor } from '../../src/store/conversation-state-for.js';
import { MIGRATIONS_TABLE_SQL } from '../../src/store/migrations.js';
import type { Store } from '../../src/store/open-store.js';
import { click, type SqlDatabaseSubject } from './feedback-contract.js';

const T0 = Date.parse('2025-03-01T08:00:00.000Z');
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;

/** A clock the test moves by hand. */
export class TestClock implements Clock {
  constructor(private epochMs = T0) {}
  now(): Date {
    return new Date(this.epochMs);
  }
  advance(ms: number): void {
    this.epochMs += ms;
  }
}

/** One database (for memory: one process's memory) that a test may open ConversationState on repeatedly. */
export interface ConversationStateDatabase {
  /**
   * A ConversationState on this database, timed by the clock given to create: for a SQL store a new store
   * (its own connection) each call; for memory the one instance, since a process's memory is its database.
   */
  open(): Promise<ConversationState>;
  /** Closes whatever open opened and removes the database. */
  dispose(): Promise<void>;
}

export interface ConversationStateSubject {
  name: string;
  /** A new, empty database. */
  create(clock: Clock): Promise<ConversationStateDatabase>;
}

/** The ConversationState of a SQL store, reached the way the bot reaches it: conversationStateFor(store). */
export function conversationStateOn(subject: SqlDatabaseSubject): ConversationStateSubject {
  return {
    name: subject.name,
    async create(clock) {
      const db = await subject.create();
      const stores: Store[] = [];
      return {
        async open() {
          const store = await db.open();
          stores.push(store);
          const state = conversationStateFor(store, clock);
          if (state instanceof MemoryConversationState) {
            throw new Error(`${subject.name} keeps no conversation state of its own`);
          }
          return state;
        },
        async dispose() {
          for (const store of stores.splice(0)) await store.close();
          await db.dispose();
        },
      };
    },
  };
}

/** Keys the adapters build, and keys that trip up quoting, collation, encodings or index sizes. */
const ODD_KEYS = [
  'T1:C0123ABC:1740816000.000100',
  'reply:1234567890123456789',
  'Ev0123ABCD',
  '',
  ' ',
  'a',
  'A',
  'a ',
  "it's",
  'say "hi"',
  '%_\\*?[]',
  'line\nbreak\ttab\r',
  'ünïcødé ß ǅ',
  '🙂👍🏽 emoji',
  "x'); DROP TABLE seen_events; --",
  'x'.repeat(MAX_STATE_KEY_LENGTH),
  '🙂'.repeat(MAX_STATE_KEY_LENGTH / 2),
  'ü'.repeat(MAX_STATE_KEY_LENGTH),
];

/** The behaviour every ConversationState promises (core/conversation/conversation-state.ts). */
export function conversationStateContract(subject: ConversationStateSubject): void {
  describe(`ConversationState contract: ${subject.name}`, () => {
    let clock: TestClock;
    let db: ConversationStateDatabase;
    let state: ConversationState;

    beforeEach(async () => {
      clock = new TestClock();
      db = await subject.create(clock);
      state = await db.open();
    });

    afterEach(async () => {
      await db?.dispose();
    });

    it('knows nothing at first', async () => {
      expect(await state.briefOf('T1:C1:main')).toBeNull();
      expect(await state.questionOf('tok')).toBeNull();
      expect(await state.sweep()).toBe(0);
    });

    it('remembers the brief of a conversation, moves it, and tells "about no brief" from unknown', async () => {
      await state.rememberBrief('T1:C1:1.0', 'harbour-bridge');
      await state.rememberBrief('T1:C2:main', '');
      expect(await state.briefOf('T1:C1:1.0')).toBe('harbour-bridge');
      expect(await state.briefOf('T1:C2:main')).toBe('');
      expect(await state.briefOf('T1:C3:main')).toBeNull();
      await state.rememberBrief('T1:C1:1.0', 'tram-strike');
      expect(await state.briefOf('T1:C1:1.0')).toBe('tram-strike');
    });

    it('forgets a brief a week after it was last remembered; reading it does not extend that', async () => {
      expect(CONVERSATION_TTL_MS).toBe(WEEK);
      await state.rememberBrief('c1', 'b1');
      clock.advance(WEEK / 2);
      await state.rememberBrief('c2', 'b2');
      expect(await state.briefOf('c1')).toBe('b1');
      clock.advance(WEEK / 2 - 1);
      expect(await state.briefOf('c1')).toBe('b1');
      clock.advance(1);
      expect(await state.briefOf('c1')).toBeNull();
      expect(await state.briefOf('c2')).toBe('b2');
      await state.rememberBrief('c1', 'b1 again');
      clock.advance(WEEK - 1);
      expect(await state.briefOf('c1')).toBe('b1 again');
      expect(await state.briefOf('c2')).toBeNull();
    });

    it('remembers the question behind a feedback token for a week, the latest one given', async () => {
      expect(FEEDBACK_QUESTION_TTL_MS).toBe(WEEK);
      await state.rememberQuestion('tok1', 'When does the bridge reopen?');
      await state.rememberQuestion('tok2', 'Who opened it?');
      await state.rememberQuestion('tok2', 'Who closed it?');
      expect(await state.questionOf('tok1')).toBe('When does the bridge reopen?');
      expect(await state.questionOf('tok2')).toBe('Who closed it?');
      clock.advance(WEEK - 1);
      expect(await state.questionOf('tok1')).toBe('When does the bridge reopen?');
      clock.advance(1);
      expect(await state.questionOf('tok1')).toBeNull();
      expect(await state.questionOf('tok2')).toBeNull();
    });

    it('sees an event key first exactly once within its lifetime, and anew after it', async () => {
      expect(await state.firstSight('Ev1', HOUR)).toBe(true);
      expect(await state.firstSight('Ev1', HOUR)).toBe(false);
      clock.advance(HOUR - 1);
      // A repeat does not extend the lifetime: it still ends an hour after the first sighting.
      expect(await state.firstSight('Ev1', HOUR)).toBe(false);
      clock.advance(1);
      expect(await state.firstSight('Ev1', HOUR)).toBe(true);
      expect(await state.firstSight('Ev1', HOUR)).toBe(false);
      expect(await state.firstSight('Ev2', HOUR)).toBe(true);
    });

    it("keeps each event key's own lifetime", async () => {
      expect(await state.firstSight('short', MINUTE)).toBe(true);
      expect(await state.firstSight('long', DAY)).toBe(true);
      clock.advance(MINUTE);
      expect(await state.firstSight('short', MINUTE)).toBe(true);
      expect(await state.firstSight('long', DAY)).toBe(false);
      clock.advance(DAY - MINUTE);
      expect(await state.firstSight('long', DAY)).toBe(true);
    });

    it('keeps conversations, events and questions apart, even under one key', async () => {
      await state.rememberBrief('same', 'a brief');
      await state.rememberQuestion('same', 'a question');
      expect(await state.firstSight('same', HOUR)).toBe(true);
      expect(await state.briefOf('same')).toBe('a brief');
      expect(await state.questionOf('same')).toBe('a question');
      expect(await state.firstSight('other', HOUR)).toBe(true);
      expect(await state.briefOf('other')).toBeNull();
      expect(await state.questionOf('other')).toBeNull();
    });

    it('shares everything between two instances on one database', async () => {
      const other = await db.open();
      await state.rememberBrief('T1:C1:1.0', 'harbour-bridge');
      await other.rememberQuestion('tok', 'Who opened it?');
      expect(await state.firstSight('Ev1', HOUR)).toBe(true);
      expect(await other.briefOf('T1:C1:1.0')).toBe('harbour-bridge');
      expect(await state.questionOf('tok')).toBe('Who opened it?');
      expect(await other.firstSight('Ev1', HOUR)).toBe(false);
      await other.rememberBrief('T1:C1:1.0', 'tram-strike');
      expect(await state.briefOf('T1:C1:1.0')).toBe('tram-strike');
    });

    it('lets exactly one sighting win when two instances race on each event key, fresh or expired', async () => {
      const other = await db.open();
      const keys = Array.from({ length: 30 }, (_, i) => `Ev${i}`);
      const race = () =>
        Promise.all(
          keys.flatMap((key) =>
            [state, other, state, other, state, other].map(async (s) => ({
              key,
              first: await s.firstSight(key, HOUR),
            })),
          ),
        );
      const winsPerKey = (results: { key: string; first: boolean }[]) =>
        keys.map((key) => results.filter((r) => r.key === key && r.first).length);

      expect(winsPerKey(await race())).toEqual(keys.map(() => 1));
      expect(winsPerKey(await race())).toEqual(keys.map(() => 0));
      clock.advance(HOUR);
      expect(winsPerKey(await race())).toEqual(keys.map(() => 1));
    });

    it('sweeps the expired entries, and only those', async () => {
      await state.rememberBrief('old conversation', 'b-old');
      await state.rememberQuestion('old token', 'old question?');
      expect(await state.firstSight('Ev-short', HOUR)).toBe(true);
      expect(await state.firstSight('Ev-long', 2 * WEEK)).toBe(true);
      clock.advance(DAY);
      await state.rememberBrief('new conversation', 'b-new');
      await state.rememberQuestion('new token', 'new question?');
      expect(await state.firstSight('Ev-day', HOUR)).toBe(true);
      // A day on, only Ev-short (an hour) has expired.
      expect(await state.sweep()).toBe(1);
      clock.advance(WEEK - DAY);
      // A week on: the old brief and question (exactly a week old) and Ev-day. Live: the rest.
      expect(await state.sweep()).toBe(3);
      expect(await state.sweep()).toBe(0);
      expect(await state.briefOf('new conversation')).toBe('b-new');
      expect(await state.questionOf('new token')).toBe('new question?');
      expect(await state.firstSight('Ev-long', HOUR)).toBe(false);
      expect(await state.briefOf('old conversation')).toBeNull();
      expect(await state.questionOf('old token')).toBeNull();
      expect(await state.firstSight('Ev-short', HOUR)).toBe(true);
    });

    it('keeps long and odd keys and values exactly as given, each apart from the others', async () => {
      expect(new Set(ODD_KEYS).size).toBe(ODD_KEYS.length);
      for (const [i, key] of ODD_KEYS.entries()) {
        await state.rememberBrief(key, `brief-${i}`);
        await state.rememberQuestion(key, `question ${i}: "it's" 🙂\n${key}`);
        expect(await state.firstSight(key, HOUR), JSON.stringify(key)).toBe(true);
      }
      for (const [i, key] of ODD_KEYS.entries()) {
        expect(await state.briefOf(key), JSON.stringify(key)).toBe(`brief-${i}`);
        expect(await state.questionOf(key), JSON.stringify(key)).toBe(`question ${i}: "it's" 🙂\n${key}`);
        expect(await state.firstSight(key, HOUR), JSON.stringify(key)).toBe(false);
      }
      const long = 'Why? '.repeat(2000);
      await state.rememberQuestion('long', long);
      expect(await state.questionOf('long')).toBe(long);
    });

    it.each([
      ['a key over the length allowed', 'x'.repeat(MAX_STATE_KEY_LENGTH + 1), /over the 512 allowed/],
      ['a key with a NUL', 'a\u0000b', /NUL/],
      ['a key with a lone surrogate', 'a\uD800b', /surrogate/],
    ])('rejects %s everywhere, naming the field, and keeps nothing', async (_label, key, reason) => {
      const attempts: [string, () => Promise<unknown>][] = [
        ['conversation', () => state.rememberBrief(key, 'b1')],
        ['conversation', () => state.briefOf(key)],
        ['eventKey', () => state.firstSight(key, HOUR)],
        ['token', () => state.rememberQuestion(key, 'q?')],
        ['token', () => state.questionOf(key)],
      ];
      for (const [field, attempt] of attempts) {
        const error = await attempt().then(
          () => null,
          (e: unknown) => e,
        );
        expect(error, field).toBeInstanceOf(InvalidConversationStateError);
        expect((error as Error).message).toMatch(new RegExp(`^invalid conversation state: ${field} `));
        expect((error as Error).message).toMatch(reason);
        expect((error as Error).message).not.toContain(key);
      }
      expect(await state.sweep()).toBe(0);
    });

    it('rejects values a database cannot keep, naming the field, and keeps nothing', async () => {
      await expect(state.rememberBrief('c1', 'b\u0000')).rejects.toThrow(
        /^invalid conversation state: briefId /,
      );
      await expect(state.rememberQuestion('t1', 'why\uDC00?')).rejects.toThrow(/question .*surrogate/);
      expect(await state.briefOf('c1')).toBeNull();
      expect(await state.questionOf('t1')).toBeNull();
    });

    it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY, 1e20])(
      'rejects a lifetime of %s ms, naming it, and sees nothing',
      async (ttlMs) => {
        await expect(state.firstSight('Ev1', ttlMs)).rejects.toThrow(/^invalid conversation state: ttlMs /);
        expect(await state.firstSight('Ev1', HOUR)).toBe(true);
      },
    );
  });
}

/** What SQL stores promise beyond the interface: the state lasts, rows are really swept, old databases upgrade. */
export function sqlConversationStateContract(subject: SqlDatabaseSubject): void {
  describe(`SQL store conversation state: ${subject.name}`, () => {
    let clock: TestClock;
    let db: Awaited<ReturnType<SqlDatabaseSubject['create']>>;
    const open: Store[] = [];
    const openState = async () => {
      const store = await db.open();
      open.push(store);
      return { store, state: conversationStateFor(store, clock) };
    };
    const keysIn = async (table: string, key: string) =>
      (await db.rows(`SELECT ${key} AS key FROM ${table} ORDER BY ${key}`)).map((r) => r.key);

    beforeEach(async () => {
      clock = new TestClock();
      db = await subject.create();
    });

    afterEach(async () => {
      for (const store of open.splice(0)) await store.close();
      await db.dispose();
    });

    it('keeps conversation state after the store is closed and opened again', async () => {
      const first = await openState();
      await first.state.rememberBrief('T1:C1:1.0', 'harbour-bridge');
      await first.state.rememberQuestion('tok', 'Who opened it?');
      expect(await first.state.firstSight('Ev1', HOUR)).toBe(true);
      await first.store.close();
      const again = (await openState()).state;
      expect(await again.briefOf('T1:C1:1.0')).toBe('harbour-bridge');
      expect(await again.questionOf('tok')).toBe('Who opened it?');
      expect(await again.firstSight('Ev1', HOUR)).toBe(false);
    });

    it('deletes expired rows from every table when swept, leaving live rows', async () => {
      const { state } = await openState();
      await state.rememberBrief('c-old', 'b');
      await state.rememberQuestion('t-old', 'q?');
      await state.firstSight('e-old', HOUR);
      clock.advance(WEEK);
      await state.rememberBrief('c-new', 'b');
      await state.rememberQuestion('t-new', 'q?');
      await state.firstSight('e-new', HOUR);
      expect(await keysIn('seen_events', 'event_key')).toEqual(['e-new', 'e-old']);
      expect(await state.sweep()).toBe(3);
      expect(await keysIn('conversation_briefs', 'conversation')).toEqual(['c-new']);
      expect(await keysIn('feedback_questions', 'token')).toEqual(['t-new']);
      expect(await keysIn('seen_events', 'event_key')).toEqual(['e-new']);
    });

    it('upgrades a database made at version 2, keeping its feedback', async () => {
      const older = subject.migrations.filter((m) => m.version <= 2);
      expect(older.map((m) => m.version)).toEqual([1, 2]);
      await db.sql(`${MIGRATIONS_TABLE_SQL};
        ${older.map((m) => m.sql).join('\n')}
        ${older.map((m) => `INSERT INTO schema_migrations (version, name, applied_at) VALUES (${m.version}, '${m.name}', '2025-01-01T00:00:00.000Z');`).join('\n')}
        INSERT INTO feedback VALUES ('slack', 'T1', 'C1', '1740816000.000100', 'U1', 'down', 'answer',
          '2025-03-01-harbour-bridge', 3, 'When does the bridge reopen?', '2025-03-01T08:00:00.000Z');`);
      const { store, state } = await openState();
      expect(await store.recentFeedback({ limit: 10 })).toEqual([click()]);
      await state.rememberBrief('T1:C1:1.0', 'harbour-bridge');
      expect(await state.briefOf('T1:C1:1.0')).toBe('harbour-bridge');
      expect(await db.rows('SELECT version, name FROM schema_migrations ORDER BY version')).toEqual(
        subject.migrations.map((m) => ({ version: m.version, name: m.name })),
      );
      expect(subject.migrations.find((m) => m.version === 3)).toMatchObject({ name: 'conversation state' });
    });
  });
}
