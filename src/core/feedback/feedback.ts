import { z } from 'zod';
import { PLATFORMS } from '../digest/subscription.js';

/**
 * A 👍/👎 click under one of the bot's replies, kept so the team can see which answers were wrong. One
 * verdict a user a message: clicking again replaces it. Checked with FeedbackSchema going in and coming out.
 */

export const VERDICTS = ['up', 'down'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** What the buttons sat under. */
export const REPLY_KINDS = ['answer', 'abstention', 'briefing', 'digest'] as const;

export const FeedbackSchema = z.object({
  platform: z.enum(PLATFORMS),
  /** Slack workspace (team) id, Discord guild id, or "local" for the console. */
  workspace: z.string().min(1),
  channel: z.string().min(1),
  /** The platform's id of the message the buttons sat under (Slack: its ts). */
  message: z.string().min(1),
  user: z.string().min(1),
  verdict: z.enum(VERDICTS),
  replyKind: z.enum(REPLY_KINDS),
  /** The brief the reply came from; null when it came from none (an abstention across every brief). */
  briefId: z.string().min(1).nullable(),
  /** The 0-based index of the cited sentence in that brief, when the reply cited one. */
  sentence: z.number().int().nonnegative().nullable(),
  /** The question asked, when the reply answered one; an adapter cuts longer text to 500 characters. */
  question: z.string().max(500).nullable(),
  recordedAt: z.iso.datetime({ offset: true }),
});
export type Feedback = z.infer<typeof FeedbackSchema>;

/** Clicks on the replies of one brief (null: replies from no brief). */
export interface FeedbackTally {
  briefId: string | null;
  up: number;
  down: number;
}

/** Every store keeps the feedback beside the subscriptions; the adapters and the CLI use only this. */
export interface FeedbackStore {
  /**
   * Keeps one verdict per (platform, workspace, channel, message, user): a second click by the same user
   * on the same message replaces the first, recordedAt included. Rejects with InvalidFeedbackError when
   * `f` does not fit.
   */
  recordFeedback(f: Feedback): Promise<void>;
  /** One tally a brief, most 👎 first, then most 👍 (compareTallies). */
  feedbackSummary(): Promise<FeedbackTally[]>;
  /** The newest clicks first, at most `limit`, of one verdict when given. */
  recentFeedback(options: { limit: number; verdict?: Verdict }): Promise<Feedback[]>;
}

/** Feedback that does not fit FeedbackSchema: names every field to fix. */
export class InvalidFeedbackError extends Error {
  readonly code = 'FEEDBACK_INVALID';
  constructor(
    readonly fields: string[],
    detail: string,
  ) {
    super(`invalid feedback: ${detail}`);
    this.name = 'InvalidFeedbackError';
  }
}

/** The feedback, checked, with recordedAt as ISO UTC (the one form stores compare as time). */
export function parseFeedback(input: unknown): Feedback {
  const parsed = FeedbackSchema.safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({
      field: i.path.join('.') || '(feedback)',
      message: i.message,
    }));
    throw new InvalidFeedbackError(
      issues.map((i) => i.field),
      issues.map((i) => `${i.field} — ${i.message}`).join('; '),
    );
  }
  return { ...parsed.data, recordedAt: new Date(parsed.data.recordedAt).toISOString() };
}

/**
 * Most 👎 first, then most 👍; ties by brief id, the no-brief tally last. Stores sort with this rather
 * than in SQL, so that SQLite, PostgreSQL (whose text collation differs) and the fakes agree on ties.
 */
export function compareTallies(a: FeedbackTally, b: FeedbackTally): number {
  if (a.down !== b.down) return b.down - a.down;
  if (a.up !== b.up) return b.up - a.up;
  if (a.briefId === b.briefId) return 0;
  if (a.briefId === null) return 1;
  if (b.briefId === null) return -1;
  return a.briefId < b.briefId ? -1 : 1;
}
