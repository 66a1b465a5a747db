import { StoredRowError } from './store-rows.js';

/** Every table ConversationState writes (migration 3): each keyed by its key, with expires_at. */
export const CONVERSATION_STATE_TABLES = [
  'conversation_briefs',
  'seen_events',
  'feedback_questions',
] as const;

/**
 * The ConversationState statements, one text for both dialects, which differ only in placeholders
 * (SQLite `?`, PostgreSQL `$1`). An entry is live while expires_at is after now; every instant is given by
 * the caller's clock (ISO UTC: SQLite compares it as text, PostgreSQL as timestamptz), never the server's.
 */
export function conversationStateSql(placeholder: (index: number) => string) {
  const [p0, p1, p2] = [0, 1, 2].map(placeholder);
  return {
    /** (conversation, now) */
    briefOf: `SELECT brief_id FROM conversation_briefs WHERE conversation = ${p0} AND expires_at > ${p1}`,
    /** (conversation, briefId, expiresAt) */
    rememberBrief: `INSERT INTO conversation_briefs (conversation, brief_id, expires_at) VALUES (${p0}, ${p1}, ${p2})
      ON CONFLICT (conversation) DO UPDATE SET brief_id = excluded.brief_id, expires_at = excluded.expires_at`,
    /**
     * (eventKey, expiresAt, now): one statement, so the database decides a race. It writes a row — one
     * changed — when the key is new or its row has expired, and changes nothing when a live row is there,
     * including one a racing writer committed first (PostgreSQL re-checks the WHERE on the row it waited for).
     */
    firstSight: `INSERT INTO seen_events (event_key, expires_at) VALUES (${p0}, ${p1})
      ON CONFLICT (event_key) DO UPDATE SET expires_at = excluded.expires_at
      WHERE seen_events.expires_at <= ${p2}`,
    /** (token, question, expiresAt) */
    rememberQuestion: `INSERT INTO feedback_questions (token, question, expires_at) VALUES (${p0}, ${p1}, ${p2})
      ON CONFLICT (token) DO UPDATE SET question = excluded.question, expires_at = excluded.expires_at`,
    /** (token, now) */
    questionOf: `SELECT question FROM feedback_questions WHERE token = ${p0} AND expires_at > ${p1}`,
    /** Each (now): the expired rows of one table. */
    sweep: CONVERSATION_STATE_TABLES.map((table) => `DELETE FROM ${table} WHERE expires_at <= ${p0}`),
  };
}

/** The text a lookup found, checked: a non-text value means the row was changed by hand. */
export function storedText(value: unknown, table: string, field: string): string {
  if (typeof value !== 'string') {
    throw new StoredRowError(table, field, `expected text, found ${typeof value}`);
  }
  return value;
}
