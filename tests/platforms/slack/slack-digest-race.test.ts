import { WebClient } from '@slack/web-api';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { digestReply } from '../../../src/core/digest/digest-reply.js';
import type { Target } from '../../../src/core/digest/subscription.js';
import { ChannelPacer } from '../../../src/platforms/shared/channel-pacer.js';
import { createSlackPublisher } from '../../../src/platforms/slack/slack-publisher.js';
import { FAKE_TEAM, FakeSlack } from '../../fakes/fake-slack.js';
import { story } from '../../schedule/scheduler-fakes.js';
import { BOT_TOKEN } from './slack-harness.js';

const STORIES = [story('a', '2022-08-21T18:00:00Z', { title: 'Council approves the harbour plan' })];
const SLOT = '2022-08-22T06:00:00.000Z';
const REPLY = digestReply(STORIES, 0, { slot: SLOT, timezone: 'UTC' });
const KEY = `sub-race:${SLOT}`;
/** Long enough that both replicas' calls reach Slack before either hears back. */
const SLOW_MS = 150;
const target = (channel: string): Target => ({ platform: 'slack', workspace: FAKE_TEAM, channel });

/**
 * Two replicas posting the same digest at the same moment (the claim that should keep them apart lost, or
 * a take-over of a claim thought stale): both look in the channel, find nothing, and post. Each reads the
 * channel back and deletes its copy if an earlier one is there, so the channel shows the digest once.
 */
describe('a Slack digest posted by two replicas at once (real Web API clients, fake Slack)', () => {
  let fake: FakeSlack;
  beforeAll(async () => {
    fake = await new FakeSlack(BOT_TOKEN).start();
  });
  afterAll(() => fake.stop());
  afterEach(() => fake.latency.clear());

  /** One replica's publisher: its own Web API client (configured as the bot's), pacer and log. */
  function replica() {
    const logs: string[] = [];
    const logger = pino(
      { level: 'debug', hooks: { streamWrite: (s) => s } },
      { write: (line: string) => logs.push(line) },
    );
    const client = new WebClient(BOT_TOKEN, {
      slackApiUrl: fake.apiUrl,
      retryConfig: { retries: 0 },
      rejectRateLimitedCalls: true,
    });
    return { logs, publisher: createSlackPublisher(client, new ChannelPacer(0), logger) };
  }

  const postedIn = (channel: string) => fake.messages.filter((m) => m.channel === channel);
  const callsIn = (method: string, channel: string) =>
    fake.callsOf(method).filter((c) => c.body.channel === channel);

  /** Both replicas publish KEY to `channel` at once; both checks are answered before either posts. */
  async function race(channel: string, between?: () => void | Promise<void>) {
    const [a, b] = [replica(), replica()];
    fake.latency.set('conversations.history', SLOW_MS);
    const both = Promise.all([
      a.publisher.publish(target(channel), REPLY, KEY),
      b.publisher.publish(target(channel), REPLY, KEY),
    ]);
    if (between) {
      await fake.waitFor(() => callsIn('chat.postMessage', channel).length === 2);
      await between();
    }
    await both;
    // Both found the channel empty and posted: the race this is about did happen.
    expect(callsIn('chat.postMessage', channel)).toHaveLength(2);
    return [...a.logs, ...b.logs];
  }

  it('leaves the digest in the channel once', async () => {
    const logs = await race('C0RACE');
    expect(postedIn('C0RACE')).toHaveLength(1);
    expect(callsIn('chat.delete', 'C0RACE')).toHaveLength(1);
    const removed = logs.filter((line) => line.includes('removed a duplicate digest'));
    expect(removed).toHaveLength(1);
    expect(JSON.parse(removed[0] ?? '{}')).toMatchObject({ level: 30, channel: 'C0RACE', key: KEY });
    expect(logs.join('\n')).not.toContain(BOT_TOKEN);
  });

  it('keeps the earliest copy, even when each replica sees both copies', async () => {
    // Posts land at once but are answered late, so each replica's read-back finds both copies.
    fake.latency.set('chat.postMessage', SLOW_MS);
    await race('C0BOTH');
    const [survivor, ...others] = postedIn('C0BOTH');
    expect(others).toEqual([]);
    const deleted = callsIn('chat.delete', 'C0BOTH').map((c) => String(c.body.ts));
    expect(deleted).toHaveLength(1);
    expect(Number(survivor?.ts)).toBeLessThan(Number(deleted[0]));
  });

  it('keeps both copies, and says why, when the read-back fails: a duplicate is better than a lost digest', async () => {
    fake.latency.set('chat.postMessage', SLOW_MS);
    const logs = await race('C0BLIND', () =>
      fake.failNext('conversations.history', { error: 'internal_error' }, { status: 500 }),
    );
    expect(postedIn('C0BLIND')).toHaveLength(2);
    expect(callsIn('chat.delete', 'C0BLIND')).toEqual([]);
    const warnings = logs.filter((line) => line.includes('could not read back a posted digest'));
    expect(warnings.map((line) => JSON.parse(line).code).sort()).toEqual(['http_500', 'internal_error']);
  });

  it('keeps both copies, and says why, when Slack refuses the delete', async () => {
    fake.failNext('chat.delete', { error: 'cant_delete_message' });
    const logs = await race('C0STUCK');
    expect(postedIn('C0STUCK')).toHaveLength(2);
    const warning = logs.find((line) => line.includes('could not delete a duplicate digest'));
    expect(JSON.parse(warning ?? '{}')).toMatchObject({ level: 40, code: 'cant_delete_message' });
  });

  it('deletes nothing on a lone publish, nor for yesterday’s digest (another key) in the channel', async () => {
    const { publisher } = replica();
    await publisher.publish(target('C0ALONE'), REPLY, 'sub-race:2022-08-21T06:00:00.000Z');
    await publisher.publish(target('C0ALONE'), REPLY, KEY);
    await publisher.publish(target('C0ALONE'), REPLY, KEY);
    expect(postedIn('C0ALONE')).toHaveLength(2);
    expect(callsIn('chat.postMessage', 'C0ALONE')).toHaveLength(2);
    // Each post is checked before and read back after; the re-send stops at its check.
    expect(callsIn('conversations.history', 'C0ALONE')).toHaveLength(5);
    expect(callsIn('chat.delete', 'C0ALONE')).toEqual([]);
  });
});
