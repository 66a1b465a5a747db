import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
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
import { MIGRATIONS_TABLE_SQL, SQLITE_MIGRATIONS } from './migrations.js';
import { SqliteConversationState } from './sqlite-conversation-state.js';
import { SqliteFeedStore } from './sqlite-feed-store.js';
import {
  type DeliveryRow,
  deliveryFromRow,
  type SubscriptionRow,
  subscriptionFromRow,
  toUtcIso,
} from './store-rows.js';

const FEEDBACK_UPSERT_SQL = feedbackUpsertSql(() => '?');

export interface SqliteStoreOptions {
  /** How long a write waits for another process's lock before failing (ms). */
  busyTimeoutMs?: number;
}

/**
 * The SubscriptionStore and FeedbackStore on one SQLite file (WAL, so readers never block the writer; a
 * busy timeout, so several processes can share the file). Instants are stored as ISO UTC text, which sorts
 * as time.
 */
export class SqliteStore implements SubscriptionStore, FeedbackStore {
  private readonly statements = new Map<string, Database.Statement>();

  private constructor(private readonly db: Database.Database) {}

  /** Opens (creating the folder and file) and migrates; `:memory:` gives a private in-memory database. */
  static open(path: string, options: SqliteStoreOptions = {}): SqliteStore {
    const inMemory = path === ':memory:' || path === '';
    if (!inMemory) mkdirSync(dirname(path), { recursive: true });
    const db = new Database(inMemory ? ':memory:' : path);
    try {
      db.pragma(`busy_timeout = ${Math.max(0, Math.round(options.busyTimeoutMs ?? 5000))}`);
      if (!inMemory) db.pragma('journal_mode = WAL');
      // NORMAL is safe in WAL mode (no corruption); only the last commits can be lost on power failure.
      db.pragma('synchronous = NORMAL');
      db.pragma('foreign_keys = ON');
      migrate(db);
    } catch (error) {
      db.close();
      throw error;
    }
    return new SqliteStore(db);
  }

  async subscribe(s: NewSubscription): Promise<Subscription> {
    const row = this.statement(
      `INSERT INTO subscriptions (id, platform, workspace, channel, cron, timezone, topics, post_when_empty,
           created_by, created_at, next_run_at, delivered_through, paused_reason)
         VALUES (@id, @platform, @workspace, @channel, @cron, @timezone, @topics, @postWhenEmpty,
           @createdBy, @createdAt, @nextRunAt, @deliveredThrough, @pausedReason)
         ON CONFLICT (platform, workspace, channel) DO UPDATE SET
           cron = excluded.cron, timezone = excluded.timezone, topics = excluded.topics,
           post_when_empty = excluded.post_when_empty, created_by = excluded.created_by,
           created_at = excluded.created_at, next_run_at = excluded.next_run_at,
           delivered_through = excluded.delivered_through, paused_reason = excluded.paused_reason
         RETURNING *`,
    ).get({
      id: randomUUID(),
      ...s.target,
      cron: s.cron,
      timezone: s.timezone,
      topics: JSON.stringify(s.topics),
      postWhenEmpty: s.postWhenEmpty ? 1 : 0,
      createdBy: s.createdBy,
      createdAt: toUtcIso(s.createdAt, 'createdAt'),
      nextRunAt: toUtcIso(s.nextRunAt, 'nextRunAt'),
      deliveredThrough: toUtcIso(s.deliveredThrough, 'deliveredThrough'),
      pausedReason: s.pausedReason,
    }) as SubscriptionRow;
    return subscriptionFromRow(row);
  }

  async unsubscribe(target: Target): Promise<boolean> {
    const result = this.statement(
      'DELETE FROM subscriptions WHERE platform = ? AND workspace = ? AND channel = ?',
    ).run(target.platform, target.workspace, target.channel);
    return result.changes > 0;
  }

  async get(id: string): Promise<Subscription | null> {
    return this.one('SELECT * FROM subscriptions WHERE id = ?', id);
  }

  async findByTarget(target: Target): Promise<Subscription | null> {
    return this.one(
      'SELECT * FROM subscriptions WHERE platform = ? AND workspace = ? AND channel = ?',
      target.platform,
      target.workspace,
      target.channel,
    );
  }

  async list(filter: { platform?: Target['platform']; workspace?: string } = {}): Promise<Subscription[]> {
    const rows = this.statement(
      `SELECT * FROM subscriptions WHERE (@platform IS NULL OR platform = @platform)
           AND (@workspace IS NULL OR workspace = @workspace) ORDER BY platform, workspace, channel`,
    ).all({ platform: filter.platform ?? null, workspace: filter.workspace ?? null }) as SubscriptionRow[];
    return rows.map(subscriptionFromRow);
  }

  async due(now: string, limit: number): Promise<Subscription[]> {
    const rows = this.statement(
      `SELECT * FROM subscriptions WHERE paused_reason IS NULL AND next_run_at <= ?
           ORDER BY next_run_at, id LIMIT ?`,
    ).all(toUtcIso(now, 'now'), Math.max(0, Math.floor(limit))) as SubscriptionRow[];
    return rows.map(subscriptionFromRow);
  }

  async advance(id: string, nextRunAt: string, deliveredThrough?: string): Promise<void> {
    this.statement(
      `UPDATE subscriptions SET next_run_at = ?, delivered_through = coalesce(?, delivered_through)
           WHERE id = ?`,
    ).run(toUtcIso(nextRunAt, 'nextRunAt'), deliveredThrough ? toUtcIso(deliveredThrough) : null, id);
  }

  async pause(id: string, reason: string): Promise<void> {
    this.statement('UPDATE subscriptions SET paused_reason = ? WHERE id = ?').run(reason, id);
  }

  async resume(id: string): Promise<void> {
    this.statement('UPDATE subscriptions SET paused_reason = NULL WHERE id = ?').run(id);
  }

  async claim(subscriptionId: string, slot: string, claimedAt: string): Promise<Delivery | null> {
    const row = this.statement(
      `INSERT INTO deliveries (subscription_id, slot, outcome, claimed_at, settled_at, attempts, brief_ids,
           error, late)
         VALUES (?, ?, 'claimed', ?, NULL, 0, '[]', NULL, 0)
         ON CONFLICT DO NOTHING RETURNING *`,
    ).get(subscriptionId, toUtcIso(slot, 'slot'), toUtcIso(claimedAt, 'claimedAt')) as
      | DeliveryRow
      | undefined;
    return row ? deliveryFromRow(row) : null;
  }

  async settle(subscriptionId: string, slot: string, result: Parameters<SubscriptionStore['settle']>[2]) {
    this.statement(
      `UPDATE deliveries SET outcome = ?, settled_at = ?, attempts = ?, brief_ids = ?, error = ?, late = ?
           WHERE subscription_id = ? AND slot = ?`,
    ).run(
      result.outcome,
      toUtcIso(result.settledAt, 'settledAt'),
      result.attempts,
      JSON.stringify(result.briefIds),
      result.error,
      result.late ? 1 : 0,
      subscriptionId,
      toUtcIso(slot, 'slot'),
    );
  }

  async reclaim(subscriptionId: string, slot: string, staleBefore: string, claimedAt: string) {
    const row = this.statement(
      `UPDATE deliveries SET claimed_at = ?
         WHERE subscription_id = ? AND slot = ? AND outcome = 'claimed' AND claimed_at < ? RETURNING *`,
    ).get(
      toUtcIso(claimedAt, 'claimedAt'),
      subscriptionId,
      toUtcIso(slot, 'slot'),
      toUtcIso(staleBefore, 'staleBefore'),
    ) as DeliveryRow | undefined;
    return row ? deliveryFromRow(row) : null;
  }

  async renew(subscriptionId: string, slot: string, claimedAt: string): Promise<boolean> {
    const result = this.statement(
      `UPDATE deliveries SET claimed_at = ? WHERE subscription_id = ? AND slot = ? AND outcome = 'claimed'`,
    ).run(toUtcIso(claimedAt, 'claimedAt'), subscriptionId, toUtcIso(slot, 'slot'));
    return result.changes === 1;
  }

  async unsettled(before: string): Promise<Delivery[]> {
    const rows = this.statement(
      `SELECT * FROM deliveries WHERE outcome = 'claimed' AND claimed_at < ?
           ORDER BY claimed_at, subscription_id, slot`,
    ).all(toUtcIso(before, 'before')) as DeliveryRow[];
    return rows.map(deliveryFromRow);
  }

  async history(subscriptionId: string, limit: number): Promise<Delivery[]> {
    const rows = this.statement(
      'SELECT * FROM deliveries WHERE subscription_id = ? ORDER BY slot DESC LIMIT ?',
    ).all(subscriptionId, Math.max(0, Math.floor(limit))) as DeliveryRow[];
    return rows.map(deliveryFromRow);
  }

  async recordFeedback(f: Feedback): Promise<void> {
    this.statement(FEEDBACK_UPSERT_SQL).run(...feedbackValues(f));
  }

  async feedbackSummary(): Promise<FeedbackTally[]> {
    return talliesFromRows(this.statement(FEEDBACK_SUMMARY_SQL).all() as TallyRow[]);
  }

  async recentFeedback(options: { limit: number; verdict?: Verdict }): Promise<Feedback[]> {
    const rows = this.statement(
      'SELECT * FROM feedback WHERE (@verdict IS NULL OR verdict = @verdict) ORDER BY recorded_at DESC LIMIT @limit',
    ).all({
      verdict: options.verdict ?? null,
      limit: Math.max(0, Math.floor(options.limit)),
    }) as FeedbackRow[];
    return rows.map(feedbackFromRow);
  }

  /** ConversationState in this file, on this connection (closed with the store), timed by `clock`. */
  conversationState(clock: Clock = systemClock): ConversationState {
    return new SqliteConversationState(this.db, clock);
  }

  /** The FeedStore in this file, on this connection (closed with the store). */
  feedStore(): FeedStore {
    return new SqliteFeedStore(this.db, (sql) => this.statement(sql));
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  /** Prepared once per SQL text: the scheduler runs the same few statements all day. */
  private statement(sql: string): Database.Statement {
    let prepared = this.statements.get(sql);
    if (!prepared) {
      prepared = this.db.prepare(sql);
      this.statements.set(sql, prepared);
    }
    return prepared;
  }

  private one(sql: string, ...params: string[]): Subscription | null {
    const row = this.statement(sql).get(...params) as SubscriptionRow | undefined;
    return row ? subscriptionFromRow(row) : null;
  }
}

/** Applies the pending migrations in one write transaction, so two processes opening at once agree. */
function migrate(db: Database.Database): void {
  db.exec(MIGRATIONS_TABLE_SQL);
  db.transaction(() => {
    const applied = new Set(
      (db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map(
        (r) => r.version,
      ),
    );
    for (const m of SQLITE_MIGRATIONS) {
      if (applied.has(m.version)) continue;
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        m.version,
        m.name,
        new Date().toISOString(),
      );
    }
  }).immediate();
}
