/**
 * What a chat adapter must remember between one message and the next. Held in one process's memory, it
 * breaks a bot run as several replicas: a thread's follow-up reaches a replica that never saw the thread,
 * Slack's retry of an event is answered by a second replica, a 👎 click lands where its question is
 * unknown. Behind this port the state lives in the store's database, which every replica shares; without
 * a database, in memory (MemoryConversationState). Every implementation passes one contract suite.
 *
 * Keys are the strings the adapters already build (`team:channel:thread`, `reply:<message id>`, Slack
 * event ids, button tokens); each entry lives for a fixed time and is then gone, as if never written.
 */
export interface ConversationState {
  /**
   * The brief a conversation (a thread, a DM channel, an answer replied to) is about, so that a follow-up
   * question is answered from it. "" when the bot is in the conversation but it is about no brief yet;
   * null when the conversation is unknown or was last remembered over CONVERSATION_TTL_MS ago.
   */
  briefOf(conversation: string): Promise<string | null>;
  /** Remembers (or moves) the conversation's brief for CONVERSATION_TTL_MS from now; "" for none. */
  rememberBrief(conversation: string, briefId: string): Promise<void>;
  /**
   * True exactly once per key within `ttlMs` of the sighting that returned true, across every process
   * sharing the state: so that a platform's redelivery of one event (Slack retries) is handled once. After
   * `ttlMs` the key counts as new again.
   */
  firstSight(eventKey: string, ttlMs: number): Promise<boolean>;
  /**
   * Remembers, for FEEDBACK_QUESTION_TTL_MS, the question a reply answered under the feedback buttons whose
   * `token` names it (a button's id has no room for the question), so a click can record it.
   */
  rememberQuestion(token: string, question: string): Promise<void>;
  /** The question behind a feedback token; null when unknown or expired. */
  questionOf(token: string): Promise<string | null>;
  /**
   * Deletes every expired entry and says how many. Expired entries are never returned anyway; sweeping
   * only keeps storage from growing. Call it periodically (the SQL stores never sweep on their own).
   */
  sweep(): Promise<number>;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** A thread a week old is still answered with its brief in mind; after that it starts afresh. */
export const CONVERSATION_TTL_MS = 7 * DAY_MS;

/** People click 👍/👎 within minutes; a week leaves room for the ones who come back to a thread. */
export const FEEDBACK_QUESTION_TTL_MS = 7 * DAY_MS;

/**
 * The longest key, in UTF-16 code units: at most 1,536 bytes of UTF-8, well under PostgreSQL's limit on
 * an index entry (about 2,700 bytes). The adapters' keys are under a hundred.
 */
export const MAX_STATE_KEY_LENGTH = 512;

/** A key, a value or a lifetime no implementation can keep; names what was wrong, never the text itself. */
export class InvalidConversationStateError extends Error {
  readonly code = 'CONVERSATION_STATE_INVALID';
  constructor(
    readonly field: string,
    detail: string,
  ) {
    super(`invalid conversation state: ${field} ${detail}`);
    this.name = 'InvalidConversationStateError';
  }
}

/**
 * The key, checked to be one every implementation keeps as given: not too long for an index, no NUL
 * (PostgreSQL text cannot hold it), no lone surrogate (UTF-8 cannot encode it, so two such keys would meet
 * in a database but not in memory).
 */
export function checkStateKey(field: string, key: string): string {
  if (key.length > MAX_STATE_KEY_LENGTH) {
    throw new InvalidConversationStateError(
      field,
      `is ${key.length} characters, over the ${MAX_STATE_KEY_LENGTH} allowed`,
    );
  }
  return checkStateText(field, key);
}

/** A stored value, checked as keys are for what a database cannot keep; any length. */
export function checkStateText(field: string, text: string): string {
  if (typeof text !== 'string') throw new InvalidConversationStateError(field, 'is not a string');
  if (text.includes('\u0000')) throw new InvalidConversationStateError(field, 'contains a NUL character');
  if (/\p{Surrogate}/u.test(text)) {
    throw new InvalidConversationStateError(field, 'contains a lone surrogate (not well-formed Unicode)');
  }
  return text;
}

/** The instant (epoch ms) an entry written at `now` expires; rejects a lifetime that is not a positive time. */
export function expiryOf(now: number, ttlMs: number): number {
  if (!Number.isFinite(ttlMs) || ttlMs <= 0) {
    throw new InvalidConversationStateError(
      'ttlMs',
      `must be a positive number of milliseconds, not ${ttlMs}`,
    );
  }
  const expiresAt = now + ttlMs;
  if (!Number.isFinite(new Date(expiresAt).getTime())) {
    throw new InvalidConversationStateError('ttlMs', `${ttlMs} reaches past the last representable date`);
  }
  return expiresAt;
}
