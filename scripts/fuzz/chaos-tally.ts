import type { Delivery } from '../../src/core/digest/subscription.js';
import { DIGEST_EVENT_TYPE } from '../../src/platforms/slack/slack-publisher.js';
import type { FakeSlack, PostedMessage, RecordedCall } from '../../tests/fakes/fake-slack.js';
import type { TickRun } from './chaos-recovery.js';

/**
 * Counting what a chaos round left in the fake Slack, digest by digest (by the idempotency key in each
 * message's metadata), and saying in one sentence what happened to a digest that broke the rule.
 */

/** One due digest of a round: the subscription's channel and the key its slot is posted with. */
export interface DueDigest {
  channel: string;
  subscriptionId: string;
  /** The slot due, UTC ISO, as the store gave it. */
  slot: string;
  key: string;
}

/** The idempotency key a digest message or a post call carries, if it is a digest. */
export function keyOf(metadata: unknown): string | undefined {
  const m = metadata as PostedMessage['metadata'];
  if (m?.event_type !== DIGEST_EVENT_TYPE) return undefined;
  const key = m.event_payload?.idempotency_key;
  return typeof key === 'string' ? key : undefined;
}

/** The copies of this digest in its channel now. */
export function copiesOf(fake: FakeSlack, digest: DueDigest): PostedMessage[] {
  return fake.messages.filter((m) => m.channel === digest.channel && keyOf(m.metadata) === digest.key);
}

/**
 * How long after `killedAt` the take-over posted this digest, on the simulated clock; undefined when it
 * posted nothing (the digest went out before the kill, or the killed replica posted it and the take-over
 * found it by its key).
 */
export function killToPostMs(
  calls: readonly RecordedCall[],
  digest: DueDigest,
  ticks: readonly TickRun[],
  killedAt: number,
): number | undefined {
  const firstTick = ticks[0];
  if (!firstTick) return undefined;
  // The take-over's first post: a post before it (the killed replica's, failed or not) is not the one.
  const post = calls.find(
    (c) =>
      c.at >= firstTick.startedAt &&
      c.method === 'chat.postMessage' &&
      c.body.channel === digest.channel &&
      keyOf(c.body.metadata) === digest.key,
  );
  const tick = post && ticks.findLast((t) => t.startedAt <= post.at);
  return post && tick ? post.at + tick.offsetMs - killedAt : undefined;
}

export interface RoundStory {
  round: number;
  /** Real Date.now() when the replicas were started: every time in a sentence is counted from here. */
  origin: number;
  /** e.g. "A killed 430 ms after it listened (+1.21 s)". */
  events: string[];
  /** Every call the round made to the fake, the take-over's included. */
  calls: readonly RecordedCall[];
  /** Real moment the take-over began, if it ran. */
  takeOverAt?: number;
  logs: Record<string, string>;
}

/**
 * What happened to one digest, for a failure sentence: the kills, every call made for its channel with
 * its time, its ledger row, and what each replica logged about it.
 */
export function describeDigest(story: RoundStory, digest: DueDigest, ledger: Delivery | undefined): string {
  const at = (ms: number) => `+${((ms - story.origin) / 1000).toFixed(2)} s`;
  const calls = story.calls
    .filter((c) => c.body.channel === digest.channel)
    .map((c) => {
      const by = story.takeOverAt !== undefined && c.at >= story.takeOverAt ? ' by the take-over' : '';
      return `${c.method}${c.method === 'chat.delete' ? ` ${String(c.body.ts)}` : ''} ${at(c.at)}${by}`;
    });
  const logged = Object.entries(story.logs).map(([name, log]) => {
    const lines = log
      .split('\n')
      .filter((line) => line.includes(digest.subscriptionId) || line.includes(digest.channel))
      .map(summariseLogLine);
    return `${name} logged ${lines.length ? lines.join(', ') : 'nothing about it'}`;
  });
  const row = ledger
    ? `ledger: ${ledger.outcome}, ${ledger.attempts} attempt(s), ${ledger.error ?? 'no error'}`
    : 'ledger: no row for the slot';
  return [...story.events, `calls for the channel: ${calls.join(', ') || 'none'}`, row, ...logged].join('; ');
}

/** A pino line as "msg (outcome)", without the rest of its fields. */
function summariseLogLine(line: string): string {
  try {
    const { msg, outcome } = JSON.parse(line) as { msg?: string; outcome?: string };
    return outcome ? `"${msg}" (${outcome})` : `"${msg}"`;
  } catch {
    return JSON.stringify(line.slice(0, 120));
  }
}
