import type { Logger } from 'pino';
import type { ConversationState } from '../core/conversation/conversation-state.js';
import type { Publisher } from '../core/digest/publisher.js';
import type { Platform } from '../core/digest/subscription.js';
import type { FeedbackStore } from '../core/feedback/feedback.js';
import type { ChatCommandDeps } from './shared/command-context.js';

/**
 * One chat platform (Slack, Discord…) as the bot's entry point sees it: something that starts with the
 * shared library and store, hands the scheduler a publisher for its channels, and stops. Adding a platform
 * is adding one of these to the configured list; main.ts names none of them.
 */
export interface ChatPlatform {
  readonly name: Platform;
  /** Connects and registers every handler. Throws PlatformStartError, saying what to fix. */
  start(run: PlatformRun): Promise<RunningPlatform>;
}

/** What every platform's handlers read, and how a platform reports losing its connection for good. */
export interface PlatformRun {
  deps: PlatformDeps;
  logger: Logger;
  /** Called, with the reason, when the platform's connection is lost and will not come back. */
  onFatal: (reason: string) => void;
}

export interface PlatformDeps extends ChatCommandDeps {
  /** Where 👍/👎 clicks are recorded; without it a click is thanked but said to be unrecorded. */
  feedback?: FeedbackStore;
  /** Conversations and handled events: the store's when there is one, so replicas share them. */
  state: ConversationState;
}

export interface RunningPlatform {
  /** Posts digests to this platform's channels, for the scheduler. */
  publisher: Publisher;
  stop(): Promise<void>;
}

/**
 * A platform that could not start: a rejected token, a port in use, a connection that never came up. The
 * message says what to fix (never a secret); `code` names the cause for logs.
 */
export class PlatformStartError extends Error {
  override name = 'PlatformStartError';
  constructor(
    readonly platform: Platform,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}
