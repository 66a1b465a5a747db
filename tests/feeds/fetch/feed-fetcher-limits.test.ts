import type { ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createFeedFetcher, type FetchPolicy } from '../../../src/feeds/fetch/feed-fetcher.js';
import { type FeedServer, fakeDns, startFeedServer } from './feed-server.js';

const POLICY: FetchPolicy = {
  userAgent: 'newsbrief-test/0.1',
  allowHosts: ['127.0.0.1'],
  perHostIntervalMs: 0,
};
const MB = 1024 * 1024;

let server: FeedServer;
let fetchers: Array<{ close(): Promise<void> }> = [];

function fetcherWith(overrides: Partial<FetchPolicy> = {}) {
  const fetcher = createFeedFetcher({ ...POLICY, ...overrides });
  fetchers.push(fetcher);
  return fetcher;
}

beforeAll(async () => {
  server = await startFeedServer();
});
afterEach(async () => {
  await Promise.all(fetchers.map((f) => f.close()));
  fetchers = [];
});
afterAll(() => server.close());

/** Writes `total` bytes in 64 KB chunks, minding backpressure; resolves with how the response ended. */
function streamBytes(response: ServerResponse, total: number): Promise<{ finished: boolean; sent: number }> {
  const chunk = Buffer.alloc(64 * 1024, 'a');
  let sent = 0;
  return new Promise((resolve) => {
    response.on('close', () => resolve({ finished: response.writableFinished, sent }));
    const write = () => {
      while (sent < total && !response.destroyed) {
        sent += chunk.length;
        if (!response.write(chunk)) return void response.once('drain', write);
      }
      if (sent >= total) response.end();
    };
    write();
  });
}

describe('size', () => {
  it('stops reading a streamed 20 MB body past 5 MB and drops the connection', async () => {
    let ended: Promise<{ finished: boolean; sent: number }> | undefined;
    server.handle((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/rss+xml' });
      ended = streamBytes(response, 20 * MB);
    });
    const started = Date.now();
    const result = await fetcherWith().fetch(server.url('/huge'));
    expect(result).toMatchObject({ kind: 'failed', error: 'the feed is larger than 5 MB', permanent: false });
    expect(Date.now() - started).toBeLessThan(5_000);
    const { finished, sent } = (await ended) ?? { finished: true, sent: 0 };
    expect(finished).toBe(false);
    expect(sent).toBeLessThan(20 * MB);
  });

  it('refuses up front when Content-Length is over the limit, without waiting for the body', async () => {
    let closed: Promise<boolean> | undefined;
    server.handle((_request, response) => {
      closed = new Promise((resolve) => response.on('close', () => resolve(response.writableFinished)));
      // Only the headers and a first chunk: a fetcher that waited for the rest would time out instead.
      response.writeHead(200, { 'content-length': String(2 * MB) });
      response.write(Buffer.alloc(1024, 'a'));
    });
    const result = await fetcherWith({ maxBytes: MB, timeoutMs: 4_000 }).fetch(server.url('/declared'));
    expect(result).toMatchObject({ kind: 'failed', error: 'the feed is larger than 1 MB' });
    expect(await closed).toBe(false);
  });

  it('counts decoded bytes, so a small gzip body that unpacks to 20 MB is refused', async () => {
    const bomb = gzipSync(Buffer.alloc(20 * MB));
    server.handle((_request, response) => {
      response.writeHead(200, { 'content-encoding': 'gzip', 'content-length': String(bomb.length) });
      response.end(bomb);
    });
    const result = await fetcherWith().fetch(server.url('/bomb'));
    expect(result).toMatchObject({ kind: 'failed', error: 'the feed is larger than 5 MB' });
  });
});

describe('time', () => {
  it('gives up on a server that never answers', async () => {
    server.handle(() => {});
    const started = Date.now();
    const result = await fetcherWith({ timeoutMs: 300 }).fetch(server.url('/silent'));
    expect(result).toMatchObject({ kind: 'failed', error: 'no answer within 0.3 s', permanent: false });
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('counts the body in the timeout', async () => {
    server.handle((_request, response) => response.writeHead(200).write('<rss>'));
    const result = await fetcherWith({ timeoutMs: 300 }).fetch(server.url('/trickle'));
    expect(result).toMatchObject({ kind: 'failed', error: 'no answer within 0.3 s' });
  });
});

describe('politeness per host', () => {
  it('never has more than perHostConcurrency requests in flight to one host', async () => {
    let inFlight = 0;
    let most = 0;
    server.handle((_request, response) => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      setTimeout(() => {
        inFlight -= 1;
        response.end('<rss/>');
      }, 60);
    });
    const fetcher = fetcherWith({ perHostConcurrency: 1 });
    const results = await Promise.all([1, 2, 3].map((n) => fetcher.fetch(server.url(`/feed/${n}`))));
    expect(results.map((r) => r.kind)).toEqual(['ok', 'ok', 'ok']);
    expect(most).toBe(1);
  });

  it('spaces request starts to one host by perHostIntervalMs, in arrival order', async () => {
    const starts: Array<{ path: string | undefined; at: number }> = [];
    server.handle((request, response) => {
      starts.push({ path: request.url, at: Date.now() });
      response.end('<rss/>');
    });
    const fetcher = fetcherWith({ perHostIntervalMs: 150, perHostConcurrency: 5 });
    await Promise.all(['/a', '/b', '/c'].map((path) => fetcher.fetch(server.url(path))));
    expect(starts.map((s) => s.path)).toEqual(['/a', '/b', '/c']);
    const gaps = starts.slice(1).map((s, i) => s.at - (starts[i]?.at ?? 0));
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(120);
  });

  it('does not make one host wait for another', async () => {
    // The slow host answers only once the quick host was served: a shared queue would never get there.
    let quickServed: () => void = () => {};
    const quickWasServed = new Promise<void>((resolve) => {
      quickServed = resolve;
    });
    server.handle((request, response) => {
      if (request.headers.host?.startsWith('quick.')) {
        quickServed();
        return void response.end('<rss/>');
      }
      void quickWasServed.then(() => response.end('<rss/>'));
    });
    const fetcher = fetcherWith({
      perHostConcurrency: 1,
      allowHosts: ['slow.example.test', 'quick.example.test'],
      lookup: fakeDns({ 'slow.example.test': '127.0.0.1', 'quick.example.test': '127.0.0.1' }),
      timeoutMs: 3_000,
    });
    const slow = fetcher.fetch(`http://slow.example.test:${server.port}/`);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const quick = fetcher.fetch(`http://quick.example.test:${server.port}/`);
    expect((await quick).kind).toBe('ok');
    expect((await slow).kind).toBe('ok');
  });
});
