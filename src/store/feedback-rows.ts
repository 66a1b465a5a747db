import { z } from 'zod';
import {
  compareTallies,
  type Feedback,
  FeedbackSchema,
  type FeedbackTally,
  parseFeedback,
} from '../core/feedback/feedback.js';
import { fromTime, toUtcIso, validate } from './store-rows.js';

/** A feedback row as both dialects return it (recorded_at: SQLite text, PostgreSQL a Date). */
export interface FeedbackRow {
  platform: unknown;
  workspace: unknown;
  channel: unknown;
  message: unknown;
  user_id: unknown;
  verdict: unknown;
  reply_kind: unknown;
  brief_id: unknown;
  sentence: unknown;
  question: unknown;
  recorded_at: unknown;
}

export interface TallyRow {
  brief_id: unknown;
  up: unknown;
  down: unknown;
}

/** The same text in both dialects; the CASTs keep PostgreSQL's sums from coming back as bigint strings. */
export const FEEDBACK_SUMMARY_SQL = `
  SELECT brief_id,
    CAST(sum(CASE WHEN verdict = 'up' THEN 1 ELSE 0 END) AS integer) AS up,
    CAST(sum(CASE WHEN verdict = 'down' THEN 1 ELSE 0 END) AS integer) AS down
  FROM feedback GROUP BY brief_id`;

const TallySchema = z.object({
  briefId: z.string().nullable(),
  up: z.number().int().nonnegative(),
  down: z.number().int().nonnegative(),
});

/** One row a user a message: a second click updates the rest. */
const KEY_COLUMNS = ['platform', 'workspace', 'channel', 'message', 'user_id'];
const VALUE_COLUMNS = ['verdict', 'reply_kind', 'brief_id', 'sentence', 'question', 'recorded_at'];
/** In the order of the upsert's VALUES and of feedbackValues. */
const COLUMNS = [...KEY_COLUMNS, ...VALUE_COLUMNS];

/** One upsert for both dialects, which differ only in placeholders (SQLite `?`, PostgreSQL `$1`). */
export function feedbackUpsertSql(placeholder: (index: number) => string): string {
  return `INSERT INTO feedback (${COLUMNS.join(', ')})
    VALUES (${COLUMNS.map((_, i) => placeholder(i)).join(', ')})
    ON CONFLICT (${KEY_COLUMNS.join(', ')}) DO UPDATE SET
      ${VALUE_COLUMNS.map((c) => `${c} = excluded.${c}`).join(', ')}`;
}

/** The feedback checked (InvalidFeedbackError otherwise), as the upsert's values in COLUMNS order. */
export function feedbackValues(input: Feedback): unknown[] {
  const f = parseFeedback(input);
  return [
    f.platform,
    f.workspace,
    f.channel,
    f.message,
    f.user,
    f.verdict,
    f.replyKind,
    f.briefId,
    f.sentence,
    f.question,
    f.recordedAt,
  ];
}

export function feedbackFromRow(row: FeedbackRow): Feedback {
  const table = `feedback (${String(row.platform)}:${String(row.channel)} message ${String(row.message)} user ${String(row.user_id)})`;
  const raw = {
    platform: row.platform,
    workspace: row.workspace,
    channel: row.channel,
    message: row.message,
    user: row.user_id,
    verdict: row.verdict,
    replyKind: row.reply_kind,
    briefId: row.brief_id,
    sentence: row.sentence,
    question: row.question,
    recordedAt: fromTime(row.recorded_at),
  };
  const f = validate(FeedbackSchema, raw, table);
  return { ...f, recordedAt: toUtcIso(f.recordedAt) };
}

/** Every tally row checked, in the one order compareTallies defines. */
export function talliesFromRows(rows: TallyRow[]): FeedbackTally[] {
  return rows
    .map((row) =>
      validate(
        TallySchema,
        { briefId: row.brief_id, up: row.up, down: row.down },
        `feedback summary (brief ${String(row.brief_id)})`,
      ),
    )
    .sort(compareTallies);
}
