import { afterEach, describe, expect, it } from 'vitest';
import type { Reply } from '../../src/core/reply.js';
import { type BotMetrics, createBotMetrics } from '../../src/metrics/bot-metrics.js';
import { type RunningMetricsServer, startMetricsServer } from '../../src/metrics/metrics-server.js';
import { Readiness } from '../../src/metrics/readiness.js';
import { observeReply } from '../../src/platforms/shared/observe-reply.js';

const answer: Reply = { kind: 'answer', blocks: [] };
const abstention: Reply = { kind: 'abstention', blocks: [] };
const briefing: Reply = { kind: 'briefing', blocks: [] };

/** The server on an ephemeral port of 127.0.0.1, with its own metrics and readiness. */
async function serve(briefs = 3) {
  const readiness = new Readiness(['store', 'briefs']);
  const metrics = createBotMetrics({ briefs: () => briefs, readiness });
  const server = await startMetricsServer({
    port: 0,
    host: '127.0.0.1',
    registry: metrics.registry,
    readiness,
  });
  running.push(server);
  const url = (path: string) => `http://127.0.0.1:${server.port}${path}`;
  return { readiness, metrics, server, url };
}

const running: RunningMetricsServer[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.close()));
});

/** The value of one sample line, e.g. `newsbrief_answers_total{platform="discord",outcome="answered"}`. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('the health and metrics server', () => {
  it('says the process is up at /healthz, from the start', async () => {
    const { url } = await serve();
    const response = await fetch(url('/healthz'));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('ok\n');
  });

  it('answers /readyz 503 naming what is missing, then 200 once every check passes', async () => {
    const { url, readiness } = await serve();
    const starting = await fetch(url('/readyz'));
    expect(starting.status).toBe(503);
    expect(await starting.json()).toEqual({
      ready: false,
      checks: [
        { name: 'store', ok: false, detail: 'starting' },
        { name: 'briefs', ok: false, detail: 'starting' },
      ],
    });
    readiness.set('store', async () => ({ ok: true, detail: 'reachable' }));
    readiness.set('briefs', () => ({ ok: true, detail: '0 briefs' }));
    const ready = await fetch(url('/readyz'));
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ ready: true });
    readiness.markStopping();
    const stopping = await fetch(url('/readyz'));
    expect(stopping.status).toBe(503);
    expect(JSON.stringify(await stopping.json())).toContain('stopping');
  });

  it('serves the metrics by name in Prometheus text format, counting answers and abstentions', async () => {
    const { url, metrics, readiness } = await serve(7);
    observeReply(metrics, 'discord', answer, 0, 4);
    observeReply(metrics, 'discord', answer, 10, 12);
    observeReply(metrics, 'slack', abstention, 0, 30);
    observeReply(metrics, 'discord', briefing, 0, 1); // not a question: not counted
    observeReply(undefined, 'discord', answer, 0, 1); // no metrics: nothing to do
    metrics.digestSettled('delivered', true);
    metrics.digestSettled('failed', false);
    metrics.feedPolled('not-modified');
    metrics.trackQueue('feed_posts', () => 2);
    readiness.set('store', () => ({ ok: true, detail: 'reachable' }));
    readiness.set('briefs', () => ({ ok: true, detail: '7 briefs' }));
    const response = await fetch(url('/metrics'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    expect(sample(text, 'newsbrief_answers_total{platform="discord",outcome="answered"}')).toBe(2);
    expect(sample(text, 'newsbrief_answers_total{platform="slack",outcome="abstained"}')).toBe(1);
    expect(sample(text, 'newsbrief_answers_total{platform="console",outcome="answered"}')).toBe(0);
    expect(sample(text, 'newsbrief_answer_seconds_count{platform="discord"}')).toBe(2);
    expect(sample(text, 'newsbrief_answer_seconds_bucket{le="0.005",platform="discord"}')).toBe(2);
    expect(sample(text, 'newsbrief_answer_seconds_bucket{le="0.025",platform="slack"}')).toBe(0);
    expect(sample(text, 'newsbrief_answer_seconds_bucket{le="0.05",platform="slack"}')).toBe(1);
    expect(sample(text, 'newsbrief_digests_total{outcome="delivered"}')).toBe(1);
    expect(sample(text, 'newsbrief_digests_total{outcome="failed"}')).toBe(1);
    expect(sample(text, 'newsbrief_digests_total{outcome="empty"}')).toBe(0);
    expect(sample(text, 'newsbrief_digests_late_total')).toBe(1);
    expect(sample(text, 'newsbrief_feed_polls_total{status="not-modified"}')).toBe(1);
    expect(sample(text, 'newsbrief_feed_polls_total{status="ok"}')).toBe(0);
    expect(sample(text, 'newsbrief_queue_depth{queue="feed_posts"}')).toBe(2);
    expect(sample(text, 'newsbrief_briefs')).toBe(7);
    expect(sample(text, 'newsbrief_ready')).toBe(1);
    // The process's own, under the same prefix: CPU, memory, event loop lag.
    for (const name of [
      'newsbrief_process_cpu_seconds_total',
      'newsbrief_nodejs_heap_size_used_bytes',
      'newsbrief_nodejs_eventloop_lag_seconds',
    ])
      expect(text).toContain(`# TYPE ${name} `);
  });

  it('says not ready in newsbrief_ready while a check fails', async () => {
    const { url } = await serve();
    expect(sample(await (await fetch(url('/metrics'))).text(), 'newsbrief_ready')).toBe(0);
  });

  it('answers HEAD like GET without a body, 404 for another path and 405 for another method', async () => {
    const { url } = await serve();
    const head = await fetch(url('/healthz'), { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await fetch(url('/'))).status).toBe(404);
    expect((await fetch(url('/metrics/extra'))).status).toBe(404);
    const post = await fetch(url('/metrics'), { method: 'POST', body: 'x' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
    // A query string does not change the path.
    expect((await fetch(url('/healthz?verbose=1'))).status).toBe(200);
  });

  it('keeps the counts of one bot to itself: each has its own registry', () => {
    const readiness = new Readiness([]);
    const one: BotMetrics = createBotMetrics({ briefs: () => 0, readiness });
    const two: BotMetrics = createBotMetrics({ briefs: () => 0, readiness });
    expect(one.registry).not.toBe(two.registry);
  });

  it('rejects with the listen error when the port is taken, and closes with a scraper still connected', async () => {
    const { server } = await serve();
    const readiness = new Readiness([]);
    const metrics = createBotMetrics({ briefs: () => 0, readiness });
    await expect(
      startMetricsServer({ port: server.port, host: '127.0.0.1', registry: metrics.registry, readiness }),
    ).rejects.toMatchObject({ code: 'EADDRINUSE' });
    // fetch keeps its connection alive; close must not wait for it to idle out.
    await fetch(`http://127.0.0.1:${server.port}/healthz`);
    const started = Date.now();
    await server.close();
    expect(Date.now() - started).toBeLessThan(1_000);
    running.splice(running.indexOf(server), 1);
  });
});
