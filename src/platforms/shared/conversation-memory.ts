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
    try {
      return (await this.state.briefOf(conversation)) ?? undefined;
    } catch (err) {
      this.logger.error({ err }, 'could not read which brief a conversation is about; answering without it');
      return undefined;
    }
  }

  async rememberBrief(conversation: string, briefId: string): Promise<void> {
    try {
      await this.state.rememberBrief(conversation, briefId);
    } catch (err) {
      this.logger.error({ err }, 'could not remember which brief a conversation is about');
    }
  }

  /**
   * True the first time an event is seen (on any replica sharing the store). When the store cannot say,
   * the event is handled: answering a redelivered event twice beats never answering it.
   */
  async firstSight(eventKey: string, ttlMs: number): Promise<boolean> {
    try {
      return await this.state.firstSight(eventKey, ttlMs);
    } catch (err) {
      this.logger.error({ err }, 'could not check whether an event was already handled; handling it');
      return true;
    }
  }

  /** Keeps the question behind a reply's feedback buttons (as feedbackQuestion() cleaned it). */
  async rememberQuestion(token: string, question: string): Promise<void> {
    try {
      await this.state.rememberQuestion(token, question);
    } catch (err) {
      this.logger.error({ err }, 'could not remember the question behind feedback buttons');
    }
  }

  async questionOf(token: string): Promise<string | null> {
    try {
      return await this.state.questionOf(token);
    } catch (err) {
      this.logger.error({ err }, 'could not read the question behind a feedback click');
      return null;
    }
  }
}
