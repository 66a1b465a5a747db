import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord } from './fakes/fake-discord.js';
import { FIXTURE_DIR } from './fixtures/fixture-briefs.js';
import { startScript } from './fixtures/run-process.js';
import { APPLICATION_ID, commandData, DISCORD_TOKEN } from './platforms/discord/discord-harness.js';

/** A port nothing listens on now: the system picks one, and it is let go at once. */
async function freePort(): Promise<number> {
  const server = createServer().listen(0, '0.0.0.0');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  await once(server, 'close');
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** Asks until `ok` says yes, for at most `ms`: the bot is still starting when the first requests come. */
async function until<T>(ask: () => Promise<T>, ok: (value: T) => boolean, ms = 10_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await ask().catch(() => undefined);
    if (value !== undefined && ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`still not there after ${ms} ms: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** `npm start` with only Discord configured: health and metrics scraped from the real process. */
describe('the bot with Discord only, scraped', () => {
  let fake: FakeDiscord;
  let dir: string;
  beforeAll(async () => {
    fake = await new FakeDiscord({ token: DISCORD_TOKEN, applicationId: APPLICATION_ID }).start();
    dir = await mkdtemp(join(tmpdir(), 'newsbrief-metrics-'));
  });
  afterAll(async () => {
    await fake.stop();
    await rm(dir, { recursive: true });
  });

  it('serves /healthz, /readyz and /metrics on METRICS_PORT, counting a Discord answer', async () => {
    const port = await freePort();
    const bot = startScript('src/main.ts', {
      BRIEFS_DIR: FIXTURE_DIR,
      DATABASE_URL: join(dir, 'newsbrief.db'),
      DISCORD_TOKEN,
      DISCORD_APPLICATION_ID: APPLICATION_ID,
      DISCORD_API_URL: fake.apiUrl,
      METRICS_PORT: String(port),
    });
    const url = (path: string) => `http://127.0.0.1:${port}${path}`;
    const ready = await until(
      () => fetch(url('/readyz')),
      (response) => response.status === 200,
    );
    expect(await ready.json()).toMatchObject({
      ready: true,
      checks: [
        { name: 'store', ok: true },
        { name: 'platforms', ok: true, detail: 'discord' },
        { name: 'briefs', ok: true, detail: '3 briefs' },
      ],
    });
    expect(await (await fetch(url('/healthz'))).text()).toBe('ok\n');

    const { id } = fake.sendInteraction({
      type: 2,
      data: commandData('ask', { question: 'How much did the repairs cost?' }),
    });
    await fake.waitFor(() => fake.interactionReplies.find((r) => r.interactionId === id));
    const metrics = await (await fetch(url('/metrics'))).text();
    expect(metrics).toContain('newsbrief_answers_total{platform="discord",outcome="answered"} 1\n');
    expect(metrics).toContain('newsbrief_answer_seconds_count{platform="discord"} 1\n');
    expect(metrics).toContain('newsbrief_briefs 3\n');
    expect(metrics).toContain('newsbrief_ready 1\n');
    for (const name of [
      'newsbrief_digests_total',
      'newsbrief_digests_late_total',
      'newsbrief_feed_polls_total',
      'newsbrief_queue_depth',
      'newsbrief_process_cpu_seconds_total',
      'newsbrief_nodejs_eventloop_lag_seconds',
    ])
      expect(metrics).toContain(`# TYPE ${name} `);
    expect(metrics).not.toContain(DISCORD_TOKEN);
    expect(bot.stderr()).toMatch(/"msg":"metrics on"/);

    expect(await bot.stop()).toBe(0);
    await expect(fetch(url('/healthz'))).rejects.toThrow();
  });
});
