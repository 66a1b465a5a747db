/**
 * The Slack section of `npm run bench`: the real bot (HTTP mode, in a child process) serves signed slash
 * commands sent over loopback, 20 at a time, with a fake Slack Web API and response_url in this process.
 * Measures the ack (the HTTP response to Slack's request) and the time until the reply reaches the
 * response_url. Slack wants the ack within 3 s; the target is a p99 of 50 ms.
 */
import { Agent, request } from 'node:http';
import { FakeSlack } from '../../tests/fakes/fake-slack.js';
import {
  BOT_TOKEN,
  FORM,
  SIGNING_SECRET,
  slackSignature,
  slashBody,
} from '../../tests/platforms/slack/slack-harness.js';
import { indexArrivals, runConcurrently, startBotChild } from './bot-child.js';
import { BenchError } from './library.js';
import { percentile } from './measure.js';
import type { BenchMetric } from './report.js';

export const SLACK_TARGETS = { ackP99Ms: 50 } as const;
export const SLACK_PLAN = { commands: 200, concurrency: 20, warmup: 200 } as const;

export interface SlackBenchResult {
  commands: number;
  concurrency: number;
  ackMs: number[];
  responseMs: number[];
  wallMs: number;
  mix: Record<string, number>;
}

/** The commands sent, in turn: mostly questions, as in a channel, with briefings and lists among them. */
function commandFor(i: number, questions: readonly string[]): { command: string; text: string } {
  if (i % 10 === 0) return { command: '/brief', text: '' };
  if (i % 10 === 5) return { command: '/help', text: '' };
  return { command: '/ask', text: questions[i % questions.length] ?? 'Who opened the expo?' };
}

export async function measureSlackCommands(
  dir: string,
  questions: readonly string[],
): Promise<SlackBenchResult> {
  const fake = await new FakeSlack(BOT_TOKEN).start();
  const child = await startBotChild(
    'slack-bot-child.ts',
    [dir, fake.apiUrl, BOT_TOKEN, SIGNING_SECRET],
    /ready (\d+)/,
  );
  const responseFor = indexArrivals(fake.responses, (r) => r.id);
  try {
    const url = new URL(`http://127.0.0.1:${child.match[1]}/slack/events`);
    // Kept-alive connections, as Slack's own senders use; node:http rather than fetch, whose per-request
    // cost in this process would be counted as the bot's.
    const agent = new Agent({ keepAlive: true, maxSockets: SLACK_PLAN.concurrency });
    const send = async (i: number) => {
      const { command, text } = commandFor(i, questions);
      const responseUrl = fake.responseUrl();
      const id = responseUrl.split('/').pop();
      const body = slashBody(command, text, responseUrl);
      const timestamp = Math.floor(Date.now() / 1000);
      const headers = {
        'content-type': FORM,
        'x-slack-request-timestamp': String(timestamp),
        'x-slack-signature': slackSignature(body, timestamp),
      };
      const started = performance.now();
      const status = await post(agent, url, headers, body);
      const acked = performance.now();
      if (status !== 200) throw new BenchError(`${command} was answered ${status}`);
      const response = await fake.waitFor(() => responseFor(id ?? ''), 10_000);
      return {
        command,
        ackMs: acked - started,
        responseMs: response.at - (performance.timeOrigin + started),
      };
    };
    // The warm-up runs at full concurrency too, so the timed run finds its connections open and code hot.
    await runConcurrently(SLACK_PLAN.warmup, SLACK_PLAN.concurrency, send);
    const wallStart = performance.now();
    const results = await runConcurrently(SLACK_PLAN.commands, SLACK_PLAN.concurrency, send);
    const wallMs = performance.now() - wallStart;
    const mix: Record<string, number> = {};
    for (const r of results) mix[r.command] = (mix[r.command] ?? 0) + 1;
    return {
      commands: results.length,
      concurrency: SLACK_PLAN.concurrency,
      ackMs: results.map((r) => r.ackMs),
      responseMs: results.map((r) => Math.max(0, r.responseMs)),
      wallMs,
      mix,
    };
  } finally {
    await child.stop();
    await fake.stop();
  }
}

/** POSTs and resolves with the status once the whole response (Bolt's ack) is in. */
function post(agent: Agent, url: URL, headers: Record<string, string>, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', agent, headers }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end(body);
  });
}

export function slackMetrics(result: SlackBenchResult): BenchMetric[] {
  const detail = `${result.commands} commands, ${result.concurrency} at a time`;
  return [
    { name: 'Slack ack p50', value: percentile(result.ackMs, 50), unit: 'ms', max: null, detail },
    { name: 'Slack ack p99', value: percentile(result.ackMs, 99), unit: 'ms', max: SLACK_TARGETS.ackP99Ms },
    { name: 'Slack ack max', value: percentile(result.ackMs, 100), unit: 'ms', max: null },
    { name: 'time to the reply p50', value: percentile(result.responseMs, 50), unit: 'ms', max: null },
    { name: 'time to the reply p99', value: percentile(result.responseMs, 99), unit: 'ms', max: null },
    {
      name: 'commands a second',
      value: Math.round((result.commands / result.wallMs) * 1000),
      unit: 'count',
      max: null,
    },
  ];
}
