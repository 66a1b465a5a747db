import type { Logger } from 'pino';
import type { ConversationState } from '../../core/conversation/conversation-state.js';

/**
 * The adapters' use of ConversationState, forgiving of a store that is down: what a thread is about is a
 * convenience, and a question is better answered from the whole library than dropped. Each failure is
 * logged (the store's own error says what is wrong), never swallowed.
 */
export class ConversationMemory {
  constructor(
    private readonly state: ConversationState,
    private readonly logger: Logger,
  ) {}

  /** The brief a conversation is about: an id, "" when the bot is in it about none, undefined if unknown. */
  async briefOf(conversation: string): Promise<string | undefined> {
    const brief = await this.orElse(
      () => this.state.briefOf(conversation),
      null,
      'could not read which brief a conversation is about; answering without it',
    );
    return brief ?? undefined;
  }

  rememberBrief(conversation: string, briefId: string): Promise<void> {
    return this.orElse(
      () => this.state.rememberBrief(conversation, briefId),
      undefined,
      'could not remember which brief a conversation is about',
    );
  }

  /**
   * True the first time an event is seen (on any replica sharing the store). When the store cannot say,
   * the event is handled: answering a redelivered event twice beats never answering it.
   */
  firstSight(eventKey: string, ttlMs: number): Promise<boolean> {
    return this.orElse(
      () => this.state.firstSight(eventKey, ttlMs),
      true,
      'could not check whether an event was already handled; handling it',
    );
  }

  /** Keeps the question behind a reply's feedback buttons (as feedbackQuestion() cleaned it). */
  rememberQuestion(token: string, question: string): Promise<void> {
    return this.orElse(
      () => this.state.rememberQuestion(token, question),
      undefined,
      'could not remember the question behind feedback buttons',
    );
  }

  questionOf(token: string): Promise<string | null> {
    return this.orElse(
      () => this.state.questionOf(token),
      null,
      'could not read the question behind a feedback click',
    );
  }

  /** The store's answer, or — when the store fails — `fallback`, with the failure logged as `message`. */
  private async orElse<T>(work: () => Promise<T>, fallback: T, message: string): Promise<T> {
    try {
      return await work();
    } catch (err) {
      this.logger.error({ err }, message);
      return fallback;
    }
  }
}
