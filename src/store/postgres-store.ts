import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { ConversationState } from '../core/conversation/conversation-state.js';
import { type Clock, systemClock } from '../core/digest/publisher.js';
import type { Delivery, Subscription, Target } from '../core/digest/subscription.js';
import type { NewSubscription, SubscriptionStore } from '../core/digest/subscription-store.js';
import type { Feedback, FeedbackStore, FeedbackTally, Verdict } from '../core/feedback/feedback.js';
import type { FeedStore } from '../core/feeds/feed-store.js';
import {
  FEEDBACK_SUMMARY_SQL,
  type FeedbackRow,
  feedbackFromRow,
  feedbackUpsertSql,
  feedbackValues,
  type TallyRow,
  talliesFromRows,
} from './feedback-rows.js';
import { MIGRATIONS_TABLE_SQL, POSTGRES_MIGRATIONS } from './migrations.js';
import { PostgresConversationState } from './postgres-conversation-state.js';
import { PostgresFeedStore } from './postgres-feed-store.js';
import {
  type DeliveryRow,
  deliveryFromRow,
  type SubscriptionRow,
  subscriptionFromRow,
  toUtcIso,
} from './store-rows.js';

/** Any fixed number: every process migrating this database takes the same transaction-level lock. */
const MIGRATION_LOCK = 74_032_117;

const FEEDBACK_UPSERT_SQL = feedbackUpsertSql((i) => `$${i + 1}`);

/** The SubscriptionStore and FeedbackStore on PostgreSQL through one pg Pool; instants are timestamptz. */
export class PostgresStore implements SubscriptionStore, FeedbackStore {
  private constructor(private readonly pool: pg.Pool) {}

  /** Connects and migrates; rejects (and closes the pool) when the server cannot be reached. */
  static async open(connectionString: string, options: { max?: number } = {}): Promise<PostgresStore> {
    const pool = new pg.Pool({ connectionString, max: options.max ?? 10 });
    // An idle client losing its connection must not crash the process; the next query reports it.
    pool.on('error', () => {});
    try {
      await migrate(pool);
    } catch (error) {
      await pool.end().catch(() => {});
      throw error;
    }
    return new PostgresStore(pool);
  }

  async subscribe(s: NewSubscription): Promise<Subscription> {
    const rows = await this.rows<SubscriptionRow>(
      `INSERT INTO subscriptions (id, platform, workspace, channel, cron, timezone, topics, post_when_empty,
         created_by, created_at, next_run_at, delivered_through, paused_reason)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
       ON CONFLICT (platform, workspace, channel) DO UPDATE SET
         cron = excluded.cron, timezone = excluded.timezone, topics = excluded.topics,
         post_when_empty = excluded.post_when_empty, created_by = excluded.created_by,
         created_at = excluded.created_at, next_run_at = excluded.next_run_at,
         delivered_through = excluded.delivered_through, paused_reason = excluded.paused_reason
       RETURNING *`,
      [
        randomUUID(),
        s.target.platform,
        s.target.workspace,
        s.target.channel,
        s.cron,
        s.timezone,
        JSON.stringify(s.topics),
        s.postWhenEmpty,
        s.createdBy,
        toUtcIso(s.createdAt, 'createdAt'),
        toUtcIso(s.nextRunAt, 'nextRunAt'),
        toUtcIso(s.deliveredThrough, 'deliveredThrough'),
        s.pausedReason,
      ],
    );
    return subscriptionFromRow(first(rows));
  }

  async unsubscribe(target: Target): Promise<boolean> {
    const result = await this.pool.query(
      'DELETE FROM subscriptions WHERE platform = $1 AND workspace = $2 AND channel = $3',
      [target.platform, target.workspace, target.channel],
    );
    return (result.rowCount ?? 0) > 0;
  }

  async get(id: string): Promise<Subscription | null> {
    const rows = await this.rows<SubscriptionRow>('SELECT * FROM subscriptions WHERE id = $1', [id]);
    return rows[0] ? subscriptionFromRow(rows[0]) : null;
  }

  async findByTarget(target: Target): Promise<Subscription | null> {
    const rows = await this.rows<SubscriptionRow>(
      'SELECT * FROM subscriptions WHERE platform = $1 AND workspace = $2 AND channel = $3',
      [target.platform, target.workspace, target.channel],
    );
    return rows[0] ? subscriptionFromRow(rows[0]) : null;
  }

  async list(filter: { platform?: Target['platform']; workspace?: string } = {}): Promise<Subscription[]> {
    const rows = await this.rows<SubscriptionRow>(
      `SELECT * FROM subscriptions WHERE ($1::text IS NULL OR platform = $1)
         AND ($2::text IS NULL OR workspace = $2) ORDER BY platform, workspace, channel`,
      [filter.platform ?? null, filter.workspace ?? null],
    );
    return rows.map(subscriptionFromRow);
  }

  async due(now: string, limit: number): Promise<Subscription[]> {
    const rows = await this.rows<SubscriptionRow>(
      `SELECT * FROM subscriptions WHERE paused_reason IS NULL AND next_run_at <= $1
         ORDER BY next_run_at, id LIMIT $2`,
      [toUtcIso(now, 'now'), Math.max(0, Math.floor(limit))],
    );
    return rows.map(subscriptionFromRow);
  }

  async advance(id: string, nextRunAt: string, deliveredThrough?: string): Promise<void> {
    await this.pool.query(
      `UPDATE subscriptions SET next_run_at = $1, delivered_through = coalesce($2, delivered_through)
         WHERE id = $3`,
      [toUtcIso(nextRunAt, 'nextRunAt'), deliveredThrough ? toUtcIso(deliveredThrough) : null, id],
    );
  }

  async pause(id: string, reason: string): Promise<void> {
    await this.pool.query('UPDATE subscriptions SET paused_reason = $1 WHERE id = $2', [reason, id]);
  }

  async resume(id: string): Promise<void> {
    await this.pool.query('UPDATE subscriptions SET paused_reason = NULL WHERE id = $1', [id]);
  }

  async claim(subscriptionId: string, slot: string, claimedAt: string): Promise<Delivery | null> {
    const rows = await this.rows<DeliveryRow>(
      `INSERT INTO deliveries (subscription_id, slot, outcome, claimed_at, settled_at, attempts, brief_ids,
         error, late)
       VALUES ($1, $2, 'claimed', $3, NULL, 0, '[]', NULL, false)
       ON CONFLICT DO NOTHING RETURNING *`,
      [subscriptionId, toUtcIso(slot, 'slot'), toUtcIso(claimedAt, 'claimedAt')],
    );
    return rows[0] ? deliveryFromRow(rows[0]) : null;
  }

  async settle(subscriptionId: string, slot: string, result: Parameters<SubscriptionStore['settle']>[2]) {
    await this.pool.query(
      `UPDATE deliveries SET outcome = $1, settled_at = $2, attempts = $3, brief_ids = $4, error = $5,
         late = $6 WHERE subscription_id = $7 AND slot = $8`,
      [
        result.outcome,
        toUtcIso(result.settledAt, 'settledAt'),
        result.attempts,
        JSON.stringify(result.briefIds),
        result.error,
        result.late,
        subscriptionId,
        toUtcIso(slot, 'slot'),
      ],
    );
  }

  async reclaim(subscriptionId: string, slot: string, staleBefore: string, claimedAt: string) {
    const [row] = await this.rows<DeliveryRow>(
      `UPDATE deliveries SET claimed_at = $1
         WHERE subscription_id = $2 AND slot = $3 AND outcome = 'claimed' AND claimed_at < $4 RETURNING *`,
      [
        toUtcIso(claimedAt, 'claimedAt'),
        subscriptionId,
        toUtcIso(slot, 'slot'),
        toUtcIso(staleBefore, 'staleBefore'),
      ],
    );
    return row ? deliveryFromRow(row) : null;
  }

  async renew(subscriptionId: string, slot: string, claimedAt: string): Promise<boolean> {
    const rows = await this.rows<DeliveryRow>(
      `UPDATE deliveries SET claimed_at = $1
         WHERE subscription_id = $2 AND slot = $3 AND outcome = 'claimed' RETURNING *`,
      [toUtcIso(claimedAt, 'claimedAt'), subscriptionId, toUtcIso(slot, 'slot')],
    );
    return rows.length === 1;
  }

  async unsettled(before: string): Promise<Delivery[]> {
    const rows = await this.rows<DeliveryRow>(
      `SELECT * FROM deliveries WHERE outcome = 'claimed' AND claimed_at < $1
         ORDER BY claimed_at, subscription_id, slot`,
      [toUtcIso(before, 'before')],
    );
    return rows.map(deliveryFromRow);
  }

  async history(subscriptionId: string, limit: number): Promise<Delivery[]> {
    const rows = await this.rows<DeliveryRow>(
      'SELECT * FROM deliveries WHERE subscription_id = $1 ORDER BY slot DESC LIMIT $2',
      [subscriptionId, Math.max(0, Math.floor(limit))],
    );
    return rows.map(deliveryFromRow);
  }

  async recordFeedback(f: Feedback): Promise<void> {
    await this.pool.query(FEEDBACK_UPSERT_SQL, feedbackValues(f));
  }

  async feedbackSummary(): Promise<FeedbackTally[]> {
    return talliesFromRows(await this.rows<TallyRow>(FEEDBACK_SUMMARY_SQL, []));
  }

  async recentFeedback(options: { limit: number; verdict?: Verdict }): Promise<Feedback[]> {
    const rows = await this.rows<FeedbackRow>(
      'SELECT * FROM feedback WHERE ($1::text IS NULL OR verdict = $1) ORDER BY recorded_at DESC LIMIT $2',
      [options.verdict ?? null, Math.max(0, Math.floor(options.limit))],
    );
    return rows.map(feedbackFromRow);
  }

  /** ConversationState in this database, on this pool (ended with the store), timed by `clock`. */
  conversationState(clock: Clock = systemClock): ConversationState {
    return new PostgresConversationState(this.pool, clock);
  }

  /** The FeedStore in this database, on this pool (ended with the store). */
  feedStore(): FeedStore {
    return new PostgresFeedStore(this.pool);
  }

  async close(): Promise<void> {
    if (!this.pool.ended) await this.pool.end();
  }

  private async rows<R extends pg.QueryResultRow>(sql: string, params: unknown[]): Promise<R[]> {
    return (await this.pool.query<R>(sql, params)).rows;
  }
}

function first<R>(rows: R[]): R {
  const row = rows[0];
  if (!row) throw new Error('the database returned no row where one was expected');
  return row;
}

/** Applies the pending migrations in one transaction under an advisory lock, so concurrent opens agree. */
async function migrate(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query(MIGRATIONS_TABLE_SQL);
    const applied = new Set(
      (await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map(
        (r) => r.version,
      ),
    );
    for (const m of POSTGRES_MIGRATIONS) {
      if (applied.has(m.version)) continue;
      await client.query(m.sql);
      await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [
        m.version,
        m.name,
        new Date().toISOString(),
      ]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
