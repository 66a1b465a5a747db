import { parseDatabaseUrl } from '../config.js';
import type { SubscriptionStore } from '../core/digest/subscription-store.js';
import type { FeedbackStore } from '../core/feedback/feedback.js';
import { PostgresStore } from './postgres-store.js';
import { SqliteStore } from './sqlite-store.js';

/** What openStore gives: digest subscriptions and reply feedback, in one database. */
export type Store = SubscriptionStore & FeedbackStore;

/** The store could not be opened; the message names the database without its password. */
export class StoreOpenError extends Error {
  readonly code = 'STORE_OPEN_FAILED';
  constructor(message: string) {
    super(message);
    this.name = 'StoreOpenError';
  }
}

/**
 * Opens the store DATABASE_URL names: postgres:// or postgresql:// → PostgreSQL;
 * sqlite:PATH, file:PATH, :memory: or a plain path → SQLite (the folder is created).
 */
export async function openStore(databaseUrl: string): Promise<Store> {
  const config = parseDatabaseUrl(databaseUrl);
  const shown = redactUrl(databaseUrl);
  if (!config) {
    throw new StoreOpenError(`cannot open ${shown}: use sqlite:PATH, a plain path, or a postgres:// URL`);
  }
  try {
    return config.kind === 'postgres' ? await PostgresStore.open(config.url) : SqliteStore.open(config.path);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new StoreOpenError(`cannot open ${shown}: ${redactSecret(reason, databaseUrl)}`);
  }
}

/** The URL with its password replaced by ***, for messages and logs. */
export function redactUrl(databaseUrl: string): string {
  if (!URL.canParse(databaseUrl)) return databaseUrl.replace(/\/\/([^:/@]*):[^@]*@/, '//$1:***@');
  const url = new URL(databaseUrl);
  if (url.password) url.password = '***';
  for (const key of [...url.searchParams.keys()]) {
    if (/pass/i.test(key)) url.searchParams.set(key, '***');
  }
  return url.toString().replaceAll('%2A%2A%2A', '***');
}

function redactSecret(message: string, databaseUrl: string): string {
  const password = URL.canParse(databaseUrl) ? new URL(databaseUrl).password : '';
  let out = message.split(databaseUrl).join(redactUrl(databaseUrl));
  for (const secret of [password, password && decodeURIComponent(password)]) {
    if (secret) out = out.split(secret).join('***');
  }
  return out;
}
