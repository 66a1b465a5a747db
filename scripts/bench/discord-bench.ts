/**
 * The Discord section of `npm run bench`: the real discord.js bot (in a child process, logged in to a fake
 * gateway in this process) gets 200 slash-command interactions over its WebSocket, 20 at a time, and
 * answers each on the fake REST API. Measured: from the INTERACTION_CREATE dispatch to the interaction
 * callback arriving. Discord wants the callback within 3 s; the target is a p99 of 50 ms.
 */
import { FAKE_BOT_ID, FakeDiscord } from '../../tests/fakes/fake-discord.js';
import { indexArrivals, runConcurrently, startBotChild } from './bot-child.js';
import { percentile } from './measure.js';
import type { BenchMetric } from './report.js';

export const DISCORD_TARGETS = { callbackP99Ms: 50 } as const;
export const DISCORD_PLAN = { interactions: 200, concurrency: 20, warmup: 200 } as const;

const TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAx.GbEnch.bench-token-0123456789abcdefghij';

export interface DiscordBenchResult {
  interactions: number;
  concurrency: number;
  callbackMs: number[];
  wallMs: number;
  mix: Record<string, number>;
}

/** The interactions sent, in turn: mostly questions, with briefings, title autocomplete and help among them. */
function interactionFor(i: number, questions: readonly string[]) {
  const command = (name: string, options: Record<string, string> = {}) => ({
    type: 2,
    data: {
      id: '500000000000000001',
      name,
      type: 1,
      options: Object.entries(options).map(([n, value]) => ({ name: n, type: 3, value })),
    },
  });
  if (i % 10 === 0) return { kind: '/brief', payload: command('brief') };
  if (i % 10 === 5) return { kind: '/help', payload: command('help') };
  if (i % 10 === 7) {
    const autocomplete = command('brief');
    autocomplete.type = 4;
    autocomplete.data.options = [{ name: 'brief', type: 3, value: 'expo', focused: true } as never];
    return { kind: 'autocomplete', payload: autocomplete };
  }
  return {
    kind: '/ask',
    payload: command('ask', { question: questions[i % questions.length] ?? 'Who opened it?' }),
  };
}

export async function measureDiscordInteractions(
  dir: string,
  questions: readonly string[],
): Promise<DiscordBenchResult> {
  const fake = await new FakeDiscord({ token: TOKEN, applicationId: FAKE_BOT_ID }).start();
  const child = await startBotChild('discord-bot-child.ts', [dir, fake.apiUrl, TOKEN, FAKE_BOT_ID], /ready/);
  const callbackFor = indexArrivals(fake.interactionReplies, (r) =>
    r.kind === 'callback' ? r.interactionId : undefined,
  );
  try {
    const send = async (i: number) => {
      const { kind, payload } = interactionFor(i, questions);
      const started = performance.now();
      const { id } = fake.sendInteraction(payload);
      await fake.waitFor(() => callbackFor(id), 10_000);
      return { kind, ms: performance.now() - started };
    };
    await runConcurrently(DISCORD_PLAN.warmup, DISCORD_PLAN.concurrency, send);
    const wallStart = performance.now();
    const results = await runConcurrently(DISCORD_PLAN.interactions, DISCORD_PLAN.concurrency, send);
    const wallMs = performance.now() - wallStart;
    const mix: Record<string, number> = {};
    for (const r of results) mix[r.kind] = (mix[r.kind] ?? 0) + 1;
    return {
      interactions: results.length,
      concurrency: DISCORD_PLAN.concurrency,
      callbackMs: results.map((r) => r.ms),
      wallMs,
      mix,
    };
  } finally {
    await child.stop();
    await fake.stop();
  }
}

export function discordMetrics(result: DiscordBenchResult): BenchMetric[] {
  const detail = `${result.interactions} interactions, ${result.concurrency} at a time`;
  return [
    { name: 'Discord callback p50', value: percentile(result.callbackMs, 50), unit: 'ms', max: null, detail },
    {
      name: 'Discord callback p99',
      value: percentile(result.callbackMs, 99),
      unit: 'ms',
      max: DISCORD_TARGETS.callbackP99Ms,
    },
    { name: 'Discord callback max', value: percentile(result.callbackMs, 100), unit: 'ms', max: null },
    {
      name: 'interactions a second',
      value: Math.round((result.interactions / result.wallMs) * 1000),
      unit: 'count',
      max: null,
    },
  ];
}
