import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ResolveHost } from '../../../src/feeds/fetch/feed-fetcher.js';

/** A real HTTP server on 127.0.0.1 for the fetcher tests; each test sets the handler it needs. */

export type Handler = (request: IncomingMessage, response: ServerResponse) => void;

export interface FeedServer {
  port: number;
  /** http://127.0.0.1:PORT + path */
  url(path?: string): string;
  handle(handler: Handler): void;
  close(): Promise<void>;
}

export async function startFeedServer(): Promise<FeedServer> {
  let handler: Handler = (_request, response) => response.end('no handler set');
  const server = createServer((request, response) => handler(request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    url: (path = '/') => `http://127.0.0.1:${port}${path}`,
    handle(next) {
      handler = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A DNS stand-in: names in `table` resolve to their address, anything else fails like ENOTFOUND. */
export function fakeDns(table: Record<string, string>): ResolveHost {
  return async (hostname) => {
    const address = table[hostname.toLowerCase()];
    if (!address) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
    return [{ address, family: address.includes(':') ? 6 : 4 }];
  };
}
