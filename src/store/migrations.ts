/**
 * Versioned schema changes, one list per dialect, applied in order at open and recorded in
 * `schema_migrations`. Never edit a released migration: add the next version.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const SQLITE_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'subscriptions and deliveries',
    sql: `
      CREATE TABLE subscriptions (
        id TEXT PRIMARY KEY,
        platform TEXT NOT NULL,
        workspace TEXT NOT NULL,
        channel TEXT NOT NULL,
        cron TEXT NOT NULL,
        timezone TEXT NOT NULL,
        topics TEXT NOT NULL,
        post_when_empty INTEGER NOT NULL,
        created_by TEXT NOT NULL,
        created_at TEXT NOT NULL,
        next_run_at TEXT NOT NULL,
        delivered_through TEXT NOT NULL,
        paused_reason TEXT,
        UNIQUE (platform, workspace, channel)
      );
      CREATE INDEX subscriptions_due ON subscriptions (next_run_at) WHERE paused_reason IS NULL;
      CREATE TABLE deliveries (
        subscription_id TEXT NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
        slot TEXT NOT NULL,
        outcome TEXT NOT NULL,
        claimed_at TEXT NOT NULL,
        settled_at TEXT,
        attempts INTEGER NOT NULL,
        brief_ids TEXT NOT NULL,
        error TEXT,
        late INTEGER NOT NULL,
        PRIMARY KEY (subscription_id, slot)
      );
      CREATE INDEX deliveries_unsettled ON deliveries (claimed_at) WHERE outcome = 'claimed';
    `,
  },
  {
    version: 2,
    name: 'feedback',
    // user_id, not user: USER is a reserved word in PostgreSQL.
    sql: `
      CREATE TABLE feedback (
        platform TEXT NOT NULL,
        workspace TEXT NOT NULL,
        channel TEXT NOT NULL,
        message TEXT NOT NULL,
        user_id TEXT NOT NULL,
        verdict TEXT NOT NULL,
        reply_kind TEXT NOT NULL,
        brief_id TEXT,
        sentence INTEGER,
        question TEXT,
        recorded_at TEXT NOT NULL,
        PRIMARY KEY (platform, workspace, channel, message, user_id)
      );
      CREATE INDEX feedback_recent ON feedback (recorded_at);
    `,
  },
  {
    version: 3,
    name: 'conversation state',
    // ConversationState: one table per kind, keyed by the adapter's key; a row is live while expires_at
    // (ISO UTC text, which sorts as time) is after now. The expires_at indexes serve sweep().
    sql: `
      CREATE TABLE conversation_briefs (
        conversation TEXT PRIMARY KEY,
        brief_id TEXT NOT NULL,
        expires_at TEXT NOT NULL
      );
      CREATE INDEX conversation_briefs_expiry ON conversation_briefs (expires_at);
      CREATE TABLE seen_events (
        event_key TEXT PRIMARY KEY,
        expires_at TEXT NOT NULL
      );
      CREATE INDEX seen_events_expiry ON seen_events (expires_at);
      CREATE TABLE feedback_questions (
        token TEXT PRIMARY KEY,
        question TEXT NOT NULL,
        expires_at TEXT NOT NULL
      );
      CREATE INDEX feedback_questions_expiry ON feedback_questions (expires_at);
    `,
  },
  {
    version: 4,
    name: 'feeds',
    // FeedStore: a feed lives while a subscription names it; its seen items go with it. Instants are ISO
    // UTC text; include and exclude are JSON arrays. feeds_due serves due(), the target index subscriptions().
    sql: `
      CREATE TABLE feeds (
        url TEXT PRIMARY KEY,
        title TEXT,
        etag TEXT,
        last_modified TEXT,
        body_hash TEXT,
        created_at TEXT NOT NULL,
        next_poll_at TEXT NOT NULL,
        last_polled_at TEXT,
        last_status TEXT,
        last_new_item_at TEXT,
        failures INTEGER NOT NULL,
        last_error TEXT,
        disabled_reason TEXT,
        poll_claimed_until TEXT
      );
      CREATE INDEX feeds_due ON feeds (next_poll_at) WHERE disabled_reason IS NULL;
      CREATE TABLE feed_subscriptions (
        feed_url TEXT NOT NULL REFERENCES feeds (url) ON DELETE CASCADE,
        platform TEXT NOT NULL,
        workspace TEXT NOT NULL,
        channel TEXT NOT NULL,
        include TEXT NOT NULL,
        exclude TEXT NOT NULL,
        mode TEXT NOT NULL,
        created_by TEXT NOT NULL,
        created_at TEXT NOT NULL,
        disabled_notice_at TEXT,
        PRIMARY KEY (feed_url, platform, workspace, channel)
      );
      CREATE INDEX feed_subscriptions_target ON feed_subscriptions (platform, workspace, channel);
      CREATE TABLE feed_items (
        feed_url TEXT NOT NULL REFERENCES feeds (url) ON DELETE CASCADE,
        item_key TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        brief_id TEXT,
        first_seen_at TEXT NOT NULL,
        PRIMARY KEY (feed_url, item_key)
      );
    `,
  },
];

export const POSTGRES_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'subscriptions and deliveries',
    sql: `
      CREATE TABLE subscriptions (
        id text PRIMARY KEY,
        platform text NOT NULL,
        workspace text NOT NULL,
        channel text NOT NULL,
        cron text NOT NULL,
        timezone text NOT NULL,
        topics jsonb NOT NULL,
        post_when_empty boolean NOT NULL,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL,
        next_run_at timestamptz NOT NULL,
        delivered_through timestamptz NOT NULL,
        paused_reason text,
        UNIQUE (platform, workspace, channel)
      );
      CREATE INDEX subscriptions_due ON subscriptions (next_run_at) WHERE paused_reason IS NULL;
      CREATE TABLE deliveries (
        subscription_id text NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
        slot timestamptz NOT NULL,
        outcome text NOT NULL,
        claimed_at timestamptz NOT NULL,
        settled_at timestamptz,
        attempts integer NOT NULL,
        brief_ids jsonb NOT NULL,
        error text,
        late boolean NOT NULL,
        PRIMARY KEY (subscription_id, slot)
      );
      CREATE INDEX deliveries_unsettled ON deliveries (claimed_at) WHERE outcome = 'claimed';
    `,
  },
  {
    version: 2,
    name: 'feedback',
    // user_id, not user: USER is a reserved word in PostgreSQL.
    sql: `
      CREATE TABLE feedback (
        platform text NOT NULL,
        workspace text NOT NULL,
        channel text NOT NULL,
        message text NOT NULL,
        user_id text NOT NULL,
        verdict text NOT NULL,
        reply_kind text NOT NULL,
        brief_id text,
        sentence integer,
        question text,
        recorded_at timestamptz NOT NULL,
        PRIMARY KEY (platform, workspace, channel, message, user_id)
      );
      CREATE INDEX feedback_recent ON feedback (recorded_at);
    `,
  },
  {
    version: 3,
    name: 'conversation state',
    // ConversationState: one table per kind, keyed by the adapter's key; a row is live while expires_at
    // is after now. The expires_at indexes serve sweep().
    sql: `
      CREATE TABLE conversation_briefs (
        conversation text PRIMARY KEY,
        brief_id text NOT NULL,
        expires_at timestamptz NOT NULL
      );
      CREATE INDEX conversation_briefs_expiry ON conversation_briefs (expires_at);
      CREATE TABLE seen_events (
        event_key text PRIMARY KEY,
        expires_at timestamptz NOT NULL
      );
      CREATE INDEX seen_events_expiry ON seen_events (expires_at);
      CREATE TABLE feedback_questions (
        token text PRIMARY KEY,
        question text NOT NULL,
        expires_at timestamptz NOT NULL
      );
      CREATE INDEX feedback_questions_expiry ON feedback_questions (expires_at);
    `,
  },
  {
    version: 4,
    name: 'feeds',
    // FeedStore: a feed lives while a subscription names it; its seen items go with it. feeds_due serves
    // due(), the target index subscriptions().
    sql: `
      CREATE TABLE feeds (
        url text PRIMARY KEY,
        title text,
        etag text,
        last_modified text,
        body_hash text,
        created_at timestamptz NOT NULL,
        next_poll_at timestamptz NOT NULL,
        last_polled_at timestamptz,
        last_status text,
        last_new_item_at timestamptz,
        failures integer NOT NULL,
        last_error text,
        disabled_reason text,
        poll_claimed_until timestamptz
      );
      CREATE INDEX feeds_due ON feeds (next_poll_at) WHERE disabled_reason IS NULL;
      CREATE TABLE feed_subscriptions (
        feed_url text NOT NULL REFERENCES feeds (url) ON DELETE CASCADE,
        platform text NOT NULL,
        workspace text NOT NULL,
        channel text NOT NULL,
        include jsonb NOT NULL,
        exclude jsonb NOT NULL,
        mode text NOT NULL,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL,
        disabled_notice_at timestamptz,
        PRIMARY KEY (feed_url, platform, workspace, channel)
      );
      CREATE INDEX feed_subscriptions_target ON feed_subscriptions (platform, workspace, channel);
      CREATE TABLE feed_items (
        feed_url text NOT NULL REFERENCES feeds (url) ON DELETE CASCADE,
        item_key text NOT NULL,
        content_hash text NOT NULL,
        brief_id text,
        first_seen_at timestamptz NOT NULL,
        PRIMARY KEY (feed_url, item_key)
      );
    `,
  },
];

export const MIGRATIONS_TABLE_SQL = `
  CREATE TABLE IF NOT EXISTS schema_migrations (
    version integer PRIMARY KEY,
    name text NOT NULL,
    applied_at text NOT NULL
  )`;
