import type pg from 'pg';
import {
  CONVERSATION_TTL_MS,
  type ConversationState,
  checkStateKey,
  checkStateText,
  expiryOf,
  FEEDBACK_QUESTION_TTL_MS,
} from '../core/conversation/conversation-state.js';
import type { Clock } from '../core/digest/publisher.js';
import { conversationStateSql, storedText } from './conversation-state-sql.js';

const SQL = conversationStateSql((i) => `$${i + 1}`);
const iso = (epochMs: number) => new Date(epochMs).toISOString();

/**
 * ConversationState on the PostgresStore's pool (PostgresStore.conversationState), shared by every
 * replica on the database. firstSight is one INSERT … ON CONFLICT … DO UPDATE … WHERE expired: of two
 * replicas racing on one key, the second waits for the first's row and then finds it live.
 */
export class PostgresConversationState implements ConversationState {
  constructor(
    private readonly pool: pg.Pool,
    private readonly clock: Clock,
  ) {}

  async briefOf(conversation: string): Promise<string | null> {
    checkStateKey('conversation', conversation);
    const { rows } = await this.pool.query<{ brief_id: unknown }>(SQL.briefOf, [conversation, this.nowIso()]);
    return rows[0] ? storedText(rows[0].brief_id, `conversation_briefs (${conversation})`, 'brief_id') : null;
  }

  async rememberBrief(conversation: string, briefId: string): Promise<void> {
    checkStateKey('conversation', conversation);
    checkStateText('briefId', briefId);
    const expiresAt = iso(expiryOf(this.now(), CONVERSATION_TTL_MS));
    await this.pool.query(SQL.rememberBrief, [conversation, briefId, expiresAt]);
  }

  async firstSight(eventKey: string, ttlMs: number): Promise<boolean> {
    checkStateKey('eventKey', eventKey);
    const now = this.now();
    const result = await this.pool.query(SQL.firstSight, [eventKey, iso(expiryOf(now, ttlMs)), iso(now)]);
    return result.rowCount === 1;
  }

  async rememberQuestion(token: string, question: string): Promise<void> {
    checkStateKey('token', token);
    checkStateText('question', question);
    const expiresAt = iso(expiryOf(this.now(), FEEDBACK_QUESTION_TTL_MS));
    await this.pool.query(SQL.rememberQuestion, [token, question, expiresAt]);
  }

  async questionOf(token: string): Promise<string | null> {
    checkStateKey('token', token);
    const { rows } = await this.pool.query<{ question: unknown }>(SQL.questionOf, [token, this.nowIso()]);
    return rows[0] ? storedText(rows[0].question, `feedback_questions (${token})`, 'question') : null;
  }

  /** Table by table, each DELETE its own short transaction: a sweep never holds every table at once. */
  async sweep(): Promise<number> {
    const now = this.nowIso();
    let swept = 0;
    for (const sql of SQL.sweep) swept += (await this.pool.query(sql, [now])).rowCount ?? 0;
    return swept;
  }

  private now(): number {
    return this.clock.now().getTime();
  }

  private nowIso(): string {
    return iso(this.now());
  }
}
