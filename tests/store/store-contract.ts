import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Target } from '../../src/core/digest/subscription.js';
import type { NewSubscription, SubscriptionStore } from '../../src/core/digest/subscription-store.js';
import type { Store } from '../../src/store/open-store.js';

export interface OpenedStore {
  store: Store;
  /** Runs one raw SQL statement on the same database (to corrupt a row); SQL stores only. */
  sql?: (statement: string) => Promise<void>;
  /** Called after close: removes the file, schema or database. */
  dispose?: () => Promise<void>;
}

export interface ContractSubject {
  name: string;
  /** A new, empty store for each test. */
  open(): Promise<OpenedStore>;
}

const T0 = '2025-03-01T08:00:00.000Z';
const at = (minutes: number) => new Date(Date.parse(T0) + minutes * 60_000).toISOString();

export const target = (
  channel: string,
  workspace = 'T1',
  platform: Target['platform'] = 'slack',
): Target => ({
  platform,
  workspace,
  channel,
});

export function newSubscription(channel: string, overrides: Partial<NewSubscription> = {}): NewSubscription {
  return {
    target: target(channel),
    cron: '0 8 * * *',
    timezone: 'Europe/Berlin',
    topics: ['energy', 'climate'],
    postWhenEmpty: false,
    createdBy: 'U123',
    createdAt: at(-60),
    nextRunAt: T0,
    deliveredThrough: at(-1440),
    pausedReason: null,
    ...overrides,
  };
}

const settled: Parameters<SubscriptionStore['settle']>[2] = {
  outcome: 'delivered',
  settledAt: at(1),
  attempts: 1,
  briefIds: ['b1', 'b2'],
  error: null,
  late: false,
};

/** Inside a describe: a new store from `subject` before each test, given to `use`; closed and disposed after. */
export function openForEachTest(subject: ContractSubject, use: (opened: OpenedStore) => void): void {
  let opened: OpenedStore | undefined;
  beforeEach(async () => {
    opened = await subject.open();
    use(opened);
  });
  afterEach(async () => {
    await opened?.store.close();
    await opened?.dispose?.();
  });
}

/** The behaviour every SubscriptionStore promises (subscription-store.ts), checked on one implementation. */
export function storeContract(subject: ContractSubject): void {
  describe(`SubscriptionStore contract: ${subject.name}`, () => {
    let store: SubscriptionStore;
    openForEachTest(subject, (opened) => {
      store = opened.store;
    });

    it('subscribes, and finds the subscription by id and by target', async () => {
      const saved = await store.subscribe(newSubscription('C1'));
      expect(saved.id).not.toBe('');
      expect(saved).toEqual({ ...newSubscription('C1'), id: saved.id });
      expect(await store.get(saved.id)).toEqual(saved);
      expect(await store.findByTarget(target('C1'))).toEqual(saved);
      expect(await store.findByTarget(target('C1', 'T2'))).toBeNull();
      expect(await store.get('no-such-id')).toBeNull();
    });

    it('replaces the subscription of the same target, keeping one a channel', async () => {
      const first = await store.subscribe(newSubscription('C1'));
      const second = await store.subscribe(newSubscription('C1', { cron: '30 7 * * 1-5', topics: [] }));
      expect(second.id).toBe(first.id);
      expect(second.cron).toBe('30 7 * * 1-5');
      expect(second.topics).toEqual([]);
      expect(await store.list()).toEqual([second]);
    });

    it('unsubscribes, saying whether there was a subscription', async () => {
      const saved = await store.subscribe(newSubscription('C1'));
      expect(await store.unsubscribe(target('C1'))).toBe(true);
      expect(await store.unsubscribe(target('C1'))).toBe(false);
      expect(await store.get(saved.id)).toBeNull();
    });

    it('lists by workspace and platform', async () => {
      await store.subscribe(newSubscription('C1'));
      await store.subscribe(newSubscription('C2'));
      await store.subscribe(newSubscription('C3', { target: target('C3', 'T2') }));
      await store.subscribe(newSubscription('D1', { target: target('D1', 'T1', 'discord') }));
      const channels = (subs: { target: Target }[]) => subs.map((s) => s.target.channel).sort();
      expect(channels(await store.list())).toEqual(['C1', 'C2', 'C3', 'D1']);
      expect(channels(await store.list({ workspace: 'T1' }))).toEqual(['C1', 'C2', 'D1']);
      expect(channels(await store.list({ platform: 'slack', workspace: 'T1' }))).toEqual(['C1', 'C2']);
      expect(channels(await store.list({ platform: 'discord' }))).toEqual(['D1']);
    });

    it('returns due subscriptions oldest first, up to now inclusive, without the paused, at most limit', async () => {
      const late = await store.subscribe(newSubscription('late', { nextRunAt: at(-30) }));
      const onTime = await store.subscribe(newSubscription('on-time', { nextRunAt: at(0) }));
      const early = await store.subscribe(newSubscription('earliest', { nextRunAt: at(-90) }));
      await store.subscribe(newSubscription('future', { nextRunAt: at(1) }));
      await store.subscribe(
        newSubscription('paused', { nextRunAt: at(-120), pausedReason: 'channel_not_found' }),
      );
      const ids = (subs: { id: string }[]) => subs.map((s) => s.id);
      expect(ids(await store.due(at(0), 10))).toEqual([early.id, late.id, onTime.id]);
      expect(ids(await store.due(at(0), 2))).toEqual([early.id, late.id]);
      expect(await store.due(at(-91), 10)).toEqual([]);
    });

    it('advances the schedule, moving deliveredThrough only when given', async () => {
      const saved = await store.subscribe(newSubscription('C1'));
      await store.advance(saved.id, at(1440));
      expect(await store.get(saved.id)).toMatchObject({ nextRunAt: at(1440), deliveredThrough: at(-1440) });
      await store.advance(saved.id, at(2880), at(1));
      expect(await store.get(saved.id)).toMatchObject({ nextRunAt: at(2880), deliveredThrough: at(1) });
      expect(await store.due(at(1440), 10)).toEqual([]);
    });

    it('pauses with a reason and resumes', async () => {
      const saved = await store.subscribe(newSubscription('C1'));
      await store.pause(saved.id, 'missing_scope');
      expect((await store.get(saved.id))?.pausedReason).toBe('missing_scope');
      expect(await store.due(at(0), 10)).toEqual([]);
      await store.resume(saved.id);
      expect((await store.get(saved.id))?.pausedReason).toBeNull();
      expect((await store.due(at(0), 10)).map((s) => s.id)).toEqual([saved.id]);
    });

    it('claims a slot once: the second claim gets null, another slot is free', async () => {
      const saved = await store.subscribe(newSubscription('C1'));
      const claim = await store.claim(saved.id, T0, at(0));
      expect(claim).toEqual({
        subscriptionId: saved.id,
        slot: T0,
        outcome: 'claimed',
        claimedAt: at(0),
        settledAt: null,
        attempts: 0,
        briefIds: [],
        error: null,
        late: false,
      });
      expect(await store.claim(saved.id, T0, at(1))).toBeNull();
      expect(await store.claim(saved.id, at(1440), at(1440))).not.toBeNull();
    });

    it('settles a claim and lists the claims left unsettled before an instant', async () => {
      const saved = await store.subscribe(newSubscription('C1'));
      await store.claim(saved.id, at(0), at(0));
      await store.claim(saved.id, at(1440), at(1440));
      await store.claim(saved.id, at(2880), at(2880));
      await store.settle(saved.id, at(0), settled);
      expect((await store.history(saved.id, 10)).find((d) => d.slot === at(0))).toEqual({
        subscriptionId: saved.id,
        slot: at(0),
        claimedAt: at(0),
        ...settled,
        briefIds: ['b1', 'b2'],
      });
      const failed = {
        ...settled,
        outcome: 'failed',
        error: 'rate limited',
        attempts: 3,
        late: true,
      } as const;
      await store.settle(saved.id, at(1440), { ...failed, briefIds: [] });
      expect((await store.history(saved.id, 1))[0]).toMatchObject({ outcome: 'claimed', slot: at(2880) });
      expect(await store.unsettled(at(2880))).toEqual([]);
      expect((await store.unsettled(at(2881))).map((d) => d.slot)).toEqual([at(2880)]);
      expect((await store.history(saved.id, 10)).find((d) => d.slot === at(1440))).toMatchObject({
        outcome: 'failed',
        error: 'rate limited',
        attempts: 3,
        late: true,
      });
    });

    it('lets one taker over a stale claim, and none over a fresh or settled one', async () => {
      const saved = await store.subscribe(newSubscription('C1'));
      await store.claim(saved.id, at(0), at(0));
      await store.claim(saved.id, at(1440), at(1440));
      await store.settle(saved.id, at(1440), settled);
      // Not stale yet: claimed at(0) is not before at(0).
      expect(await store.reclaim(saved.id, at(0), at(0), at(20))).toBeNull();
      const [first, second] = await Promise.all([
        store.reclaim(saved.id, at(0), at(10), at(20)),
        store.reclaim(saved.id, at(0), at(10), at(21)),
      ]);
      expect([first, second].filter(Boolean)).toHaveLength(1);
      expect(first ?? second).toMatchObject({ slot: at(0), outcome: 'claimed' });
      // Taken over, it is fresh again: a later pass with the same notion of stale leaves it alone.
      expect(await store.reclaim(saved.id, at(0), at(10), at(22))).toBeNull();
      expect(await store.reclaim(saved.id, at(1440), at(2000), at(2001))).toBeNull();
      expect(await store.reclaim(saved.id, at(5000), at(6000), at(6001))).toBeNull();
    });

    it('renews an unsettled claim while its delivery goes on, and no settled one', async () => {
      const saved = await store.subscribe(newSubscription('C1'));
      await store.claim(saved.id, at(0), at(0));
      await store.claim(saved.id, at(1440), at(1440));
      await store.settle(saved.id, at(1440), settled);
      expect(await store.renew(saved.id, at(0), at(5))).toBe(true);
      // Renewed at(5), it is not stale before at(5).
      expect(await store.unsettled(at(5))).toEqual([]);
      expect((await store.unsettled(at(6))).map((d) => d.claimedAt)).toEqual([at(5)]);
      expect(await store.renew(saved.id, at(1440), at(1500))).toBe(false);
      expect(await store.renew(saved.id, at(9000), at(9001))).toBe(false);
    });

    it('gives the history newest slot first, at most limit, for one subscription', async () => {
      const a = await store.subscribe(newSubscription('C1'));
      const b = await store.subscribe(newSubscription('C2'));
      for (const day of [1, 3, 0, 2]) await store.claim(a.id, at(day * 1440), at(day * 1440));
      await store.claim(b.id, at(9999), at(9999));
      expect((await store.history(a.id, 3)).map((d) => d.slot)).toEqual([at(4320), at(2880), at(1440)]);
      expect(await store.history('no-such-id', 3)).toEqual([]);
    });
  });
}

/** What SQL stores promise beyond the interface: rows checked on the way out, instants returned in UTC. */
export function sqlStoreContract(subject: ContractSubject): void {
  describe(`SQL store rows: ${subject.name}`, () => {
    let opened: OpenedStore;
    let sql: (statement: string) => Promise<void>;
    openForEachTest(subject, (o) => {
      opened = o;
      if (!o.sql) throw new Error(`${subject.name} gives no raw SQL access`);
      sql = o.sql;
    });

    it("drops a subscription's ledger with it (ON DELETE CASCADE)", async () => {
      const saved = await opened.store.subscribe(newSubscription('C1'));
      await opened.store.claim(saved.id, T0, at(0));
      await opened.store.unsubscribe(target('C1'));
      expect(await opened.store.history(saved.id, 10)).toEqual([]);
      expect(await opened.store.unsettled(at(10))).toEqual([]);
    });

    it('rejects a corrupted subscription row, naming the table and the field', async () => {
      const saved = await opened.store.subscribe(newSubscription('C1'));
      await sql(`UPDATE subscriptions SET cron = '' WHERE id = '${saved.id}'`);
      await expect(opened.store.get(saved.id)).rejects.toThrow(/subscriptions.*cron/);
      await expect(opened.store.list()).rejects.toThrow(/subscriptions.*cron/);
    });

    it('rejects a corrupted ledger row, naming the table and the field', async () => {
      const saved = await opened.store.subscribe(newSubscription('C1'));
      await opened.store.claim(saved.id, T0, at(0));
      await sql(`UPDATE deliveries SET outcome = 'lost' WHERE subscription_id = '${saved.id}'`);
      await expect(opened.store.history(saved.id, 5)).rejects.toThrow(/deliveries.*outcome/);
    });

    it('returns every instant as ISO UTC with Z, whatever offset it was given in', async () => {
      const saved = await opened.store.subscribe(
        newSubscription('C1', {
          nextRunAt: '2025-03-01T09:00:00+01:00',
          createdAt: '2025-02-28T23:30:00-02:00',
        }),
      );
      expect(saved).toMatchObject({ nextRunAt: T0, createdAt: '2025-03-01T01:30:00.000Z' });
      expect(await opened.store.due('2025-03-01T10:00:00+02:00', 5)).toHaveLength(1);
      expect((await opened.store.claim(saved.id, '2025-03-01T09:00:00+01:00', T0))?.slot).toBe(T0);
      expect(await opened.store.claim(saved.id, T0, T0)).toBeNull();
    });
  });
}
