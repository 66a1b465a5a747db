import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore, redactUrl } from '../../src/store/open-store.js';
import { newSubscription } from './store-contract.js';

describe('openStore', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsbrief-open-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ['sqlite:PATH', (d: string) => `sqlite:${join(d, 'a', 'b', 'store.db')}`, join('a', 'b', 'store.db')],
    ['a plain path', (d: string) => join(d, 'plain', 'store.db'), join('plain', 'store.db')],
  ])('opens SQLite from %s, creating the folder', async (_label, url, file) => {
    const store = await openStore(url(dir));
    await store.subscribe(newSubscription('C1'));
    await store.close();
    expect(existsSync(join(dir, file))).toBe(true);
    const again = await openStore(url(dir));
    expect(await again.list()).toHaveLength(1);
    await again.close();
  });

  it('opens a private in-memory SQLite for :memory:', async () => {
    const store = await openStore(':memory:');
    await store.subscribe(newSubscription('C1'));
    expect(await store.list()).toHaveLength(1);
    await store.close();
    expect(existsSync(':memory:')).toBe(false);
  });

  it('refuses an unknown scheme, saying what to use', async () => {
    await expect(openStore('mysql://u:hunter2@db/x')).rejects.toThrow(/use sqlite:PATH.*postgres:\/\//);
    await expect(openStore('mysql://u:hunter2@db/x')).rejects.not.toThrow(/hunter2/);
  });

  it('names an unreachable PostgreSQL server without echoing the password', async () => {
    const error = await openStore('postgresql://bot:s3cr%21t-pw@127.0.0.1:9/newsbrief').catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(message).toContain('postgresql://bot:***@127.0.0.1:9/newsbrief');
    expect(message).not.toMatch(/s3cr/);
  });

  it('redacts passwords in URLs, also in query parameters', () => {
    expect(redactUrl('postgres://u:p%40ss@h:5432/db?sslmode=require&password=x')).toBe(
      'postgres://u:***@h:5432/db?sslmode=require&password=***',
    );
    expect(redactUrl('sqlite:./data/newsbrief.db')).toBe('sqlite:./data/newsbrief.db');
  });
});
