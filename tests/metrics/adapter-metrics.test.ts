import { PassThrough } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Platform } from '../../src/core/digest/subscription.js';
import { runConsoleChat } from '../../src/platforms/console/console-chat.js';
import { startDiscordBot } from '../../src/platforms/discord/discord-bot.js';
import { ChannelPacer } from '../../src/platforms/shared/channel-pacer.js';
import type { AnswerMetrics } from '../../src/platforms/shared/observe-reply.js';
import { startSlackBot } from '../../src/platforms/slack/slack-bot.js';
import { FAKE_BOT_ID, FakeDiscord } from '../fakes/fake-discord.js';
import { FAKE_BOT_USER, FakeSlack } from '../fakes/fake-slack.js';
import { APPLICATION_ID, commandData, DISCORD_TOKEN } from '../platforms/discord/discord-harness.js';
import {
  APP_TOKEN,
  BOT_TOKEN,
  eventBody,
  JSON_TYPE,
  SIGNING_SECRET,
  sendSigned,
  slashBody,
} from '../platforms/slack/slack-harness.js';
import { twoCityBriefs } from '../platforms/slack/slack-library.js';

/** A hand-written AnswerMetrics that keeps what each adapter told it. */
class RecordedAnswers implements AnswerMetrics {
  readonly seen: { platform: Platform; outcome: string; seconds: number }[] = [];
  answered(platform: Platform, outcome: 'answered' | 'abstained', seconds: number): void {
    this.seen.push({ platform, outcome, seconds });
  }
  outcomes(platform: Platform): string[] {
    return this.seen.filter((s) => s.platform === platform).map((s) => s.outcome);
  }
}

const ANSWERED = 'How many fans does the Pinecrest stadium seat?';
const NOT_SAID = 'What colour are the Pinecrest stadium seats?';
const silent = pino({ level: 'silent' });

/** Every adapter counts what the core answered, where it gets the reply: answers and abstentions only. */
describe('answers counted by each adapter', () => {
  it('the console chat', async () => {
    const metrics = new RecordedAnswers();
    const input = new PassThrough();
    const output = new PassThrough();
    output.resume();
    input.end(`${ANSWERED}\n${NOT_SAID}\n/briefs\n`);
    await runConsoleChat({ input, output, context: { briefs: twoCityBriefs() }, metrics });
    expect(metrics.outcomes('console')).toEqual(['answered', 'abstained']);
    for (const { seconds } of metrics.seen) expect(seconds).toBeGreaterThanOrEqual(0);
  });

  describe('Discord: slash commands and mentions', () => {
    const metrics = new RecordedAnswers();
    let fake: FakeDiscord;
    let stop: () => Promise<void>;
    beforeAll(async () => {
      fake = await new FakeDiscord({ token: DISCORD_TOKEN, applicationId: APPLICATION_ID }).start();
      const bot = await startDiscordBot({
        config: { token: DISCORD_TOKEN, applicationId: APPLICATION_ID, apiUrl: fake.apiUrl, guildId: null },
        logger: silent,
        deps: { briefs: twoCityBriefs, metrics },
      });
      stop = async () => {
        await bot.stop();
        await fake.stop();
      };
    });
    afterAll(() => stop());

    it('counts /ask and a mention, and not /briefs', async () => {
      for (const name of ['ask', 'briefs']) {
        const data = commandData(name, name === 'ask' ? { question: ANSWERED } : {});
        const { id } = fake.sendInteraction({ type: 2, data });
        await fake.waitFor(() => fake.interactionReplies.find((r) => r.interactionId === id));
      }
      const mentionId = fake.sendMessage({
        content: `<@${FAKE_BOT_ID}> ${NOT_SAID}`,
        mentions: [{ id: FAKE_BOT_ID, username: 'newsbrief', discriminator: '0', bot: true }],
      });
      await fake.waitFor(() => fake.messages.find((m) => m.messageReference?.message_id === mentionId));
      expect(metrics.outcomes('discord')).toEqual(['answered', 'abstained']);
    });
  });

  describe('Slack: slash commands and mentions', () => {
    const metrics = new RecordedAnswers();
    let fake: FakeSlack;
    let eventsUrl: string;
    let stop: () => Promise<void>;
    beforeAll(async () => {
      fake = await new FakeSlack(BOT_TOKEN, APP_TOKEN).start();
      const bot = await startSlackBot({
        config: {
          botToken: BOT_TOKEN,
          signingSecret: SIGNING_SECRET,
          appToken: null,
          apiUrl: fake.apiUrl,
          mode: 'http',
          digestAdmins: [],
        },
        port: 0,
        host: '127.0.0.1',
        logger: silent,
        deps: { briefs: twoCityBriefs, metrics, pacer: new ChannelPacer(0) },
      });
      eventsUrl = `http://127.0.0.1:${bot.port}/slack/events`;
      stop = async () => {
        await bot.stop();
        await fake.stop();
      };
    });
    afterAll(() => stop());

    it('counts /ask and a mention, and not /briefs', async () => {
      for (const [command, text] of [
        ['/ask', ANSWERED],
        ['/briefs', ''],
      ] as const) {
        const responseUrl = fake.responseUrl();
        const id = responseUrl.split('/').pop();
        await sendSigned(
          eventsUrl,
          slashBody(command, text, responseUrl),
          'application/x-www-form-urlencoded',
        );
        await fake.waitFor(() => fake.responses.find((r) => r.id === id));
      }
      const mention = {
        type: 'app_mention',
        user: 'U0ALICE',
        channel: 'C0MENTION',
        ts: '1800000001.000200',
        text: `<@${FAKE_BOT_USER}> ${NOT_SAID}`,
      };
      await sendSigned(eventsUrl, eventBody(mention), JSON_TYPE);
      await fake.waitFor(() => fake.messages.find((m) => m.channel === 'C0MENTION'));
      expect(metrics.outcomes('slack')).toEqual(['answered', 'abstained']);
    });
  });
});
