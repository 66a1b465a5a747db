import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Brief } from '../../../src/core/brief.schema.js';
import type { Target } from '../../../src/core/digest/subscription.js';
import type { FeedMode } from '../../../src/core/feeds/feed.js';
import { MemoryFeedStore } from '../../../src/core/feeds/memory-feed-store.js';
import { createFeedFetcher } from '../../../src/feeds/fetch/feed-fetcher.js';
import type { FeedFetcher } from '../../../src/feeds/fetch/fetch-policy.js';
import type { PollDeps } from '../../../src/feeds/poll-feed.js';
import { pollDueFeeds } from '../../../src/feeds/poll-feeds.js';
import { runIngestJob } from '../../../src/ingest/pool/ingest-job.js';
import { article, type FeedServer, rss, startFeedServer } from './feed-server.js';

const CHANNEL: Target = { platform: 'slack', workspace: 'T1', channel: 'C1' };
const MINUTE = 60_000;

let server: FeedServer;
let fetcher: FeedFetcher;
beforeAll(async () => {
  server = await startFeedServer();
  fetcher = createFeedFetcher({
    userAgent: 'newsbrief-test',
    allowHosts: ['127.0.0.1'],
    perHostIntervalMs: 0,
  });
});
afterAll(async () => {
  await fetcher.close();
  await server.close();
});

/** A poller on a memory store and a moving clock; what it saved, posted and told is recorded. */
function poller() {
  let now = new Date('2026-12-01T08:00:00Z');
  const saved = new Map<string, Brief>();
  const posted: { target: Target; brief: Brief }[] = [];
  const notices: { target: Target; reason: string }[] = [];
  const store = new MemoryFeedStore();
  const deps: PollDeps = {
    store,
    fetcher,
    ingest: (input) => runIngestJob({ input }),
    saveBrief: async (brief) => {
      saved.set(brief.id, brief);
      return brief.id;
    },
    now: () => now,
    intervalMs: 10 * MINUTE,
    postInstant: async (target, brief) => {
      posted.push({ target, brief });
    },
    noticeDisabled: async (target, _feed, reason) => {
      notices.push({ target, reason });
    },
  };
  return {
    store,
    saved,
    posted,
    notices,
    advance: (ms: number) => {
      now = new Date(now.getTime() + ms);
    },
    follow: async (path: string, mode: FeedMode = 'digest', include: string[] = []) =>
      store.subscribe(
        {
          feedUrl: server.url(path),
          target: CHANNEL,
          include,
          exclude: [],
          mode,
          createdBy: 'U1',
          createdAt: now.toISOString(),
        },
        now.toISOString(),
      ),
    poll: () => pollDueFeeds(deps),
  };
}

const items = (n: number, extra: Partial<{ date: string; body: string }> = {}) =>
  Array.from({ length: n }, (_, i) => ({
    guid: `story-${i}`,
    title: `Harbour budget vote number ${i}`,
    link: `https://gazette.example/story-${i}?utm_source=rss`,
    date: extra.date ?? `2026-11-${String(20 + i).padStart(2, '0')}T09:00:00Z`,
    body: extra.body ?? article(`Port ${i}`, `${i + 2} million euros`),
  }));

describe('polling a good feed', () => {
  let p: ReturnType<typeof poller>;
  beforeEach(async () => {
    server.set('/good.xml', {
      body: rss(items(3)),
      headers: { 'Content-Type': 'application/rss+xml', ETag: '"v1"' },
    });
    p = poller();
    await p.follow('/good.xml');
  });

  it('briefs every item of the first fetch, with the feed as source and the item as URL', async () => {
    const [report] = await p.poll();
    expect(report).toMatchObject({ feed: server.url('/good.xml'), status: 'ok' });
    expect(report?.new).toHaveLength(3);
    const brief = p.saved.get(report?.new[0] ?? '');
    expect(brief?.outlet).toBe('Harbour Gazette');
    expect(brief?.url).toMatch(/^https:\/\/gazette\.example\/story-\d/);
    expect(brief?.feed).toBe(server.url('/good.xml'));
    expect(brief?.text.body).toMatch(/million euros/);
  });

  it('asks again with the ETag after the poll interval, and a 304 briefs nothing', async () => {
    await p.poll();
    const fetched = server.hits('/good.xml');
    expect(await p.poll()).toEqual([]); // not due yet
    expect(server.hits('/good.xml')).toBe(fetched);
    p.advance(11 * MINUTE);
    const [report] = await p.poll();
    expect(report).toMatchObject({ status: 'not-modified', new: [] });
    expect(server.hits('/good.xml')).toBe(fetched + 1);
  });

  it('never briefs an item twice when the feed re-orders and re-dates it', async () => {
    await p.poll();
    const redated = items(3, { date: '2026-12-01T07:00:00Z' }).reverse();
    server.set('/good.xml', {
      body: rss(redated),
      headers: { 'Content-Type': 'application/rss+xml', ETag: '"v2"' },
    });
    p.advance(11 * MINUTE);
    const [report] = await p.poll();
    expect(report).toMatchObject({ status: 'ok', new: [] });
  });

  it('updates the brief of an item whose text changed, without counting it as new', async () => {
    const [first] = await p.poll();
    const changed = items(3);
    (changed[0] as { body: string }).body = article('Port 0', '9 million euros');
    server.set('/good.xml', {
      body: rss(changed),
      headers: { 'Content-Type': 'application/rss+xml', ETag: '"v3"' },
    });
    p.advance(11 * MINUTE);
    const [report] = await p.poll();
    expect(report?.new).toEqual([]);
    const updated = [...p.saved.values()].filter((b) => b.text.body.includes('9 million euros'));
    expect(updated).toHaveLength(1);
    expect(first?.new).toContain(updated[0]?.id);
  });
});

describe('items without guids', () => {
  it('are told apart by their links, tracking parameters ignored', async () => {
    const p = poller();
    const noGuid = items(2).map(({ guid: _guid, ...rest }) => rest);
    server.set('/noguid.xml', { body: rss(noGuid), headers: { 'Content-Type': 'application/rss+xml' } });
    await p.follow('/noguid.xml');
    expect((await p.poll())[0]?.new).toHaveLength(2);
    const relinked = noGuid.map((i) => ({
      ...i,
      link: i.link.replace('utm_source=rss', 'utm_source=twitter'),
    }));
    server.set('/noguid.xml', { body: rss(relinked), headers: { 'Content-Type': 'application/rss+xml' } });
    p.advance(11 * MINUTE);
    expect((await p.poll())[0]).toMatchObject({ status: 'ok', new: [] });
  });
});

describe('instant mode', () => {
  it('does not post the backlog of a feed first read after failed attempts', async () => {
    const p = poller();
    server.set('/late-start.xml', { status: 503, body: 'down' });
    await p.follow('/late-start.xml', 'instant');
    expect((await p.poll())[0]?.status).toBe('failed');
    server.set('/late-start.xml', {
      body: rss(items(2)),
      headers: { 'Content-Type': 'application/rss+xml' },
    });
    p.advance(25 * 60 * MINUTE);
    expect((await p.poll())[0]?.new).toHaveLength(2);
    expect(p.posted).toEqual([]);
  });

  it('posts items that arrive after the first fetch, paced by the caller, filtered by words', async () => {
    const p = poller();
    server.set('/instant.xml', { body: rss(items(2)), headers: { 'Content-Type': 'application/rss+xml' } });
    await p.follow('/instant.xml', 'instant', ['ferry']);
    await p.poll();
    expect(p.posted).toEqual([]); // the backlog goes to the digest, not the channel
    const more = [
      ...items(2),
      {
        guid: 'late',
        title: 'Ferry to the islands',
        link: 'https://gazette.example/late',
        date: '2026-12-01T07:30:00Z',
        body: article('Ferry', '3 million euros'),
      },
    ];
    server.set('/instant.xml', { body: rss(more), headers: { 'Content-Type': 'application/rss+xml' } });
    p.advance(11 * MINUTE);
    const [report] = await p.poll();
    expect(report?.new).toHaveLength(1);
    expect(p.posted.map((x) => x.brief.title)).toEqual(['Ferry to the islands']);
  });
});

describe('broken feeds', () => {
  let p: ReturnType<typeof poller>;
  beforeEach(() => {
    p = poller();
  });
  afterEach(() => {
    expect(p.saved.size).toBe(0);
  });

  it('backs off after a server error and disables the feed after ten in a row, telling the channel once', async () => {
    server.set('/flaky.xml', { status: 500, body: 'oops' });
    await p.follow('/flaky.xml');
    const [first] = await p.poll();
    expect(first).toMatchObject({ status: 'failed', error: expect.stringContaining('500') });
    const feed = await p.store.feed(server.url('/flaky.xml'));
    expect(Date.parse(feed?.nextPollAt ?? '')).toBeGreaterThanOrEqual(Date.parse('2026-12-01T08:10:00Z'));
    let last = first;
    for (let i = 0; i < 9; i++) {
      p.advance(25 * 60 * MINUTE);
      [last] = await p.poll();
    }
    expect(last?.status).toBe('disabled');
    expect(p.notices).toHaveLength(1);
    expect(p.notices[0]?.reason).toMatch(/10 polls in a row failed/);
    p.advance(25 * 60 * MINUTE);
    expect(await p.poll()).toEqual([]); // a disabled feed is not polled
  });

  it('disables a feed that is gone (404) at once', async () => {
    await p.follow('/gone.xml');
    const [report] = await p.poll();
    expect(report).toMatchObject({ status: 'disabled' });
    expect(p.notices.map((n) => n.target)).toEqual([CHANNEL]);
  });

  it('waits as long as a 429 asks', async () => {
    server.set('/busy.xml', { status: 429, headers: { 'Retry-After': '7200' } });
    await p.follow('/busy.xml');
    expect((await p.poll())[0]?.status).toBe('failed');
    const feed = await p.store.feed(server.url('/busy.xml'));
    expect(Date.parse(feed?.nextPollAt ?? '')).toBeGreaterThanOrEqual(Date.parse('2026-12-01T10:00:00Z'));
  });

  it('disables a URL that serves a web page instead of a feed, saying so', async () => {
    server.set('/page.html', {
      body: '<!doctype html><html><body><p>Hello</p></body></html>',
      headers: { 'Content-Type': 'text/html' },
    });
    await p.follow('/page.html');
    const [report] = await p.poll();
    expect(report?.status).toBe('disabled');
    expect(report?.error).toMatch(/not a feed/i);
  });

  it('refuses a redirect to a private address', async () => {
    // localhost is loopback and not among the allowed hosts, though 127.0.0.1 is.
    const admin = server.url('/admin').replace('127.0.0.1', 'localhost');
    server.set('/sneaky.xml', { status: 302, headers: { Location: admin } });
    await p.follow('/sneaky.xml');
    const [report] = await p.poll();
    expect(report?.status).toBe('disabled');
    expect(report?.error).toMatch(/refused/);
  });

  it('stops reading a 20 MB body', async () => {
    server.set('/huge.xml', {
      streamBytes: 20 * 1024 * 1024,
      headers: { 'Content-Type': 'application/rss+xml' },
    });
    await p.follow('/huge.xml');
    const [report] = await p.poll();
    expect(report?.status).toBe('failed');
    expect(report?.error).toMatch(/5 MB/);
  });
});
