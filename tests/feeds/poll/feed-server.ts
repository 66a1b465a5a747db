import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A feed server on 127.0.0.1 for the poller's tests: each path answers with whatever the test set for it
 * (a body with headers, a status, a redirect), and every request is counted. ETags are honoured: a request
 * whose If-None-Match equals the route's ETag gets a 304.
 */
export interface Route {
  status?: number;
  body?: string | Buffer;
  headers?: Record<string, string>;
  /** Streams this many bytes of filler instead of a body. */
  streamBytes?: number;
}

export interface FeedServer {
  url(path: string): string;
  set(path: string, route: Route): void;
  hits(path: string): number;
  close(): Promise<void>;
}

export async function startFeedServer(): Promise<FeedServer> {
  const routes = new Map<string, Route>();
  const counts = new Map<string, number>();
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    counts.set(path, (counts.get(path) ?? 0) + 1);
    const route = routes.get(path) ?? { status: 404, body: 'not here' };
    const etag = route.headers?.ETag;
    if (etag && req.headers['if-none-match'] === etag) {
      res.writeHead(304, { ETag: etag });
      res.end();
      return;
    }
    res.writeHead(route.status ?? 200, route.headers ?? {});
    if (route.streamBytes) {
      const chunk = Buffer.alloc(64 * 1024, 'x');
      let sent = 0;
      const pump = () => {
        while (sent < (route.streamBytes ?? 0)) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      res.on('close', () => {
        sent = Number.POSITIVE_INFINITY;
      });
      pump();
      return;
    }
    res.end(route.body ?? '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    set: (path, route) => routes.set(path, route),
    hits: (path) => counts.get(path) ?? 0,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** An RSS 2.0 feed of the given items, each with a paragraph-long body in content:encoded. */
export function rss(
  items: { guid?: string; title: string; link: string; date: string; body: string }[],
): string {
  const entries = items
    .map(
      (i) => `<item>${i.guid ? `<guid isPermaLink="false">${i.guid}</guid>` : ''}<title>${i.title}</title>
<link>${i.link}</link><pubDate>${new Date(i.date).toUTCString()}</pubDate>
<description>${i.title}</description><content:encoded><![CDATA[${i.body}]]></content:encoded></item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Harbour Gazette</title><link>https://gazette.example/</link><description>Local news</description>
${entries}
</channel></rss>`;
}

/** A news article of a few paragraphs about `subject`, long enough to brief. */
export function article(subject: string, figure: string): string {
  return [
    `<p>The ${subject} council approved a budget of ${figure} on Tuesday after a long debate in the town hall.</p>`,
    `<p>Mayor Ellen Barrow said the money would repair the harbour wall and extend the ferry service to the islands.</p>`,
    `<p>Opposition councillors voted against the plan, saying the ${subject} budget left too little for schools.</p>`,
    `<p>Work on the harbour wall is expected to start in the spring and last about eighteen months.</p>`,
  ].join('\n');
}
