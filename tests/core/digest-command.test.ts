import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Brief } from '../../src/core/brief.schema.js';
import { buildBriefing } from '../../src/core/briefing/build-briefing.js';
import { dailySchedule } from '../../src/core/commands/digest/digest-schedule.js';
import {
  type CommandContext,
  type CommandInput,
  type DigestContext,
  digestCommand,
  findCommand,
  ownChannel,
} from '../../src/core/commands/index.js';
import type { Clock } from '../../src/core/digest/publisher.js';
import type { Target } from '../../src/core/digest/subscription.js';
import { blocksOf } from '../../src/core/reply.js';
import { cronSchedule } from '../../src/schedule/cron-schedule.js';
import { MemoryStore } from '../fakes/memory-store.js';
import { BRIDGE_ID, byId, EXPO_ID, loadFixtureBriefs } from '../fixtures/fixture-briefs.js';
import { blocksText } from './reply-texts.js';

/** Wednesday 25 Nov 2026, 10:00 UTC (11:00 in Berlin, CET). */
const NOW = '2026-11-25T10:00:00.000Z';
const GENERAL: Target = { platform: 'slack', workspace: 'T1', channel: 'general' };

let briefs: Brief[];
let store: MemoryStore;
let clock: Clock & { at: Date };

const textOf = blocksText;

function contextFor(overrides: Partial<DigestContext> = {}): CommandContext {
  return {
    briefs,
    digest: {
      store,
      target: GENERAL,
      user: 'U-ADA',
      clock,
      schedule: cronSchedule,
      managers: ownChannel('the test'),
      ...overrides,
    },
  };
}

const run = (input: CommandInput, context = contextFor()) => digestCommand.run(input, context);

async function expectError(input: CommandInput, ...fragments: string[]) {
  const reply = await run(input);
  expect(reply.kind).toBe('error');
  expect(reply.private).toBe(true);
  for (const fragment of fragments) expect(textOf(reply)).toContain(fragment);
  expect(await store.list()).toEqual([]);
}

beforeAll(async () => {
  briefs = await loadFixtureBriefs();
});

beforeEach(() => {
  store = new MemoryStore();
  clock = { at: new Date(NOW), now: () => new Date(clock.at) };
});

describe('/digest', () => {
  it('is registered, with options short enough for Discord', () => {
    expect(findCommand('/digest')).toBe(digestCommand);
    expect(digestCommand.usage.startsWith('/digest')).toBe(true);
    for (const option of digestCommand.options) expect(option.description.length).toBeLessThanOrEqual(100);
  });

  it('without a store, says that digests need one', async () => {
    const reply = await digestCommand.run({ text: 'subscribe' }, { briefs });
    expect(reply.kind).toBe('error');
    expect(reply.private).toBe(true);
    expect(textOf(reply)).toContain('need the subscription store');
  });

  it('without an action, or with an unknown one, says what to type', async () => {
    await expectError({}, 'Say what to do', '/digest subscribe|unsubscribe|list|preview|status');
    await expectError({ text: 'frobnicate' }, 'Unknown digest action "frobnicate"');
  });
});

describe('/digest subscribe', () => {
  it('defaults to 08:00 UTC and every topic, records who subscribed, and replies privately', async () => {
    const reply = await run({ text: 'subscribe' });
    expect(reply.kind).toBe('list');
    expect(reply.private).toBe(true);
    expect(reply.title).toBe('Digest subscribed');
    expect(textOf(reply)).toContain('daily at 08:00 UTC');
    expect(textOf(reply)).toContain('Thu 26 Nov 2026, 08:00 UTC');
    const [saved] = await store.list();
    expect(saved).toMatchObject({
      target: GENERAL,
      cron: '0 8 * * *',
      timezone: 'UTC',
      topics: [],
      postWhenEmpty: false,
      createdBy: 'U-ADA',
      createdAt: NOW,
      nextRunAt: '2026-11-26T08:00:00.000Z',
      deliveredThrough: NOW,
      pausedReason: null,
    });
  });

  it('posts "no new stories" on quiet days only when asked to', async () => {
    await expectError({ text: 'subscribe empty sometimes' }, 'Empty must be post or skip');
    await run({ text: 'subscribe empty post' });
    expect((await store.findByTarget(GENERAL))?.postWhenEmpty).toBe(true);
    await run({ text: 'subscribe time 07:00' });
    expect((await store.findByTarget(GENERAL))?.postWhenEmpty).toBe(true);
    await run({ text: 'subscribe empty skip' });
    expect((await store.findByTarget(GENERAL))?.postWhenEmpty).toBe(false);
  });

  it('reads time, time zone and topics from Slack-style text', async () => {
    await run({ text: 'subscribe time 07:30 timezone Europe/Berlin topics ai,energy' });
    expect(await store.findByTarget(GENERAL)).toMatchObject({
      cron: '30 7 * * *',
      timezone: 'Europe/Berlin',
      topics: ['ai', 'energy'],
      nextRunAt: '2026-11-26T06:30:00.000Z',
    });
  });

  it('reads key=value and key:value words, and a topic list with spaces', async () => {
    await run({ text: 'subscribe time=7:05 timezone:america/new_york topics AI, Climate change ,ai' });
    expect(await store.findByTarget(GENERAL)).toMatchObject({
      cron: '5 7 * * *',
      timezone: 'America/New_York',
      topics: ['ai', 'climate change'],
      nextRunAt: '2026-11-25T12:05:00.000Z',
    });
  });

  it('reads Discord-style named options, which win over the text', async () => {
    await run({
      text: 'subscribe time 09:00',
      options: { action: 'subscribe', time: '07:30', timezone: 'Asia/Tokyo', topics: 'Energy' },
    });
    expect(await store.findByTarget(GENERAL)).toMatchObject({
      cron: '30 7 * * *',
      timezone: 'Asia/Tokyo',
      topics: ['energy'],
      nextRunAt: '2026-11-25T22:30:00.000Z',
    });
  });

  it('takes a five-field cron expression, unquoted, in the time zone', async () => {
    const reply = await run({ text: 'subscribe cron 30 7 * * 1-5 timezone Europe/Berlin' });
    expect(textOf(reply)).toContain('cron 30 7 * * 1-5 (Europe/Berlin)');
    expect(await store.findByTarget(GENERAL)).toMatchObject({
      cron: '30 7 * * 1-5',
      nextRunAt: '2026-11-26T06:30:00.000Z',
    });
    await run({ options: { action: 'subscribe', cron: '0 18 * * 5' } });
    expect((await store.findByTarget(GENERAL))?.nextRunAt).toBe('2026-11-27T18:00:00.000Z');
  });

  it('rejects a bad time, time zone, cron or topic list, saying what to type', async () => {
    await expectError({ text: 'subscribe time 25:00' }, 'Time must be HH:MM, like 07:30');
    await expectError({ text: 'subscribe time 7.30' }, 'Time must be HH:MM, like 07:30');
    await expectError({ options: { action: 'subscribe', time: 'noon' } }, 'Time must be HH:MM');
    await expectError(
      { text: 'subscribe timezone Mars/Olympus' },
      'Unknown time zone "Mars/Olympus"',
      'IANA',
    );
    await expectError({ text: 'subscribe cron 61 * * * *' }, 'Cron must be five fields', 'cron 30 7 * * 1-5');
    await expectError({ text: 'subscribe cron 0 0 8 * * *' }, 'Cron must be five fields');
    await expectError({ text: 'subscribe cron every morning' }, 'Cron must be five fields');
    await expectError(
      { text: 'subscribe topics ,,' },
      'Topics must be words separated by commas, like ai,energy',
    );
    await expectError({ text: 'subscribe topics <script>' }, 'Topics must be words');
    await expectError({ text: 'subscribe time 07:30 cron 0 8 * * *' }, 'either time or cron');
    await expectError({ text: 'subscribe tomorrow' }, 'Unknown option "tomorrow"', '[time HH:MM]');
    await expectError({ text: 'subscribe time' }, 'Give a value after time');
  });

  it('without the cron engine, still takes daily times but not other cron expressions', async () => {
    const daily = contextFor();
    delete daily.digest?.schedule;
    await run({ text: 'subscribe time 08:00 timezone Europe/Berlin' }, daily);
    expect((await store.findByTarget(GENERAL))?.nextRunAt).toBe('2026-11-26T07:00:00.000Z');
    const reply = await run({ text: 'subscribe cron 30 7 * * 1-5' }, daily);
    expect(reply.kind).toBe('error');
  });

  it('replaces the channel’s subscription on a second subscribe, keeping what it had delivered', async () => {
    await run({ text: 'subscribe time 07:30' });
    const first = await store.findByTarget(GENERAL);
    await store.advance(first?.id ?? '', '2026-11-26T07:30:00.000Z', '2026-11-25T07:30:00.000Z');
    await store.pause(first?.id ?? '', 'channel_not_found');
    const reply = await run({ text: 'subscribe time 18:00 topics energy' }, contextFor({ user: 'U-BOB' }));
    expect(reply.title).toBe('Digest updated');
    const all = await store.list();
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({
      id: first?.id,
      cron: '0 18 * * *',
      topics: ['energy'],
      createdBy: 'U-BOB',
      nextRunAt: '2026-11-25T18:00:00.000Z',
      deliveredThrough: '2026-11-25T07:30:00.000Z',
      pausedReason: null,
    });
  });
});

describe('who may change a channel’s digest', () => {
  const guest = { who: 'the channel’s managers', mayManage: async () => false };

  it('refuses subscribe and unsubscribe to anyone the platform says is no manager, privately, naming who', async () => {
    await run({ text: 'subscribe time 07:00' });
    for (const text of ['subscribe time 09:00', 'unsubscribe']) {
      const reply = await run({ text }, contextFor({ managers: guest }));
      expect(reply.kind).toBe('error');
      expect(reply.private).toBe(true);
      expect(textOf(reply)).toContain("Only the channel’s managers can change this channel's digests.");
    }
    expect(await store.findByTarget(GENERAL)).toMatchObject({ cron: '0 7 * * *' });
  });

  it('lets anyone read it: list, status, preview', async () => {
    await run({ text: 'subscribe time 07:00' });
    for (const text of ['list', 'status', 'preview']) {
      expect((await run({ text }, contextFor({ managers: guest }))).kind).not.toBe('error');
    }
  });

  it('asks the platform only for changes, and checks the action before anything else', async () => {
    let asked = 0;
    const counting = {
      who: 'x',
      async mayManage() {
        asked++;
        return false;
      },
    };
    await run({ text: 'status' }, contextFor({ managers: counting }));
    expect(asked).toBe(0);
    const reply = await run({ text: 'subscribe time 25:99' }, contextFor({ managers: counting }));
    expect(asked).toBe(1);
    expect(textOf(reply)).toContain('can change');
  });
});

describe('/digest unsubscribe', () => {
  it('removes this channel’s digest only, and says so when there is none', async () => {
    await run({ text: 'subscribe' });
    await run({ text: 'subscribe' }, contextFor({ target: { ...GENERAL, channel: 'news' } }));
    const reply = await run({ text: 'unsubscribe' });
    expect(reply.kind).toBe('list');
    expect(reply.private).toBe(true);
    expect(textOf(reply)).toContain('#general will get no more digests');
    expect((await store.list()).map((s) => s.target.channel)).toEqual(['news']);
    const again = await run({ options: { action: 'unsubscribe' } });
    expect(again.kind).toBe('error');
    expect(textOf(again)).toContain('This channel has no digest');
  });
});

describe('/digest list', () => {
  it('lists the subscriptions of this workspace only, by channel', async () => {
    await run(
      { text: 'subscribe time 07:30 timezone Europe/Berlin topics ai' },
      contextFor({ target: { ...GENERAL, channel: 'news' } }),
    );
    await run({ text: 'subscribe' });
    await run(
      { text: 'subscribe' },
      contextFor({ target: { ...GENERAL, workspace: 'T2', channel: 'other' } }),
    );
    await run(
      { text: 'subscribe' },
      contextFor({ target: { platform: 'discord', workspace: 'T1', channel: 'dc' } }),
    );
    const reply = await run({ text: 'list' });
    expect(reply.private).toBe(true);
    expect(reply.title).toBe('Digests in this workspace (2)');
    const bullets = blocksOf(reply, 'bullets')[0]?.items ?? [];
    expect(bullets).toHaveLength(2);
    expect(bullets[0]).toContain('#general · daily at 08:00 UTC · topics: every story');
    expect(bullets[1]).toContain('#news · daily at 07:30 Europe/Berlin · topics: ai');
    expect(bullets[1]).toContain('next: Thu 26 Nov 2026, 07:30 CET');
    expect(bullets[1]).toContain('by U-ADA');
    expect(textOf(reply)).not.toContain('other');
  });

  it('says when the workspace has none', async () => {
    const reply = await run({ text: 'list' });
    expect(textOf(reply)).toContain('No digests yet');
  });
});

describe('/digest status', () => {
  it('shows the next run in the channel’s zone, the last delivery, the last error and a pause', async () => {
    await run({ text: 'subscribe time 07:30 timezone Europe/Berlin' });
    const sub = await store.findByTarget(GENERAL);
    const id = sub?.id ?? '';
    let reply = await run({ text: 'status' });
    expect(reply.private).toBe(true);
    expect(textOf(reply)).toContain('Next run: Thu 26 Nov 2026, 07:30 CET');
    expect(textOf(reply)).toContain('Last delivery: none yet');
    expect(textOf(reply)).toContain('Last error: none');

    await store.claim(id, '2026-11-24T06:30:00.000Z', '2026-11-24T06:30:01.000Z');
    await store.settle(id, '2026-11-24T06:30:00.000Z', {
      outcome: 'failed',
      settledAt: '2026-11-24T06:31:00.000Z',
      attempts: 3,
      briefIds: [],
      error: 'rate limited',
      late: false,
    });
    await store.claim(id, '2026-11-25T06:30:00.000Z', '2026-11-25T06:30:01.000Z');
    await store.settle(id, '2026-11-25T06:30:00.000Z', {
      outcome: 'delivered',
      settledAt: '2026-11-25T06:30:02.000Z',
      attempts: 1,
      briefIds: [BRIDGE_ID, EXPO_ID],
      error: null,
      late: true,
    });
    await store.pause(id, 'channel_not_found');
    reply = await run({ options: { action: 'status' } });
    const text = textOf(reply);
    expect(text).toContain('Schedule: daily at 07:30 Europe/Berlin');
    expect(text).toContain('Last delivery: Wed 25 Nov 2026, 07:30 CET — delivered (late), 2 stories');
    expect(text).toContain('Last error: rate limited (Tue 24 Nov 2026, 07:31 CET)');
    expect(text).toContain('Paused: channel_not_found');
    expect(text).toContain('Next run: none while paused');
  });

  it('says when the channel has no digest', async () => {
    const reply = await run({ text: 'status' });
    expect(reply.kind).toBe('error');
    expect(textOf(reply)).toContain('/digest subscribe');
  });
});

describe('/digest preview', () => {
  /** The library with fresh copies of some briefs, added an hour after NOW (once subscribed). */
  function withArrivals(...ids: string[]): Brief[] {
    const added = new Date(Date.parse(NOW) + 3_600_000).toISOString();
    return [...briefs, ...ids.map((id) => ({ ...byId(briefs, id), id: `${id}-fresh`, addedAt: added }))];
  }

  it('shows what the next digest would carry: the stories that arrived since the subscription, privately', async () => {
    await run({ text: 'subscribe time 07:30' });
    clock.at = new Date(Date.parse(NOW) + 2 * 3_600_000);
    const reply = await run({ text: 'preview' }, { ...contextFor(), briefs: withArrivals(BRIDGE_ID) });
    expect(reply.kind).toBe('digest');
    expect(reply.private).toBe(true);
    expect(reply.title).toBe('Your news digest — 25 Nov 2026');
    // The old stories (the library's own) are not in it: the scheduler would not post them either.
    expect(blocksOf(reply, 'story').map((s) => s.title)).toEqual([
      buildBriefing(byId(briefs, BRIDGE_ID)).headline,
    ]);
    expect(reply.footer).toContain('The next digest (Thu 26 Nov 2026, 07:30 UTC)');
  });

  it('says that a channel with no digest would get nothing yet, and how to start one', async () => {
    const reply = await run({ text: 'preview' });
    expect(blocksOf(reply, 'story')).toEqual([]);
    expect(textOf(reply)).toContain('A digest starts from when you subscribe');
    expect(reply.footer).toContain('/digest subscribe');
  });

  it('uses the channel’s topics, or those given, and says a quiet day is skipped', async () => {
    const expo = byId(briefs, EXPO_ID);
    const word = (expo.title.match(/\p{L}{4,}/gu) ?? [])[0]?.toLowerCase() ?? '';
    await run({ text: `subscribe topics ${word}` });
    clock.at = new Date(Date.parse(NOW) + 2 * 3_600_000);
    const context = { ...contextFor(), briefs: withArrivals(EXPO_ID, BRIDGE_ID) };
    const reply = await run({ text: 'preview' }, context);
    expect(blocksOf(reply, 'story').map((s) => s.title)).toEqual([buildBriefing(expo).headline]);
    const none = await run({ text: 'preview topics volcanoes' }, context);
    expect(textOf(none)).toContain('No new stories');
    expect(none.footer).toContain('it will be skipped');
  });
});

describe('the daily schedule without a cron engine', () => {
  it('follows daylight saving in the zone', () => {
    const next = (after: string) =>
      dailySchedule.nextRunAfter('0 8 * * *', 'Europe/Berlin', new Date(after)).toISOString();
    expect(next('2026-03-28T12:00:00Z')).toBe('2026-03-29T06:00:00.000Z');
    expect(next('2026-10-24T12:00:00Z')).toBe('2026-10-25T07:00:00.000Z');
    expect(next('2026-11-25T07:00:00Z')).toBe('2026-11-26T07:00:00.000Z');
    expect(next('2026-11-25T06:59:59Z')).toBe('2026-11-25T07:00:00.000Z');
  });
});
