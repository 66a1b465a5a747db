/**
 * The Slack part of `npm run fuzz`: the real bot (HTTP mode, in its own process, against a fake Slack Web
 * API in this one) is sent forged and hostile requests, then a flood of worst-case mentions while people
 * use /ask. It proves the defences hold where they run: a forged, stale or replayed request is refused and
 * never acted on, a malformed body gets a 400 rather than a crash, and /ask is acked well within Slack's
 * 3 s while a member floods the bot.
 */
import { Agent } from 'node:http';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { FakeSlack } from '../../tests/fakes/fake-slack.js';
import { BOT_TOKEN, FORM, SIGNING_SECRET, slashBody } from '../../tests/platforms/slack/slack-harness.js';
import { indexArrivals, runConcurrently, startBotChild } from '../bench/bot-child.js';
import { percentile } from '../bench/measure.js';
import { BENCH_QUESTIONS } from '../bench/questions.js';
import { pick, pickIndex, type Random, seededRandom } from '../bench/random.js';
import type { FuzzSection } from './section.js';
import {
  askMany,
  askOnce,
  type Endpoint,
  FLOOD_TEXTS,
  FORGED_SHAPES,
  floodMentions,
  idOf,
  post,
  signed,
} from './slack-requests.js';

/** Slack's deadline for an ack is 3 s; the bot should keep a wide margin even under a flood. */
const ACK_P99_TARGET_MS = 1000;
const ASKS = 200;
const ASK_CONCURRENCY = 5;
const FLOOD_IN_FLIGHT = 5;

type Part = Pick<FuzzSection, 'rows' | 'failures'>;

export async function runSlackAttack(options: {
  dir: string;
  requests?: number;
  seed?: number;
}): Promise<FuzzSection> {
  const started = performance.now();
  const random = seededRandom(options.seed ?? 1);
  const section: FuzzSection = { title: 'Slack: forged and hostile requests', rows: [], failures: [] };
  const add = (part: Part) => {
    section.rows.push(...part.rows);
    section.failures.push(...part.failures);
  };
  const target = await startTarget(options.dir);
  try {
    add(await forgedRequests(target, options.requests ?? 1000, random));
    if (!target.exit) add(await askUnderFlood(target, random));
    // An error logged while under attack is a handler that failed, even if the bot lived on.
    const logs = Object.entries((await target.stats())?.logs ?? {});
    const byLevel = new Map<string, number>();
    for (const [line, count] of logs) {
      const level = line.split(':')[0] ?? line;
      byLevel.set(level, (byLevel.get(level) ?? 0) + count);
    }
    const summary = [...byLevel].map(([level, count]) => `${level} ×${count}`);
    section.rows.push(['bot log lines by level', summary.join(', ') || 'none']);
    for (const [line, count] of logs.filter(([line]) => /^(error|fatal):/.test(line)))
      section.failures.push(`the bot logged "${line}" ×${count}`);
  } finally {
    await target.stop();
  }
  if (target.exit) section.failures.unshift(target.exit);
  section.rows.push(['section time', `${((performance.now() - started) / 1000).toFixed(1)} s`]);
  return section;
}

/** Part 1: a seeded mix of forged and malformed requests, with 100 valid /ask each replayed 1–3 times. */
async function forgedRequests(t: Target, requests: number, random: Random): Promise<Part> {
  t.phase = 'the forged requests';
  const originals = Math.min(100, Math.floor(requests / 5));
  const replaysOf = Array.from({ length: originals }, () => 1 + pickIndex(random, 3));
  const replays = replaysOf.reduce((a, b) => a + b, 0);
  const forged = Math.max(0, requests - originals - replays);
  const statuses = new Map<number, number>();
  const wrong = new Map<string, number>();
  const record = (what: string, expect: readonly number[], status: number) => {
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
    const key = `${what}\t${status === 0 ? 'no answer' : status}\t${expect.join(' or ')}`;
    if (!expect.includes(status)) wrong.set(key, (wrong.get(key) ?? 0) + 1);
  };
  const ids = { ignored: [] as string[], tooLong: [] as string[], originals: [] as string[] };
  const tasks: (() => Promise<void>)[] = [];
  for (let i = 0; i < forged; i++) {
    const shape = pick(random, FORGED_SHAPES);
    tasks.push(async () => {
      const responseUrl = t.fake.responseUrl();
      if (shape.outcome === 'ignored') ids.ignored.push(idOf(responseUrl));
      if (shape.outcome === 'refused as too long') ids.tooLong.push(idOf(responseUrl));
      const { headers, body } = shape.build(responseUrl);
      record(`a request with ${shape.what}`, shape.expect, await post(t.agent, t.url, headers, body));
    });
  }
  for (const count of replaysOf) {
    const question = pick(random, BENCH_QUESTIONS);
    tasks.push(async () => {
      const responseUrl = t.fake.responseUrl();
      ids.originals.push(idOf(responseUrl));
      const body = slashBody('/ask', question, responseUrl);
      const headers = signed(body, FORM);
      record('a valid signed /ask', [200], await post(t.agent, t.url, headers, body));
      // Sent again at once, while the first may still be at work: the replay must lose even that race.
      for (let r = 0; r < count; r++)
        record('a byte-identical replay of a signed /ask', [401], await post(t.agent, t.url, headers, body));
    });
  }
  shuffle(tasks, random);
  await runConcurrently(tasks.length, 8, async (i) => {
    if (!t.exit) await tasks[i]?.();
  });
  // The commands to be answered are, within moments; then a normal /ask, answered, marks the point by
  // which anything else acted on would have been answered too.
  const due = [...ids.originals, ...ids.tooLong];
  const answered = t.fake.waitFor(() => due.every((id) => t.responseFor(id)) || undefined, 20_000);
  await Promise.race([answered.catch(() => {}), t.exited]);
  const alive = await answersNormalAsk(t);
  await new Promise((resolve) => setTimeout(resolve, 300));
  const answers = new Map<string, string[]>();
  for (const r of t.fake.responses) answers.set(r.id, [...(answers.get(r.id) ?? []), JSON.stringify(r.body)]);
  const count = (list: string[], test: (bodies: string[]) => boolean) =>
    list.filter((id) => test(answers.get(id) ?? [])).length;
  const replaysActedOn = ids.originals.reduce(
    (n, id) => n + Math.max(0, (answers.get(id)?.length ?? 0) - 1),
    0,
  );
  const originalsActedOn = count(ids.originals, (bodies) => bodies.length > 0);
  const forgedActedOn = count(ids.ignored, (bodies) => bodies.length > 0);
  const refused = count(ids.tooLong, (bodies) => bodies.some((b) => b.includes('characters long')));

  // After the bot process exits, requests going unanswered is that exit, already reported.
  const failures = [...wrong]
    .filter(([key]) => !(t.exit && key.includes('\tno answer\t')))
    .map(([key, n]) => {
      const [what, status, expect] = key.split('\t');
      return `${n} × ${what} got ${status} (expected ${expect})`;
    });
  if (replaysActedOn > 0) failures.push(`${replaysActedOn} replayed /ask requests were acted on`);
  if (originalsActedOn < originals)
    failures.push(`only ${originalsActedOn} of ${originals} valid /ask requests were answered`);
  if (forgedActedOn > 0) failures.push(`${forgedActedOn} forged or stale /ask requests were acted on`);
  if (refused < ids.tooLong.length)
    failures.push(
      `${ids.tooLong.length - refused} of ${ids.tooLong.length} 1 MB /ask got no "too long" reply`,
    );
  if (!alive) failures.push('the bot did not answer a normal /ask after the forged requests');
  const byStatus = [...statuses].sort(([a], [b]) => a - b);
  return {
    rows: [
      [
        'requests sent',
        `${forged + originals + replays} (${forged} forged or malformed, ${originals} valid /ask, ${replays} replays)`,
      ],
      ['answers by status', byStatus.map(([s, n]) => `${s || 'none'} ×${n}`).join(', ')],
      ['replays acted on', `${replaysActedOn} of ${replays} (target 0)`],
      ['valid /ask acted on', `${originalsActedOn} of ${originals} (target ${originals})`],
      ['forged or stale /ask acted on', `${forgedActedOn} of ${ids.ignored.length} (target 0)`],
      ['1 MB /ask refused as too long', `${refused} of ${ids.tooLong.length}`],
      ['bot alive and answering after them', alive ? 'yes' : 'no'],
    ],
    failures,
  };
}

/** Part 2: /ask acks while a member floods the bot with worst-case mentions, and the same without. */
async function askUnderFlood(t: Target, random: Random): Promise<Part> {
  t.phase = 'the flood of mentions';
  await askSome(t, 50, random); // warm-up: connections open, code hot
  const beforeCalm = await t.stats();
  const calm = await askSome(t, ASKS, random);
  const beforeFlood = await t.stats();
  let stopped = false;
  const flooding = floodMentions(t, FLOOD_IN_FLIGHT, () => stopped || t.exit !== null);
  const loaded = await askSome(t, ASKS, random);
  stopped = true;
  const flood = await flooding;
  const afterFlood = await t.stats();
  const alive = await answersNormalAsk(t);

  const sent = flood.sent.reduce((a, b) => a + b, 0);
  const ackP99 = percentile(loaded.ackMs, 99);
  const ms = (value: number) => `${Math.round(value)} ms`;
  // The flood's share of the bot's CPU: the loaded stretch, less what the same 200 /ask cost when calm.
  const floodCpuUs =
    beforeCalm && beforeFlood && afterFlood
      ? afterFlood.cpuUs - beforeFlood.cpuUs - (beforeFlood.cpuUs - beforeCalm.cpuUs)
      : Number.NaN;
  const failures: string[] = [];
  if (ackP99 > ACK_P99_TARGET_MS)
    failures.push(`under a flood of worst-case mentions the /ask ack p99 was ${ms(ackP99)} (over 1,000 ms)`);
  if (calm.failed > 0) failures.push(`${calm.failed} of ${ASKS} /ask without the flood got no ack or reply`);
  if (loaded.failed > 0)
    failures.push(`${loaded.failed} of ${ASKS} /ask under the flood got no ack or reply`);
  if (flood.notAcked > 0) failures.push(`${flood.notAcked} flood mentions were not acked 200`);
  if (flood.unanswered > 0) failures.push(`${flood.unanswered} flood mentions got no reply within 10 s`);
  if (flood.notRefused > 0)
    failures.push(`${flood.notRefused} 40,000-character mentions were not refused as too long`);
  if (!alive) failures.push('the bot did not answer a normal /ask after the flood');
  const kinds = FLOOD_TEXTS.map((f, i) => `${flood.sent[i]} ${f.what}`).join(', ');
  return {
    rows: [
      ['/ask ack under flood p50', ms(percentile(loaded.ackMs, 50))],
      ['/ask ack under flood p99', `${ms(ackP99)} (target ≤ 1,000 ms; Slack's deadline 3 s)`],
      ['/ask ack under flood max', ms(percentile(loaded.ackMs, 100))],
      ['/ask ack p99 without the flood', ms(percentile(calm.ackMs, 99))],
      ['/ask reply p99 under flood', ms(percentile(loaded.replyMs, 99))],
      ['flood mentions sent', `${sent} (${kinds}; ${FLOOD_IN_FLIGHT} in flight beside ${ASKS} /ask)`],
      ['flood mentions answered', `${sent - flood.notAcked - flood.unanswered} of ${sent}`],
      [
        'bot CPU per flood mention',
        sent > 0 && floodCpuUs >= 0 ? `${(floodCpuUs / 1000 / sent).toFixed(1)} ms` : 'not read',
      ],
      ['bot alive and answering after the flood', alive ? 'yes' : 'no'],
    ],
    failures,
  };
}

/** The bot in its own process, the fake Slack it talks to, and what is known of it as the run goes. */
interface Target extends Endpoint {
  /** What is being sent, for the sentence if the bot process exits. */
  phase: string;
  /** Set if the bot process exits before it is stopped: how, and during what. */
  exit: string | null;
  /** Resolves when the bot process exits, so that no wait for its replies outlasts it. */
  exited: Promise<void>;
  stats(): Promise<{ cpuUs: number; logs: Record<string, number> } | null>;
  stop(): Promise<void>;
}

async function startTarget(dir: string): Promise<Target> {
  const fake = await new FakeSlack(BOT_TOKEN).start();
  let child: Awaited<ReturnType<typeof startBotChild>>;
  try {
    // The bench's Slack child, with its CPU time readable and its per-request warnings counted, not printed.
    const args = [dir, fake.apiUrl, BOT_TOKEN, SIGNING_SECRET];
    child = await startBotChild('../fuzz/slack-fuzz-child.ts', args, /ready (\d+)/);
  } catch (error) {
    await fake.stop();
    throw error;
  }
  const { process: bot } = child;
  let stopping = false;
  const waiting: ((line: string | null) => void)[] = [];
  createInterface({ input: bot.stdout as Readable }).on('line', (line) => {
    if (line.startsWith('stats ')) waiting.shift()?.(line.slice('stats '.length));
  });
  bot.stdin?.on('error', () => {}); // a bot that died mid-run closes its stdin; that is reported as its exit
  const agent = new Agent({ keepAlive: true, maxSockets: 16 });
  const target: Target = {
    fake,
    url: new URL(`http://127.0.0.1:${child.match[1]}/slack/events`),
    agent,
    phase: 'the start',
    exit: null,
    exited: new Promise((resolve) => bot.once('exit', () => resolve())),
    responseFor: indexArrivals(fake.responses, (r) => r.id),
    async stats() {
      if (target.exit) return null;
      let timer: NodeJS.Timeout | undefined;
      const line = await new Promise<string | null>((resolve) => {
        waiting.push(resolve);
        bot.stdin?.write('stats\n');
        timer = setTimeout(() => resolve(null), 5000);
      });
      clearTimeout(timer);
      return line ? JSON.parse(line) : null;
    },
    async stop() {
      stopping = true;
      agent.destroy();
      await child.stop();
      await fake.stop();
    },
  };
  bot.on('exit', (code, signal) => {
    if (!stopping)
      target.exit ??= `the bot process exited (${signal ?? `code ${code}`}) during ${target.phase}`;
  });
  return target;
}

/** `count` /ask commands with seeded questions from the bench's list, `ASK_CONCURRENCY` at a time. */
function askSome(t: Target, count: number, random: Random) {
  return askMany(
    t,
    Array.from({ length: count }, () => pick(random, BENCH_QUESTIONS)),
    ASK_CONCURRENCY,
  );
}

async function answersNormalAsk(t: Target): Promise<boolean> {
  return !t.exit && (await askOnce(t, 'Who is Lu Yong?')).replied;
}

function shuffle<T>(items: T[], random: Random): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = pickIndex(random, i + 1);
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
}
