import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { article, type FeedServer, rss, startFeedServer } from './feeds/poll/feed-server.js';
import { jsonLines } from './fixtures/json-lines.js';
import { runCliInProcess } from './fixtures/run-cli-in-process.js';

let server: FeedServer;
let dir: string;
beforeAll(async () => {
  server = await startFeedServer();
  dir = await mkdtemp(join(tmpdir(), 'newsbrief-cli-feeds-'));
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

let databases = 0;
/** A fresh SQLite store and briefs folder per test, and the environment that lets the CLI reach 127.0.0.1. */
function place() {
  const n = ++databases;
  return {
    db: ['--database', `sqlite:${join(dir, `feeds-${n}.db`)}`],
    briefs: join(dir, `briefs-${n}`),
    env: { FEEDS_ALLOW_HOSTS: '127.0.0.1' },
  };
}

describe('cli feeds', () => {
  it('adds, lists, updates and removes a channel’s feed', async () => {
    const { db } = place();
    const url = server.url('/news.xml');
    const added = await runCliInProcess(['feeds', 'add', url, '--channel', 'slack:T1:C1', '--json', ...db]);
    expect(added.code).toBe(0);
    expect(jsonLines(added.stdout)).toEqual([
      { feed: url, channel: 'slack:T1:C1', created: true, include: [], exclude: [], mode: 'digest' },
    ]);
    const again = await runCliInProcess([
      'feeds',
      'add',
      url,
      '--channel',
      'slack:T1:C1',
      '--include',
      'Harbour,ferry',
      '--mode',
      'instant',
      '--json',
      ...db,
    ]);
    expect(jsonLines(again.stdout)[0]).toMatchObject({
      created: false,
      include: ['harbour', 'ferry'],
      mode: 'instant',
    });
    const listed = await runCliInProcess(['feeds', 'list', '--json', ...db]);
    expect(jsonLines(listed.stdout)).toEqual([
      expect.objectContaining({ feed: url, channel: 'slack:T1:C1', mode: 'instant', status: null }),
    ]);
    expect((await runCliInProcess(['feeds', 'remove', url, '--channel', 'slack:T1:C1', ...db])).code).toBe(0);
    const gone = await runCliInProcess(['feeds', 'remove', url, '--channel', 'slack:T1:C1', ...db]);
    expect(gone.code).toBe(1);
    expect(gone.stderr).toMatch(/does not follow/);
  });

  it('tells the user what to type for a URL it cannot follow', async () => {
    const { db } = place();
    const notUrl = await runCliInProcess(['feeds', 'add', 'example.com/feed', ...db]);
    expect(notUrl.code).toBe(2);
    expect(notUrl.stderr).toMatch(/not a URL.*https:\/\//);
    const ftp = await runCliInProcess(['feeds', 'add', 'ftp://example.com/feed.xml', ...db]);
    expect(ftp.stderr).toMatch(/only http:\/\/ and https:\/\//);
  });

  it('polls every feed with --now: one JSON line a feed, new briefs written to the briefs folder', async () => {
    const { db, briefs, env } = place();
    const story = {
      guid: 'a1',
      title: 'Harbour budget passes',
      link: 'https://gazette.example/a1',
      date: '2026-11-30T09:00:00Z',
      body: article('Port', '4 million euros'),
    };
    server.set('/poll-good.xml', { body: rss([story]), headers: { 'Content-Type': 'application/rss+xml' } });
    server.set('/poll-page.html', {
      body: '<!doctype html><html><body>Welcome</body></html>',
      headers: { 'Content-Type': 'text/html' },
    });
    for (const path of ['/poll-good.xml', '/poll-page.html']) {
      await runCliInProcess(['feeds', 'add', server.url(path), ...db], { env });
    }
    const polled = await runCliInProcess(['feeds', 'poll', '--now', '--json', '--briefs', briefs, ...db], {
      env,
    });
    const lines = jsonLines(polled.stdout) as {
      feed: string;
      status: string;
      new: string[];
      error?: string;
    }[];
    expect(lines).toHaveLength(2);
    const good = lines.find((l) => l.feed.endsWith('/poll-good.xml'));
    const page = lines.find((l) => l.feed.endsWith('/poll-page.html'));
    expect(good).toMatchObject({ status: 'ok', new: [expect.any(String)] });
    expect(page).toMatchObject({ status: 'disabled', new: [], error: expect.stringMatching(/not a feed/i) });
    expect(polled.code).toBe(1); // a feed failed
    expect(await readdir(briefs)).toContain(`${good?.new[0]}.json`);
    const listed = jsonLines((await runCliInProcess(['feeds', 'list', '--json', ...db], { env })).stdout);
    expect(listed).toContainEqual(
      expect.objectContaining({ feed: page?.feed, disabledReason: expect.stringMatching(/not a feed/i) }),
    );
  });

  it('imports feeds from OPML and exports them back', async () => {
    const { db } = place();
    const opml = join(dir, 'subscriptions.opml');
    await writeFile(
      opml,
      `<?xml version="1.0"?><opml version="2.0"><head><title>Mine</title></head><body>
<outline text="Local"><outline text="Gazette" type="rss" xmlUrl="https://gazette.example/feed.xml"/></outline>
<outline text="Wire" type="rss" xmlUrl="https://wire.example/rss"/></body></opml>`,
    );
    expect((await runCliInProcess(['feeds', 'import', opml, ...db])).code).toBe(0);
    const exported = await runCliInProcess(['feeds', 'export', ...db]);
    expect(exported.stdout).toContain('xmlUrl="https://gazette.example/feed.xml"');
    expect(exported.stdout).toContain('xmlUrl="https://wire.example/rss"');
    const bad = join(dir, 'not.opml');
    await writeFile(bad, 'hello');
    const refused = await runCliInProcess(['feeds', 'import', bad, ...db]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/not\.opml/);
  });
});
