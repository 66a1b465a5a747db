import type { Brief } from '../../src/core/brief.schema.js';
import {
  type Clock,
  PublishError,
  type Publisher,
  type PublishFailure,
} from '../../src/core/digest/publisher.js';
import type { Subscription, Target } from '../../src/core/digest/subscription.js';
import type { NewSubscription, SubscriptionStore } from '../../src/core/digest/subscription-store.js';
import type { Reply } from '../../src/core/reply.js';
import { nextRunAfter } from '../../src/schedule/next-run.js';
import { briefFromText } from '../helpers/brief-from-text.js';

/** A clock the test moves by hand. */
export class TestClock implements Clock {
  private at: number;
  constructor(iso: string) {
    this.at = Date.parse(iso);
  }
  now(): Date {
    return new Date(this.at);
  }
  set(iso: string): void {
    this.at = Date.parse(iso);
  }
  advance(ms: number): void {
    this.at += ms;
  }
}

export interface Post {
  target: Target;
  reply: Reply;
  key: string;
}

/**
 * Records every publish call; fails the next calls with the queued failures; like Discord's nonce or
 * Slack's metadata, posts a given idempotency key to the channel once (`posts`), however often it is called.
 */
export class RecordingPublisher implements Publisher {
  readonly platform = 'console' as const;
  readonly calls: Post[] = [];
  readonly posts: Post[] = [];
  private readonly failures: PublishFailure[] = [];

  failNext(...failures: PublishFailure[]): this {
    this.failures.push(...failures);
    return this;
  }

  async publish(target: Target, reply: Reply, key: string): Promise<void> {
    this.calls.push({ target, reply, key });
    const failure = this.failures.shift();
    if (failure) throw new PublishError(failure);
    if (!this.posts.some((p) => p.key === key)) this.posts.push({ target, reply, key });
  }
}

export const TARGET: Target = { platform: 'console', workspace: 'local', channel: 'news' };

export function newSubscription(
  overrides: Partial<NewSubscription> & { createdAt: string },
): NewSubscription {
  const cron = overrides.cron ?? '0 8 * * *';
  const timezone = overrides.timezone ?? 'Europe/Berlin';
  return {
    target: TARGET,
    cron,
    timezone,
    topics: [],
    postWhenEmpty: false,
    createdBy: 'U1',
    nextRunAt: nextRunAfter(cron, timezone, new Date(overrides.createdAt)).toISOString(),
    deliveredThrough: overrides.createdAt,
    pausedReason: null,
    ...overrides,
  };
}

const BODY =
  'The city council approved the plan on Monday. It will cost 12 million euros over three years. ' +
  'Work starts in the spring. Residents welcomed the decision.';

/** A small valid brief that entered the library at `addedAt`. */
export function story(id: string, addedAt: string, extra: Partial<Brief> = {}): Brief {
  return briefFromText(id, extra.title ?? `Story ${id} makes news`, BODY, { addedAt, ...extra });
}

export { replyText } from '../core/reply-texts.js';

export const noSleep = async (_ms: number) => {};

export async function mustGet(store: SubscriptionStore, id: string): Promise<Subscription> {
  const sub = await store.get(id);
  if (!sub) throw new Error(`no subscription ${id}`);
  return sub;
}
