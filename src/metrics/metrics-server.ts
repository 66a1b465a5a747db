import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Registry } from 'prom-client';
import type { Readiness } from './readiness.js';

/**
 * A small HTTP server of its own, apart from Slack's receiver on PORT: GET /healthz (the process is up),
 * GET /readyz (every readiness check passes) and GET /metrics (Prometheus text format). Nothing else: an
 * unknown path is 404, another method 405. It reads nothing from the request but its path, so it has no
 * input to validate and nothing to leak.
 */

export interface MetricsServerOptions {
  /** 0 picks a free port (tests); main passes METRICS_PORT. */
  port: number;
  /** Default 0.0.0.0, so that a Prometheus on another machine or container can scrape it. */
  host?: string;
  registry: Registry;
  readiness: Readiness;
}

export interface RunningMetricsServer {
  /** The port it listens on (the one picked, when asked for 0). */
  port: number;
  close(): Promise<void>;
}

/** Listens, or rejects with the listen error (EADDRINUSE, EACCES) for the caller to report. */
export async function startMetricsServer(options: MetricsServerOptions): Promise<RunningMetricsServer> {
  const server = createServer((request, response) => {
    respond(request, response, options).catch(() => {
      if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', 'metrics unavailable\n');
      else response.destroy();
    });
  });
  server.listen(options.port, options.host ?? '0.0.0.0');
  await once(server, 'listening');
  return {
    port: (server.address() as AddressInfo).port,
    async close() {
      const closed = once(server, 'close');
      server.close();
      // A scraper's kept-alive connection would otherwise hold the stop for up to its idle timeout.
      server.closeAllConnections();
      await closed;
    },
  };
}

const PATHS = new Set(['/healthz', '/readyz', '/metrics']);

async function respond(
  request: IncomingMessage,
  response: ServerResponse,
  { registry, readiness }: MetricsServerOptions,
): Promise<void> {
  const path = new URL(request.url ?? '/', 'http://metrics').pathname;
  if (!PATHS.has(path)) return send(response, 404, 'text/plain; charset=utf-8', 'not found\n');
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('Allow', 'GET, HEAD');
    return send(response, 405, 'text/plain; charset=utf-8', 'method not allowed\n');
  }
  if (path === '/healthz') return send(response, 200, 'text/plain; charset=utf-8', 'ok\n');
  if (path === '/readyz') {
    const report = await readiness.report();
    return send(response, report.ready ? 200 : 503, 'application/json', `${JSON.stringify(report)}\n`);
  }
  send(response, 200, registry.contentType, await registry.metrics());
}

/** Node leaves the body out of a HEAD response by itself; the headers are the same as for GET. */
function send(response: ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, {
    'Content-Type': type,
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
  });
  response.end(body);
}
