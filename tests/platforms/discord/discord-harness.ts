import { pino } from 'pino';
import type { DiscordConfig } from '../../../src/config.js';
import type { Brief } from '../../../src/core/brief.schema.js';
import { MemoryFeedStore } from '../../../src/core/feeds/memory-feed-store.js';
import { type RunningDiscordBot, startDiscordBot } from '../../../src/platforms/discord/discord-bot.js';
import { cronSchedule } from '../../../src/schedule/cron-schedule.js';
import { FakeDiscord } from '../../fakes/fake-discord.js';
import { MemoryStore } from '../../fakes/memory-store.js';

export const DISCORD_TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAx.GfAkEx.fake-token-for-tests-0123456789abcdef';
export const APPLICATION_ID = '300000000000000001';

export interface DiscordHarness {
  fake: FakeDiscord;
  bot: RunningDiscordBot;
  store: MemoryStore;
  feeds: MemoryFeedStore;
  logs: string[];
  stop(): Promise<void>;
}

/** The real discord.js bot logged in to a fake Discord, with an in-memory store. */
export async function startDiscordHarness(
  briefs: readonly Brief[],
  options: { token?: string } = {},
): Promise<DiscordHarness> {
  const fake = await new FakeDiscord({ token: DISCORD_TOKEN, applicationId: APPLICATION_ID }).start();
  const store = new MemoryStore();
  const feeds = new MemoryFeedStore();
  const logs: string[] = [];
  const logger = pino({ level: 'debug' }, { write: (line: string) => logs.push(line) });
  const config: DiscordConfig = {
    token: options.token ?? DISCORD_TOKEN,
    applicationId: APPLICATION_ID,
    apiUrl: fake.apiUrl,
    guildId: null,
  };
  try {
    const bot = await startDiscordBot({
      config,
      logger,
      deps: {
        briefs: () => briefs,
        digest: { store, clock: { now: () => new Date() }, schedule: cronSchedule },
        feeds: { store: feeds, clock: { now: () => new Date() } },
        feedback: store,
      },
    });
    return {
      fake,
      bot,
      store,
      feeds,
      logs,
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

/** A chat-input command's data: `/name` with string options, or a subcommand with its options. */
export function commandData(name: string, options: Record<string, string> = {}, subcommand?: string) {
  const values = Object.entries(options).map(([optionName, value]) => ({ name: optionName, type: 3, value }));
  return {
    id: '500000000000000001',
    name,
    type: 1,
    options: subcommand ? [{ name: subcommand, type: 1, options: values }] : values,
  };
}

/** An autocomplete request while the person types `typed` into option `focused`. */
export function autocompleteData(name: string, focused: string, typed: string, subcommand?: string) {
  const option = { name: focused, type: 3, value: typed, focused: true };
  return {
    id: '500000000000000001',
    name,
    type: 1,
    options: subcommand ? [{ name: subcommand, type: 1, options: [option] }] : [option],
  };
}
