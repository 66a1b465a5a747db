import { type Clock, systemClock } from '../digest/publisher.js';
import {
  CONVERSATION_TTL_MS,
  type ConversationState,
  checkStateKey,
  checkStateText,
  expiryOf,
  FEEDBACK_QUESTION_TTL_MS,
} from './conversation-state.js';
import { ExpiringMap } from './expiring-map.js';

export interface MemoryConversationStateOptions {
  clock?: Clock;
  /** How many entries each kind keeps at most; the least recently used go first. */
  maxEntries?: { conversations?: number; events?: number; questions?: number };
}

/**
 * ConversationState in this process's memory: for a bot without a database, or with one that would not
 * open. Right for one process only — replicas each keep their own — and bounded, so a forgotten thread
 * (or, past the bound, an event id) counts as new. The bounds are what the adapters held before.
 */
export class MemoryConversationState implements ConversationState {
  private readonly clock: Clock;
  private readonly briefs: ExpiringMap<string>;
  private readonly events: ExpiringMap<true>;
  private readonly questions: ExpiringMap<string>;

  constructor(options: MemoryConversationStateOptions = {}) {
    this.clock = options.clock ?? systemClock;
    this.briefs = new ExpiringMap(options.maxEntries?.conversations ?? 20_000);
    this.events = new ExpiringMap(options.maxEntries?.events ?? 50_000);
    this.questions = new ExpiringMap(options.maxEntries?.questions ?? 20_000);
  }

  async briefOf(conversation: string): Promise<string | null> {
    return this.briefs.get(checkStateKey('conversation', conversation), this.now()) ?? null;
  }

  async rememberBrief(conversation: string, briefId: string): Promise<void> {
    checkStateKey('conversation', conversation);
    checkStateText('briefId', briefId);
    this.briefs.set(conversation, briefId, expiryOf(this.now(), CONVERSATION_TTL_MS));
  }

  async firstSight(eventKey: string, ttlMs: number): Promise<boolean> {
    checkStateKey('eventKey', eventKey);
    const now = this.now();
    const expiresAt = expiryOf(now, ttlMs);
    // No await between the look and the write: one process's callers cannot both see the key as new.
    if (this.events.get(eventKey, now)) return false;
    this.events.set(eventKey, true, expiresAt);
    return true;
  }

  async rememberQuestion(token: string, question: string): Promise<void> {
    checkStateKey('token', token);
    checkStateText('question', question);
    this.questions.set(token, question, expiryOf(this.now(), FEEDBACK_QUESTION_TTL_MS));
  }

  async questionOf(token: string): Promise<string | null> {
    return this.questions.get(checkStateKey('token', token), this.now()) ?? null;
  }

  async sweep(): Promise<number> {
    const now = this.now();
    return this.briefs.sweep(now) + this.events.sweep(now) + this.questions.sweep(now);
  }

  private now(): number {
    return this.clock.now().getTime();
  }
}
