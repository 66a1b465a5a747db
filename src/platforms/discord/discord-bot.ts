import { once } from 'node:events';
import { Client, Events, GatewayIntentBits, Partials } from 'discord.js';
import type { Logger } from 'pino';
import type { DiscordConfig } from '../../config.js';
import type { ConversationState } from '../../core/conversation/conversation-state.js';
import { MemoryConversationState } from '../../core/conversation/memory-conversation-state.js';
import type { Publisher } from '../../core/digest/publisher.js';
import { type ChatPlatform, PlatformStartError } from '../chat-platform.js';
import { ConversationMemory } from '../shared/conversation-memory.js';
import type { DiscordDeps } from './discord-deps.js';
import { discordErrorCode } from './discord-errors.js';
import { handleInteraction, interactionFailed } from './discord-interactions.js';
import { inviteUrl } from './discord-invite.js';
import { handleMessage } from './discord-mentions.js';
import { createDiscordPublisher } from './discord-publisher.js';

export interface DiscordBotOptions {
  config: DiscordConfig;
  logger: Logger;
  /**
   * Told when the connection is lost for good (Discord closed it with a code discord.js does not retry,
   * e.g. the token was reset): the bot can no longer work, and the process should stop and say why.
   */
  onFatal?: (reason: string) => void;
  /** How long to wait for Discord's READY before giving up. Default 30 s. */
  readyTimeoutMs?: number;
  deps: Omit<DiscordDeps, 'logger' | 'memory'> & {
    /** Where conversations are remembered: the store's, so replicas share it. Default: this process. */
    state?: ConversationState;
  };
}

export interface RunningDiscordBot {
  publisher: Publisher;
  /** The link that adds the bot to a server, with the scopes and the least permissions it needs. */
  inviteUrl: string;
  stop(): Promise<void>;
}

/** Raised when the bot cannot connect: a rejected token, Discord out of reach. Its message says what to fix. */
export class DiscordStartError extends PlatformStartError {
  override name = 'DiscordStartError';
  constructor(message: string) {
    super('discord', 'login', message);
  }
}

/** Discord, for the bot's entry point: a gateway session with the minimal intents. */
export function discordPlatform(config: DiscordConfig): ChatPlatform {
  return {
    name: 'discord',
    start: ({ deps, logger, onFatal }) => startDiscordBot({ config, logger, onFatal, deps }),
  };
}

/**
 * Logs in to the gateway with the minimal intents (servers, their messages and direct messages — no
 * privileged Message Content: mentions and DMs carry their text anyway), wires the handlers, and waits
 * until Discord says the bot is ready.
 */
export async function startDiscordBot(options: DiscordBotOptions): Promise<RunningDiscordBot> {
  const { config, logger } = options;
  const deps: DiscordDeps = {
    ...options.deps,
    logger,
    memory: new ConversationMemory(options.deps.state ?? new MemoryConversationState(), logger),
  };
  const client = new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    // Direct-message channels are not cached before their first message; without this their events are lost.
    partials: [Partials.Channel],
    // A safety net under every reply's own allowedMentions: nothing the bot sends pings anyone.
    allowedMentions: { parse: [], repliedUser: false },
    ...(config.apiUrl ? { rest: { api: config.apiUrl } } : {}),
  });
  client.on(Events.InteractionCreate, (interaction) => {
    handleInteraction(interaction, deps).catch((error) => void interactionFailed(deps, interaction, error));
  });
  client.on(Events.MessageCreate, (message) => {
    const botId = client.user?.id;
    if (!botId) return;
    handleMessage(message, deps, botId).catch((err) => logger.error({ err }, 'handling a message failed'));
  });
  client.on(Events.Error, (err) => logger.error({ err }, 'Discord client error'));
  let stopping = false;
  client.on(Events.ShardDisconnect, (event) => {
    if (stopping) return;
    // discord.js reconnects by itself; this event means it gave up.
    logger.fatal({ code: event.code }, 'Discord closed the gateway connection for good');
    options.onFatal?.(`Discord closed the gateway connection (code ${event.code})`);
  });
  const ready = once(client, Events.ClientReady, {
    signal: AbortSignal.timeout(options.readyTimeoutMs ?? 30_000),
  });
  try {
    await client.login(config.token);
    await ready;
  } catch (error) {
    await client.destroy();
    throw new DiscordStartError(describeLoginFailure(error));
  }
  const invite = inviteUrl(config.applicationId);
  logger.info({ user: client.user?.tag, guilds: client.guilds.cache.size, invite }, 'Discord bot running');
  return {
    publisher: createDiscordPublisher(client.rest, () => client.user?.id),
    inviteUrl: invite,
    stop: () => {
      stopping = true;
      return client.destroy();
    },
  };
}

function describeLoginFailure(error: unknown): string {
  if ((error as Error)?.name === 'AbortError') {
    return "Discord accepted the token but never said the bot was ready (30 s). Check Discord's status, or DISCORD_API_URL if set.";
  }
  const code = discordErrorCode(error);
  if (
    code === 'TokenInvalid' ||
    code === 'http_401' ||
    code === '0' ||
    /4004|invalid token|unauthori/i.test(String(error))
  ) {
    return 'Discord rejected DISCORD_TOKEN. Copy the bot token from the Developer Portal (your app → Bot → Reset Token).';
  }
  return `Discord could not be reached to log in (${code}). Check the network, or DISCORD_API_URL if set.`;
}
