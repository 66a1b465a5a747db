import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFeedFetcher, type FetchPolicy } from '../../../src/feeds/fetch/feed-fetcher.js';
import { type FeedServer, fakeDns, startFeedServer } from './feed-server.js';

const POLICY: FetchPolicy = {
  userAgent: 'newsbrief-test/0.1',
  allowHosts: ['127.0.0.1'],
  perHostIntervalMs: 0,
};

let server: FeedServer;
const fetchers: Array<{ close(): Promise<void> }> = [];

function fetcherWith(overrides: Partial<FetchPolicy> = {}) {
  const fetcher = createFeedFetcher({ ...POLICY, ...overrides });
  fetchers.push(fetcher);
  return fetcher;
}

/** /hop/N redirects to /hop/N-1 … /hop/0, which is the feed; /to?u=URL redirects to URL. */
beforeAll(async () => {
  server = await startFeedServer();
  server.handle((request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    const hop = /^\/hop\/(\d+)$/.exec(url.pathname);
    if (hop && hop[1] !== '0') {
      return void response.writeHead(302, { location: `/hop/${Number(hop[1]) - 1}` }).end();
    }
    if (url.pathname === '/to')
      return void response.writeHead(301, { location: url.searchParams.get('u') ?? '' }).end();
    response.end(`feed for ${request.headers.host} auth=${request.headers.authorization ?? 'none'}`);
  });
});
afterAll(async () => {
  await Promise.all(fetchers.map((f) => f.close()));
  await server.close();
});

const redirectTo = (target: string) => server.url(`/to?u=${encodeURIComponent(target)}`);

describe('redirects', () => {
  it('follows a chain of two and reports the final URL', async () => {
    const result = await fetcherWith().fetch(server.url('/hop/2'));
    expect(result).toMatchObject({ kind: 'ok', url: server.url('/hop/0') });
  });

  it('gives up after more than five', async () => {
    const result = await fetcherWith().fetch(server.url('/hop/6'));
    expect(result).toMatchObject({ kind: 'failed', error: 'more than 5 redirects', permanent: false });
    expect(await fetcherWith().fetch(server.url('/hop/5'))).toMatchObject({ kind: 'ok' });
  });

  it('refuses a redirect to a private IP literal without connecting', async () => {
    const result = await fetcherWith().fetch(redirectTo('http://10.0.0.1/feed'));
    expect(result).toMatchObject({
      kind: 'failed',
      url: 'http://10.0.0.1/feed',
      error: 'refused: 10.0.0.1 is a private address (10.0.0.1)',
      permanent: true,
    });
  });

  it('refuses a redirect to localhost, which is not in allowHosts although 127.0.0.1 is', async () => {
    const result = await fetcherWith().fetch(redirectTo(`http://localhost:${server.port}/feed`));
    expect(result).toMatchObject({ kind: 'failed', permanent: true });
    if (result.kind === 'failed')
      expect(result.error).toMatch(/^refused: localhost resolves to a loopback address/);
  });

  it('refuses a redirect to a host name that resolves to a private address', async () => {
    const fetcher = fetcherWith({ lookup: fakeDns({ 'feeds.example.test': '10.0.0.7' }) });
    const result = await fetcher.fetch(redirectTo('http://feeds.example.test/rss'));
    expect(result).toMatchObject({
      kind: 'failed',
      error: 'refused: feeds.example.test resolves to a private address (10.0.0.7)',
      permanent: true,
    });
  });

  it('refuses a redirect to another scheme', async () => {
    const result = await fetcherWith().fetch(redirectTo('file:///etc/passwd'));
    expect(result).toMatchObject({
      kind: 'failed',
      error: 'redirected to file:///etc/passwd, but only http and https feeds can be fetched',
      permanent: true,
    });
  });

  it('keeps URL credentials for the feed’s own origin', async () => {
    const fetcher = fetcherWith({
      allowHosts: ['a.example.test', 'b.example.test'],
      lookup: fakeDns({ 'a.example.test': '127.0.0.1', 'b.example.test': '127.0.0.1' }),
    });
    const origin = (host: string) => `http://${host}:${server.port}`;
    const same = await fetcher.fetch(`http://u:pw@a.example.test:${server.port}/hop/1`);
    const other = await fetcher.fetch(
      `http://u:pw@a.example.test:${server.port}/to?u=${encodeURIComponent(`${origin('b.example.test')}/feed`)}`,
    );
    expect(same.kind === 'ok' && same.body.toString()).toMatch(/auth=Basic /);
    expect(other.kind === 'ok' && other.body.toString()).toBe(
      `feed for b.example.test:${server.port} auth=none`,
    );
  });
});

describe('addresses', () => {
  it('refuses localhost when it is not allowed', async () => {
    const result = await fetcherWith({ allowHosts: [] }).fetch(`http://localhost:${server.port}/`);
    expect(result).toMatchObject({ kind: 'failed', permanent: true });
    if (result.kind === 'failed')
      expect(result.error).toMatch(/^refused: localhost resolves to a loopback address/);
  });

  it('refuses the 127.0.0.1 literal when it is not allowed', async () => {
    const result = await fetcherWith({ allowHosts: [] }).fetch(server.url());
    expect(result).toMatchObject({
      kind: 'failed',
      error: 'refused: 127.0.0.1 is a loopback address (127.0.0.1)',
    });
  });

  it('lets an allowed host name through to its address, case-insensitively', async () => {
    const fetcher = fetcherWith({
      allowHosts: ['Feeds.Example.TEST'],
      lookup: fakeDns({ 'feeds.example.test': '127.0.0.1' }),
    });
    const result = await fetcher.fetch(`http://feeds.example.test:${server.port}/feed`);
    expect(result).toMatchObject({ kind: 'ok' });
  });

  it('refuses a host name mapped to loopback when only its address is allowed', async () => {
    const fetcher = fetcherWith({ lookup: fakeDns({ 'feeds.example.test': '127.0.0.1' }) });
    const result = await fetcher.fetch(`http://feeds.example.test:${server.port}/feed`);
    expect(result).toMatchObject({
      kind: 'failed',
      error: 'refused: feeds.example.test resolves to a loopback address (127.0.0.1)',
    });
  });

  it('says when a host cannot be resolved, and that it may pass', async () => {
    const result = await fetcherWith({ lookup: fakeDns({}) }).fetch('http://nowhere.invalid/feed');
    expect(result).toMatchObject({
      kind: 'failed',
      error: 'cannot resolve host nowhere.invalid',
      permanent: false,
      status: null,
    });
  });
});
