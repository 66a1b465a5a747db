/**
 * The requests of the Slack fuzz run: every way a forged or hostile request can come to /slack/events,
 * each with the statuses the bot may answer it with; the worst-case mentions a flooding member sends; and
 * the senders that time them and look for their replies at the fake Slack. Bodies and signatures are
 * built with the Slack test harness, as Slack builds them.
 */
import { type Agent, request } from 'node:http';
import type { FakeSlack } from '../../tests/fakes/fake-slack.js';
import {
  eventBody,
  FAKE_BOT_USER,
  FORM,
  JSON_TYPE,
  SIGNING_SECRET,
  slackSignature,
  slashBody,
} from '../../tests/platforms/slack/slack-harness.js';
import { indexArrivals, runConcurrently } from '../bench/bot-child.js';

export type Headers = Record<string, string>;

const nowS = () => Math.floor(Date.now() / 1000);

/** The headers Slack sends with `body`: its type, the timestamp, and the signature over both. */
export function signed(
  body: string,
  contentType: string,
  timestamp = nowS(),
  secret = SIGNING_SECRET,
): Headers {
  return {
    'content-type': contentType,
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': slackSignature(body, timestamp, secret),
  };
}

function without(headers: Headers, name: string): Headers {
  const { [name]: _dropped, ...rest } = headers;
  return rest;
}

/** What the bot must do with a request's command, when it carries one: never act on it, or refuse it. */
export type Outcome = 'ignored' | 'refused as too long';

export interface ForgedShape {
  /** Read in a sentence: "a request with {what} got 500". */
  what: string;
  /** The statuses the bot may answer with: 401 for anything not freshly signed, 400 for a malformed body. */
  expect: readonly number[];
  /** For a slash command, whose response_url shows whether it was acted on. */
  outcome?: Outcome;
  build(responseUrl: string): { headers: Headers; body: string };
}

/** The question a forged /ask carries: one the bot answers at once, so acting on it would show. */
const FORGED_QUESTION = 'Who is Lu Yong?';
const ask = (responseUrl: string) => slashBody('/ask', FORGED_QUESTION, responseUrl);

/** An /ask sent with `headers` that are not a fresh signature of it: refused (401), never acted on. */
function forgedAsk(what: string, headers: (body: string) => Headers): ForgedShape {
  return {
    what,
    expect: [401],
    outcome: 'ignored',
    build: (url) => ({ body: ask(url), headers: headers(ask(url)) }),
  };
}

/** A body signed as Slack signs, which Slack would never send. */
function malformed(what: string, body: string, contentType: string): ForgedShape {
  return { what, expect: [400], build: () => ({ body, headers: signed(body, contentType) }) };
}

const ONE_MB = 2 ** 20;
let verifications = 0;

export const FORGED_SHAPES: readonly ForgedShape[] = [
  forgedAsk('a wrong signature', (body) => signed(body, FORM, nowS(), 'not-the-signing-secret')),
  forgedAsk('no signature header', (body) => without(signed(body, FORM), 'x-slack-signature')),
  forgedAsk('no timestamp header', (body) => without(signed(body, FORM), 'x-slack-request-timestamp')),
  // Correctly signed, but stamped out of time or with a number Slack would never send.
  forgedAsk('a timestamp 10 minutes old', (body) => signed(body, FORM, nowS() - 600)),
  forgedAsk('a timestamp 10 minutes ahead', (body) => signed(body, FORM, nowS() + 600)),
  forgedAsk('the timestamp Infinity', (body) => signed(body, FORM, Number.POSITIVE_INFINITY)),
  forgedAsk('the timestamp NaN', (body) => signed(body, FORM, Number.NaN)),
  forgedAsk('the timestamp 1e20', (body) => signed(body, FORM, 1e20)),
  forgedAsk('a negative timestamp', (body) => signed(body, FORM, -nowS())),
  malformed('a signed JSON null', 'null', JSON_TYPE),
  malformed('a signed JSON array', '[]', JSON_TYPE),
  malformed('a signed JSON string', '"x"', JSON_TYPE),
  malformed('a signed JSON object with no type', '{}', JSON_TYPE),
  malformed('a signed event callback with no event', '{"type":"event_callback"}', JSON_TYPE),
  malformed('signed broken JSON', '{"type":"event_callback","event":{', JSON_TYPE),
  malformed('a signed form with payload=null', 'payload=null', FORM),
  malformed('a signed form with a payload that is not JSON', 'payload=not+json', FORM),
  malformed('a signed empty form', '', FORM),
  malformed('a signed form without a command', 'token=x&team_id=T0FAKE&text=hello', FORM),
  {
    // Under the 4 MB body limit, and signed: the bot takes it, and must refuse the question before reading it.
    what: 'a signed 1 MB /ask',
    expect: [200],
    outcome: 'refused as too long',
    build: (url) => {
      const body = slashBody('/ask', nameRun(ONE_MB), url);
      return { body, headers: signed(body, FORM) };
    },
  },
  {
    // Bolt answers url_verification itself; with no challenge there is nothing to echo, and nothing to break.
    what: 'a signed url_verification with no challenge',
    expect: [200, 400],
    build: () => {
      // Numbered, so that two sent in the same second are not one request replayed.
      const body = JSON.stringify({ type: 'url_verification', token: 'x', n: ++verifications });
      return { body, headers: signed(body, JSON_TYPE) };
    },
  },
];

/** "Chongqing Smart Expo Chongqing…" to exactly `chars` characters, ending on a letter. */
export function nameRun(chars: number, names = 'Chongqing Smart Expo '): string {
  const run = names.repeat(Math.ceil(chars / names.length) + 1).slice(0, chars);
  return run.endsWith(' ') ? `${run.slice(0, -1)}o` : run;
}

/**
 * The worst messages a member can send: the longest Slack allows (over the cap, so it must be refused with
 * the "too long" line before any analysis), and a run of names just under the cap, which is analysed.
 */
export const FLOOD_TEXTS = [
  { what: '40,000-character', overCap: true, text: nameRun(40_000 - `<@${FAKE_BOT_USER}> `.length) },
  {
    what: '999-character',
    overCap: false,
    text: nameRun(999, 'Chongqing Smart Expo Huawei Lu Yong Alibaba Yunyang County '),
  },
] as const;

let mentionTs = 1_800_000_000;

/** A signed app_mention event in `channel`, as Slack delivers a message that mentions the bot. */
export function mention(channel: string, text: string): { headers: Headers; body: string } {
  const body = eventBody({
    type: 'app_mention',
    user: 'U0FLOOD',
    channel,
    ts: `${++mentionTs}.000100`,
    text: `<@${FAKE_BOT_USER}> ${text}`,
  });
  return { body, headers: signed(body, JSON_TYPE) };
}

/** POSTs and resolves with the status once the whole response is in; 0 when none came (refused, timed out). */
export function post(
  agent: Agent,
  url: URL,
  headers: Headers,
  body: string,
  timeoutMs = 15_000,
): Promise<number> {
  return new Promise((resolve) => {
    const req = request(url, { method: 'POST', agent, headers, timeout: timeoutMs }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', () => resolve(0));
    });
    req.on('timeout', () => req.destroy(new Error('timed out')));
    req.on('error', () => resolve(0));
    req.end(body);
  });
}

/** Where requests go, and the fake Slack that shows what the bot did with them. */
export interface Endpoint {
  agent: Agent;
  url: URL;
  fake: FakeSlack;
  /** The first reply posted to the response_url with this id, once there is one. */
  responseFor(id: string): unknown;
}

export const idOf = (responseUrl: string) => responseUrl.slice(responseUrl.lastIndexOf('/') + 1);

/** A signed /ask, timed to its ack and to its reply at the response_url (waited for up to 10 s). */
export async function askOnce(to: Endpoint, question: string) {
  const responseUrl = to.fake.responseUrl();
  const body = slashBody('/ask', question, responseUrl);
  const started = performance.now();
  const status = await post(to.agent, to.url, signed(body, FORM), body);
  const ackMs = performance.now() - started;
  const reply = () => to.fake.waitFor(() => to.responseFor(idOf(responseUrl)), 10_000);
  const replied =
    status === 200 &&
    (await reply().then(
      () => true,
      () => false,
    ));
  return { ackMs, replyMs: performance.now() - started, replied };
}

/** Sends an /ask for each question, `concurrency` at a time, each waiting for its reply. */
export async function askMany(to: Endpoint, questions: readonly string[], concurrency: number) {
  const results = await runConcurrently(questions.length, concurrency, (i) =>
    askOnce(to, questions[i] ?? ''),
  );
  return {
    ackMs: results.map((r) => r.ackMs),
    replyMs: results.map((r) => r.replyMs),
    failed: results.filter((r) => !r.replied).length,
  };
}

export interface FloodTally {
  /** Mentions sent, by FLOOD_TEXTS index. */
  sent: number[];
  notAcked: number;
  unanswered: number;
  /** 40,000-character mentions whose reply was not the "too long" line. */
  notRefused: number;
}

/**
 * A member flooding the bot: `inFlight` loops, each sending the next worst-case mention (the two shapes in
 * turn) until `stop()` holds. A mention is in flight until its reply is posted: Slack's events are acked
 * at once, so counting only the HTTP round trip would pile up an unbounded backlog, not a steady load.
 */
export async function floodMentions(
  to: Endpoint,
  inFlight: number,
  stop: () => boolean,
): Promise<FloodTally> {
  const tally: FloodTally = { sent: FLOOD_TEXTS.map(() => 0), notAcked: 0, unanswered: 0, notRefused: 0 };
  const replyIn = indexArrivals(to.fake.calls, (c) =>
    c.method.startsWith('chat.post') ? String(c.body.channel) : undefined,
  );
  let next = 0;
  const loop = async () => {
    while (!stop()) {
      const n = next++;
      const kind = n % FLOOD_TEXTS.length;
      const channel = `CFLOOD${n}`; // one channel each, so that Slack's per-channel pacing holds none back
      const { headers, body } = mention(channel, FLOOD_TEXTS[kind]?.text ?? '');
      tally.sent[kind] = (tally.sent[kind] ?? 0) + 1;
      if ((await post(to.agent, to.url, headers, body)) !== 200) {
        tally.notAcked++;
        continue;
      }
      const reply = await to.fake.waitFor(() => replyIn(channel), 10_000).catch(() => undefined);
      if (!reply) tally.unanswered++;
      else if (FLOOD_TEXTS[kind]?.overCap && !JSON.stringify(reply.body).includes('characters long'))
        tally.notRefused++;
    }
  };
  await Promise.all(Array.from({ length: inFlight }, loop));
  return tally;
}
