import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFeedFetcher, type FetchResult } from '../../../src/feeds/fetch/feed-fetcher.js';
import { type FeedServer, startFeedServer } from './feed-server.js';

const RSS = '<?xml version="1.0"?><rss version="2.0"><channel><title>Test</title></channel></rss>';
const NOW = new Date('2025-03-01T12:00:00Z');

let server: FeedServer;
const fetcher = createFeedFetcher({
  userAgent: 'newsbrief-test/0.1 (+mailto:ops@example.org)',
  allowHosts: ['127.0.0.1'],
  perHostIntervalMs: 0,
});

beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(async () => {
  await fetcher.close();
  await server.close();
});

function expectKind<K extends FetchResult['kind']>(
  result: FetchResult,
  kind: K,
): Extract<FetchResult, { kind: K }> {
  expect(result).toMatchObject({ kind });
  return result as Extract<FetchResult, { kind: K }>;
}

const secondsAfterNow = (date: Date | null) => (date ? (date.getTime() - NOW.getTime()) / 1000 : null);

describe('a feed that answers', () => {
  it('returns the body with its validators, then a 304 when the validators still match', async () => {
    const seen: Array<string | undefined> = [];
    server.handle((request, response) => {
      seen.push(request.headers['if-none-match']);
      if (request.headers['if-none-match'] === '"v1"') return void response.writeHead(304).end();
      response.writeHead(200, {
        'content-type': 'application/rss+xml',
        etag: '"v1"',
        'last-modified': 'Fri, 28 Feb 2025 10:00:00 GMT',
      });
      response.end(RSS);
    });

    const first = expectKind(await fetcher.fetch(server.url('/feed'), undefined, NOW), 'ok');
    expect(first).toMatchObject({
      url: server.url('/feed'),
      status: 200,
      contentType: 'application/rss+xml',
      etag: '"v1"',
      lastModified: 'Fri, 28 Feb 2025 10:00:00 GMT',
      freshUntil: null,
    });
    expect(first.body.toString('utf8')).toBe(RSS);

    const validators = { etag: first.etag, lastModified: first.lastModified };
    const second = await fetcher.fetch(server.url('/feed'), validators, NOW);
    expect(second).toEqual({ kind: 'not-modified', url: server.url('/feed'), freshUntil: null });
    expect(seen).toEqual([undefined, '"v1"']);
  });

  it('sends If-Modified-Since, User-Agent, Accept and Accept-Encoding', async () => {
    let headers: Record<string, string | string[] | undefined> = {};
    server.handle((request, response) => {
      headers = request.headers;
      response.end(RSS);
    });
    await fetcher.fetch(server.url(), { lastModified: 'Fri, 28 Feb 2025 10:00:00 GMT' });
    expect(headers['if-modified-since']).toBe('Fri, 28 Feb 2025 10:00:00 GMT');
    expect(headers['if-none-match']).toBeUndefined();
    expect(headers['user-agent']).toBe('newsbrief-test/0.1 (+mailto:ops@example.org)');
    expect(headers['accept-encoding']).toBe('gzip, br, deflate');
    expect(headers.accept).toMatch(/^application\/rss\+xml, application\/atom\+xml, .*\*\/\*;q=0\.1$/);
  });

  it.each([
    ['gzip', gzipSync],
    ['br', brotliCompressSync],
  ])('decodes a %s body', async (encoding, compress) => {
    server.handle((_request, response) => {
      response.writeHead(200, { 'content-encoding': encoding, 'content-type': 'application/rss+xml' });
      response.end(compress(Buffer.from(RSS)));
    });
    const result = expectKind(await fetcher.fetch(server.url()), 'ok');
    expect(result.body.toString('utf8')).toBe(RSS);
  });
});

describe('freshness', () => {
  async function freshUntilFor(headers: Record<string, string>): Promise<Date | null> {
    server.handle((_request, response) => response.writeHead(200, headers).end(RSS));
    return expectKind(await fetcher.fetch(server.url(), undefined, NOW), 'ok').freshUntil;
  }

  it('follows Cache-Control max-age, capped at one hour', async () => {
    expect(secondsAfterNow(await freshUntilFor({ 'cache-control': 'max-age=600' }))).toBe(600);
    expect(secondsAfterNow(await freshUntilFor({ 'cache-control': 'max-age=86400' }))).toBe(3600);
    expect(await freshUntilFor({ 'cache-control': 'no-store' })).toBeNull();
  });

  it('follows Expires, measured against the server clock', async () => {
    const expires = new Date(Date.now() + 30 * 60_000).toUTCString();
    const seconds = secondsAfterNow(await freshUntilFor({ expires }));
    expect(seconds).toBeGreaterThan(1790);
    expect(seconds).toBeLessThanOrEqual(1801);
  });
});

describe('HTTP failures', () => {
  async function failureFor(status: number, headers: Record<string, string> = {}) {
    server.handle((_request, response) => response.writeHead(status, headers).end('nope'));
    return expectKind(await fetcher.fetch(server.url('/feed'), undefined, NOW), 'failed');
  }

  it('asks again later after a 429 with Retry-After', async () => {
    const result = await failureFor(429, { 'retry-after': '120' });
    expect(result).toMatchObject({ status: 429, permanent: false });
    expect(secondsAfterNow(result.retryAfter)).toBe(120);
  });

  it('reads a 503 Retry-After given as a date', async () => {
    const result = await failureFor(503, { 'retry-after': new Date(Date.now() + 600_000).toUTCString() });
    expect(result).toMatchObject({ status: 503, permanent: false });
    expect(secondsAfterNow(result.retryAfter)).toBeGreaterThan(590);
  });

  it('treats a 500 as passing', async () => {
    expect(await failureFor(500)).toEqual({
      kind: 'failed',
      url: server.url('/feed'),
      error: 'HTTP 500 from the server',
      permanent: false,
      status: 500,
      retryAfter: null,
    });
  });

  it.each([404, 410])('treats a %i as permanent', async (status) => {
    const result = await failureFor(status);
    expect(result).toMatchObject({ status, permanent: true, retryAfter: null });
    expect(result.error).toMatch(new RegExp(`^HTTP ${status} from the server`));
  });

  it('treats other 4xx as passing', async () => {
    expect(await failureFor(403)).toMatchObject({ status: 403, permanent: false });
  });
});

describe('URLs it will not fetch', () => {
  it.each(['file:///etc/passwd', 'ftp://ftp.example.test/feed.xml', 'javascript:alert(1)'])(
    'refuses %s for good',
    async (url) => {
      expect(await fetcher.fetch(url)).toMatchObject({
        kind: 'failed',
        url,
        error: 'only http and https feeds can be fetched',
        permanent: true,
      });
    },
  );

  it('refuses something that is not a URL', async () => {
    expect(await fetcher.fetch('not a url')).toMatchObject({ kind: 'failed', permanent: true });
  });

  it('sends URL credentials as Basic auth and never repeats them in an error', async () => {
    let authorization: string | undefined;
    server.handle((request, response) => {
      authorization = request.headers.authorization;
      response.writeHead(500).end();
    });
    const result = expectKind(
      await fetcher.fetch(`http://reader:s3cret@127.0.0.1:${server.port}/`),
      'failed',
    );
    expect(authorization).toBe(`Basic ${Buffer.from('reader:s3cret').toString('base64')}`);
    expect(result.error).not.toContain('s3cret');
  });
});
