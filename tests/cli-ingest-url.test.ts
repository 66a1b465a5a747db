import { mkdtemp, readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonLines } from './fixtures/json-lines.js';
import { runCliInProcess } from './fixtures/run-cli-in-process.js';

const PAGE = join(import.meta.dirname, 'fixtures', 'ingest', 'news', 'harbour-bridge.html');

let server: Server;
let base: string;
beforeAll(async () => {
  const html = await readFile(PAGE);
  server = createServer((request, response) => {
    if (request.url === '/story') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    } else response.writeHead(404).end('not here');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('cli ingest URL', () => {
  it('fetches the page as feeds are fetched and reads its article', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'newsbrief-url-'));
    const { code, stdout } = await runCliInProcess(['ingest', `${base}/story`, '--json', '--briefs', dir], {
      env: { FEEDS_ALLOW_HOSTS: '127.0.0.1' },
    });
    expect(code).toBe(0);
    const [line] = jsonLines(stdout) as { id: string; path: string }[];
    const brief = JSON.parse(await readFile(line?.path ?? '', 'utf8'));
    // The page's own canonical address, as when the HTML file is ingested.
    expect(brief.url).toMatch(/^https:\/\/coastdaily\.example\//);
    expect(brief.text.body).toMatch(/bridge/i);
  });

  it('keeps the feeds’ safety rules, and says why a page cannot be had', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'newsbrief-url-'));
    const refused = await runCliInProcess(['ingest', `${base}/story`, '--briefs', dir]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/could not be fetched: .*(private|loopback|local)/i);
    const missing = await runCliInProcess(['ingest', `${base}/gone`, '--briefs', dir], {
      env: { FEEDS_ALLOW_HOSTS: '127.0.0.1' },
    });
    expect(missing.stderr).toContain('could not be fetched: HTTP 404');
    const ftp = await runCliInProcess(['ingest', 'ftp://example.org/story', '--briefs', dir]);
    expect(ftp.stderr).toContain('only http:// and https:// addresses can be fetched');
  });
});
