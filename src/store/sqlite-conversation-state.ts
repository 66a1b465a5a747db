import type Database from 'better-sqlite3';
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

const SQL = conversationStateSql(() => '?');
const iso = (epochMs: number) => new Date(epochMs).toISOString();

/**
 * ConversationState on the SqliteStore's connection (SqliteStore.conversationState), so that every
 * process opening the file shares it. SQLite runs one writer at a time, so firstSight's single upsert is
 * decided once, whichever process gets there first.
 */
export class SqliteConversationState implements ConversationState {
  private readonly briefOfStatement: Database.Statement;
  private readonly rememberBriefStatement: Database.Statement;
  private readonly firstSightStatement: Database.Statement;
  private readonly rememberQuestionStatement: Database.Statement;
  private readonly questionOfStatement: Database.Statement;
  private readonly sweepExpired: Database.Transaction<(now: string) => number>;

  constructor(
    db: Database.Database,
    private readonly clock: Clock,
  ) {
    this.briefOfStatement = db.prepare(SQL.briefOf);
    this.rememberBriefStatement = db.prepare(SQL.rememberBrief);
    this.firstSightStatement = db.prepare(SQL.firstSight);
    this.rememberQuestionStatement = db.prepare(SQL.rememberQuestion);
    this.questionOfStatement = db.prepare(SQL.questionOf);
    const deletes = SQL.sweep.map((sql) => db.prepare(sql));
    this.sweepExpired = db.transaction((now: string) => deletes.reduce((n, d) => n + d.run(now).changes, 0));
  }

  async briefOf(conversation: string): Promise<string | null> {
    checkStateKey('conversation', conversation);
    const row = this.briefOfStatement.get(conversation, this.nowIso()) as { brief_id: unknown } | undefined;
    return row ? storedText(row.brief_id, `conversation_briefs (${conversation})`, 'brief_id') : null;
  }

  async rememberBrief(conversation: string, briefId: string): Promise<void> {
    checkStateKey('conversation', conversation);
    checkStateText('briefId', briefId);
    this.rememberBriefStatement.run(conversation, briefId, iso(expiryOf(this.now(), CONVERSATION_TTL_MS)));
  }

  async firstSight(eventKey: string, ttlMs: number): Promise<boolean> {
    checkStateKey('eventKey', eventKey);
    const now = this.now();
    return this.firstSightStatement.run(eventKey, iso(expiryOf(now, ttlMs)), iso(now)).changes === 1;
  }

  async rememberQuestion(token: string, question: string): Promise<void> {
    checkStateKey('token', token);
    checkStateText('question', question);
    this.rememberQuestionStatement.run(token, question, iso(expiryOf(this.now(), FEEDBACK_QUESTION_TTL_MS)));
  }

  async questionOf(token: string): Promise<string | null> {
    checkStateKey('token', token);
    const row = this.questionOfStatement.get(token, this.nowIso()) as { question: unknown } | undefined;
    return row ? storedText(row.question, `feedback_questions (${token})`, 'question') : null;
  }

  async sweep(): Promise<number> {
    // One transaction: one lock and one commit instead of three.
    return this.sweepExpired.immediate(this.nowIso());
  }

  private now(): number {
    return this.clock.now().getTime();
  }

  private nowIso(): string {
    return iso(this.now());
  }
}
