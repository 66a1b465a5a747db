import type { Reply } from '../reply.js';
import type { Target } from './subscription.js';

/** What a platform said when a publish failed, so the scheduler knows whether to retry. */
export type PublishFailure =
  | { kind: 'transient'; message: string; retryAfterMs?: number }
  /** The channel is gone or the bot may no longer post there: pause the subscription. */
  | { kind: 'gone'; message: string }
  | { kind: 'permanent'; message: string };

export class PublishError extends Error {
  constructor(readonly failure: PublishFailure) {
    super(failure.message);
    this.name = 'PublishError';
  }
}

export interface PublishOptions {
  /**
   * The digest may already be in the channel: a claim a crashed pass left unsettled, sent again minutes
   * later. A publisher that has a cheaper check for quick retries (Discord's nonce lasts minutes) looks
   * in the channel first.
   */
  resend?: boolean;
}

/**
 * Posts a digest to a channel. `idempotencyKey` identifies the (subscription, slot): a platform that can
 * detect an earlier post with it (Discord nonce + enforce_nonce, Slack message metadata) posts it once.
 */
export interface Publisher {
  readonly platform: Target['platform'];
  publish(target: Target, reply: Reply, idempotencyKey: string, options?: PublishOptions): Promise<void>;
}

/** The time, injected so that tests can move it. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
