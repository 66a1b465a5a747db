/**
 * The local feed server of the feeds bench: N RSS feeds on 127.0.0.1 (/feed/0.xml … /feed/N-1.xml), each
 * holding its newest `window` items with their full text (real CNN/DailyMail articles, in <p> paragraphs),
 * and an ETag that changes when items are added; a request whose If-None-Match is the current ETag gets a
 * 304. Bodies are made on each request from a small pool of texts, so the server holds almost nothing.
 * Requests are counted by status, and each feed's last status is kept.
 */
import { createReadStream } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { trainDir } from '../eval/paths.js';
import { BenchError } from './library.js';

/** One article an item may carry: a headline and its text as <p> paragraphs. */
export interface BenchText {
  headline: string;
  html: string;
  words: number;
}

export interface FeedServerCounts {
  requests: number;
  /** 200s with a feed body. */
  ok: number;
  notModified: number;
  /** Anything else (404s, wrong methods). */
  other: number;
  bytes: number;
}

export interface BenchFeedServer {
  url(feed: number): string;
  /** Adds `count` newer items to the feed; its oldest items drop out of the window and its ETag changes. */
  addItems(feed: number, count: number): void;
  counts(): FeedServerCounts;
  /** Status of each feed's last request since the last reset (0: not asked). */
  lastStatus(feed: number): number;
  resetCounts(): void;
  close(): Promise<void>;
}

const CNNDM_FILE = 'cnndm-val.jsonl';
const T0 = Date.parse('2025-03-01T00:00:00.000Z');
const HOUR = 3_600_000;

/**
 * The cased CNN/DailyMail validation articles of `minWords`–`maxWords` words (read line by line: the file is
 * 20 MB and only a few hundred rows are kept), each cut into paragraphs of three sentences.
 */
export async function readFeedTexts(
  minWords = 300,
  maxWords = 600,
  path = join(trainDir(), CNNDM_FILE),
): Promise<BenchText[]> {
  const texts: BenchText[] = [];
  const lines = createInterface({
    input: createReadStream(path, 'utf8'),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  try {
    for await (const line of lines) {
      if (!line.includes('"cased"')) continue;
      const row = JSON.parse(line) as { format?: string; article?: string; highlights?: string };
      if (row.format !== 'cased' || !row.article) continue;
      const words = row.article.split(/\s+/).filter(Boolean).length;
      if (words < minWords || words > maxWords) continue;
      texts.push({
        headline:
          (row.highlights ?? '')
            .split('\n')[0]
            ?.trim()
            .replace(/\s*\.$/, '') ?? '',
        html: paragraphs(row.article),
        words,
      });
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new BenchError(`cannot read the feed items' texts from ${path}: ${reason}`);
  }
  if (texts.length === 0)
    throw new BenchError(`no cased article of ${minWords}–${maxWords} words in ${path}`);
  return texts;
}

/** Sentences (cut after . ! ? before a capital or a quote) three to a paragraph, HTML-escaped. */
function paragraphs(text: string): string {
  const sentences = text
    .replace(/\s+/g, ' ')
    .trim()
    .split(/(?<=[.!?]["”’]?)\s+(?=["“‘A-Z])/);
  const out: string[] = [];
  for (let i = 0; i < sentences.length; i += 3)
    out.push(`<p>${escapeHtml(sentences.slice(i, i + 3).join(' '))}</p>`);
  return out.join('\n');
}

function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

export async function startBenchFeedServer(options: {
  feeds: number;
  /** Items in each feed at first, and the most it shows. */
  window: number;
  texts: readonly BenchText[];
}): Promise<BenchFeedServer> {
  const { feeds, window, texts } = options;
  /** Items ever published by each feed; it shows the newest `window`. */
  const published = new Uint32Array(feeds).fill(window);
  const versions = new Uint32Array(feeds);
  const statuses = new Uint16Array(feeds);
  let counts: FeedServerCounts = { requests: 0, ok: 0, notModified: 0, other: 0, bytes: 0 };

  const etagOf = (feed: number) => `"feed-${feed}-v${versions[feed]}"`;
  const item = (feed: number, n: number) => {
    // Neighbouring items and feeds get texts far apart in the pool.
    const text = texts[(feed * 7 + n * 131) % texts.length] as BenchText;
    const title = `Story ${pad(feed, 4)}-${pad(n, 3)}: ${escapeHtml(text.headline)}`;
    const link = `https://news${feed % 50}.example/feed-${feed}/story-${n}`;
    const date = new Date(T0 + n * HOUR + feed * 1000).toUTCString();
    return `<item><guid isPermaLink="true">${link}</guid><title>${title}</title><link>${link}</link><pubDate>${date}</pubDate>
<description>${escapeHtml(text.headline)}</description><content:encoded><![CDATA[${text.html}]]></content:encoded></item>`;
  };
  const body = (feed: number) => {
    const total = published[feed] ?? 0;
    const items: string[] = [];
    for (let n = total - 1; n >= Math.max(0, total - window); n--) items.push(item(feed, n));
    return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Bench Gazette ${feed}</title><link>https://news${feed % 50}.example/feed-${feed}/</link><description>Local news, edition ${feed}</description>
${items.join('\n')}
</channel></rss>`;
  };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    counts.requests++;
    const match = /^\/feed\/(\d+)\.xml$/.exec((req.url ?? '/').split('?')[0] ?? '/');
    const feed = match ? Number(match[1]) : -1;
    if (req.method !== 'GET' || feed < 0 || feed >= feeds) {
      counts.other++;
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not here');
      return;
    }
    const etag = etagOf(feed);
    if (req.headers['if-none-match'] === etag) {
      counts.notModified++;
      statuses[feed] = 304;
      res.writeHead(304, { ETag: etag }).end();
      return;
    }
    const payload = Buffer.from(body(feed), 'utf8');
    counts.ok++;
    counts.bytes += payload.length;
    statuses[feed] = 200;
    res
      .writeHead(200, {
        'Content-Type': 'application/rss+xml; charset=utf-8',
        'Content-Length': String(payload.length),
        ETag: etag,
      })
      .end(payload);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (feed) => `http://127.0.0.1:${port}/feed/${feed}.xml`,
    addItems(feed, count) {
      published[feed] = (published[feed] ?? 0) + count;
      versions[feed] = (versions[feed] ?? 0) + 1;
    },
    counts: () => ({ ...counts }),
    lastStatus: (feed) => statuses[feed] ?? 0,
    resetCounts() {
      counts = { requests: 0, ok: 0, notModified: 0, other: 0, bytes: 0 };
      statuses.fill(0);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
