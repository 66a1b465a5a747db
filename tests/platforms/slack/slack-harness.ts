import { createHmac } from 'node:crypto';
import { pino } from 'pino';
import type { SlackConfig } from '../../../src/config.js';
import type { Brief } from '../../../src/core/brief.schema.js';
import { ChannelPacer } from '../../../src/platforms/shared/channel-pacer.js';
import { type RunningSlackBot, startSlackBot } from '../../../src/platforms/slack/slack-bot.js';
import { cronSchedule } from '../../../src/schedule/cron-schedule.js';
import { FAKE_BOT_USER, FAKE_TEAM, FakeSlack } from '../../fakes/fake-slack.js';
import { MemoryStore } from '../../fakes/memory-store.js';

export const BOT_TOKEN = 'xoxb-1111-2222-secretbottoken';
export const APP_TOKEN = 'xapp-1-A0FAKE-3333-secretapptoken';
export const SIGNING_SECRET = 'test-signing-secret-0123456789';
export { FAKE_BOT_USER, FAKE_TEAM };

export interface SlackHarness {
  fake: FakeSlack;
  bot: RunningSlackBot;
  store: MemoryStore;
  /** Every log line the bot wrote, as written (after redaction). */
  logs: string[];
  /** Where Slack's signed requests go. */
  eventsUrl: string;
  stop(): Promise<void>;
}

/** The real Bolt app (HTTP mode unless `socket`), wired to a fake Slack and an in-memory store. */
export async function startSlackHarness(
  briefs: readonly Brief[],
  options: {
    socket?: boolean;
    pacer?: ChannelPacer;
    botToken?: string;
    appToken?: string;
    /** SLACK_DIGEST_ADMINS, as config reads it. */
    digestAdmins?: string[];
  } = {},
): Promise<SlackHarness> {
  const fake = await new FakeSlack(BOT_TOKEN, APP_TOKEN).start();
  const store = new MemoryStore();
  const logs: string[] = [];
  const logger = pino(
    { level: 'debug', hooks: { streamWrite: (s) => s } },
    { write: (line: string) => logs.push(line) },
  );
  const config: SlackConfig = {
    botToken: options.botToken ?? BOT_TOKEN,
    signingSecret: options.socket ? null : SIGNING_SECRET,
    appToken: options.socket ? (options.appToken ?? APP_TOKEN) : null,
    apiUrl: fake.apiUrl,
    mode: options.socket ? 'socket' : 'http',
    digestAdmins: options.digestAdmins ?? [],
  };
  try {
    const bot = await startSlackBot({
      config,
      port: 0,
      host: '127.0.0.1',
      logger,
      deps: {
        briefs: () => briefs,
        digest: { store, clock: { now: () => new Date() }, schedule: cronSchedule },
        feedback: store,
        pacer: options.pacer ?? new ChannelPacer(0),
        retry: { baseMs: 5 },
      },
    });
    return {
      fake,
      bot,
      store,
      logs,
      eventsUrl: `http://127.0.0.1:${bot.port}/slack/events`,
      async stop() {
        await bot.stop();
        await fake.stop();
      },
    };
  } catch (error) {
    await fake.stop();
    throw error;
  }
}

/** Signs a body as Slack does: v0=HMAC-SHA256(secret, "v0:{timestamp}:{body}"). */
export function slackSignature(body: string, timestamp: number, secret = SIGNING_SECRET): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

/** POSTs a signed request to the bot; `timestamp` and `secret` let a test forge a bad one. */
export async function sendSigned(
  url: string,
  body: string,
  contentType: string,
  options: { timestamp?: number; secret?: string; headers?: Record<string, string> } = {},
): Promise<Response> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  return fetch(url, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': slackSignature(body, timestamp, options.secret),
      ...options.headers,
    },
    body,
  });
}

/** A slash command's form body, as Slack sends it. */
export function slashBody(
  command: string,
  text: string,
  responseUrl: string,
  where: { channel?: string; user?: string } = {},
): string {
  return new URLSearchParams({
    token: 'legacy-verification-token',
    team_id: FAKE_TEAM,
    team_domain: 'fake',
    channel_id: where.channel ?? 'C0NEWS',
    channel_name: 'news',
    user_id: where.user ?? 'U0ALICE',
    user_name: 'alice',
    command,
    text,
    api_app_id: 'A0FAKE',
    response_url: responseUrl,
    trigger_id: '1.2.3',
  }).toString();
}

let eventCount = 0;

/** An Events API envelope around `event`, with a fresh event_id unless one is given. */
export function eventBody(event: Record<string, unknown>, eventId = `Ev${++eventCount}`): string {
  return JSON.stringify({
    token: 'legacy-verification-token',
    team_id: FAKE_TEAM,
    api_app_id: 'A0FAKE',
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    event: { event_ts: event.ts, ...event },
    authorizations: [{ team_id: FAKE_TEAM, user_id: FAKE_BOT_USER, is_bot: true }],
  });
}

/** A block_actions payload for a click on `button` under the message `messageTs`. */
export function clickBody(
  button: { action_id: string; value: string; block_id?: string },
  messageTs: string,
  responseUrl: string,
  user = 'U0ALICE',
): string {
  const payload = {
    type: 'block_actions',
    user: { id: user, team_id: FAKE_TEAM },
    team: { id: FAKE_TEAM },
    api_app_id: 'A0FAKE',
    channel: { id: 'C0NEWS' },
    container: { type: 'message', message_ts: messageTs, channel_id: 'C0NEWS', is_ephemeral: false },
    message: { ts: messageTs, type: 'message', text: 'answer' },
    response_url: responseUrl,
    trigger_id: '1.2.3',
    actions: [{ type: 'button', block_id: 'newsbrief_feedback', action_ts: '1', ...button }],
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

export const FORM = 'application/x-www-form-urlencoded';
export const JSON_TYPE = 'application/json';
