import type { z } from 'zod';
import {
  type Delivery,
  DeliverySchema,
  type Subscription,
  SubscriptionSchema,
} from '../core/digest/subscription.js';

/** A stored row that does not match its schema: names the table, the row and the field to fix. */
export class StoredRowError extends Error {
  readonly code = 'STORED_ROW_INVALID';
  constructor(
    readonly table: string,
    readonly field: string,
    detail: string,
  ) {
    super(`invalid row in ${table}: ${field} — ${detail}`);
    this.name = 'StoredRowError';
  }
}

/** A subscriptions row as both dialects return it (SQLite: text, 0/1 and JSON text; PostgreSQL: native). */
export interface SubscriptionRow {
  id: unknown;
  platform: unknown;
  workspace: unknown;
  channel: unknown;
  cron: unknown;
  timezone: unknown;
  topics: unknown;
  post_when_empty: unknown;
  created_by: unknown;
  created_at: unknown;
  next_run_at: unknown;
  delivered_through: unknown;
  paused_reason: unknown;
}

export interface DeliveryRow {
  subscription_id: unknown;
  slot: unknown;
  outcome: unknown;
  claimed_at: unknown;
  settled_at: unknown;
  attempts: unknown;
  brief_ids: unknown;
  error: unknown;
  late: unknown;
}

/** Any instant given to a store, as the one text form stored and compared: ISO UTC with milliseconds and Z. */
export function toUtcIso(value: string, what = 'timestamp'): string {
  const time = Date.parse(value);
  if (Number.isNaN(time)) throw new RangeError(`${what} is not an ISO date-time: ${JSON.stringify(value)}`);
  return new Date(time).toISOString();
}

export function subscriptionFromRow(row: SubscriptionRow): Subscription {
  const table = `subscriptions (id ${String(row.id)})`;
  const raw = {
    id: row.id,
    target: { platform: row.platform, workspace: row.workspace, channel: row.channel },
    cron: row.cron,
    timezone: row.timezone,
    topics: fromJson(row.topics, table, 'topics'),
    postWhenEmpty: fromFlag(row.post_when_empty),
    createdBy: row.created_by,
    createdAt: fromTime(row.created_at),
    nextRunAt: fromTime(row.next_run_at),
    deliveredThrough: fromTime(row.delivered_through),
    pausedReason: row.paused_reason,
  };
  const s = validate(SubscriptionSchema, raw, table);
  return {
    ...s,
    createdAt: toUtcIso(s.createdAt),
    nextRunAt: toUtcIso(s.nextRunAt),
    deliveredThrough: toUtcIso(s.deliveredThrough),
  };
}

export function deliveryFromRow(row: DeliveryRow): Delivery {
  const table = `deliveries (${String(row.subscription_id)} @ ${String(fromTime(row.slot))})`;
  const raw = {
    subscriptionId: row.subscription_id,
    slot: fromTime(row.slot),
    outcome: row.outcome,
    claimedAt: fromTime(row.claimed_at),
    settledAt: fromTime(row.settled_at),
    attempts: row.attempts,
    briefIds: fromJson(row.brief_ids, table, 'briefIds'),
    error: row.error,
    late: fromFlag(row.late),
  };
  const d = validate(DeliverySchema, raw, table);
  return {
    ...d,
    slot: toUtcIso(d.slot),
    claimedAt: toUtcIso(d.claimedAt),
    settledAt: d.settledAt === null ? null : toUtcIso(d.settledAt),
  };
}

export function validate<T>(schema: z.ZodType<T>, raw: unknown, table: string): T {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new StoredRowError(
    table,
    issue?.path.join('.') || '(row)',
    issue?.message ?? 'does not match the schema',
  );
}

export function fromTime(value: unknown): unknown {
  return value instanceof Date
    ? Number.isNaN(value.getTime())
      ? String(value)
      : value.toISOString()
    : value;
}

function fromFlag(value: unknown): unknown {
  return value === 1 || value === 0 ? value === 1 : value;
}

/** A JSON text column read back; a text that does not parse names the table and field. */
export function fromJson(value: unknown, table: string, field: string): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    throw new StoredRowError(table, field, 'not valid JSON');
  }
}
