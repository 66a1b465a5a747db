import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver, LogLevel } from '@slack/bolt';
import type { WebClientOptions } from '@slack/web-api';
import type { Logger } from 'pino';
import type { SlackConfig } from '../../config.js';
import type { ConversationState } from '../../core/conversation/conversation-state.js';
import { MemoryConversationState } from '../../core/conversation/memory-conversation-state.js';
import type { Publisher } from '../../core/digest/publisher.js';
import { type ChatPlatform, PlatformStartError } from '../chat-platform.js';
import { ChannelPacer } from '../shared/channel-pacer.js';
import { ConversationMemory } from '../shared/conversation-memory.js';
import { registerSlashCommands } from './slack-commands.js';
import { registerConversations } from './slack-conversations.js';
import { dropRepeatedEvents } from './slack-dedupe.js';
import type { SlackDeps } from './slack-deps.js';
import { slackErrorCode } from './slack-errors.js';
import { registerFeedbackClicks } from './slack-feedback-clicks.js';
import { boltLogger } from './slack-logger.js';
import { createSlackPublisher } from './slack-publisher.js';
import { guardSlackRequests } from './slack-request-guard.js';

export interface SlackBotOptions {
  config: SlackConfig;
  /** HTTP mode: where Slack's requests arrive (POST /slack/events). Ignored in Socket Mode. */
  port: number;
  host?: string;
  logger: Logger;
  deps: Omit<SlackDeps, 'logger' | 'pacer' | 'memory' | 'digestAdmins'> &
    Partial<Pick<SlackDeps, 'pacer'>> & {
      /** Where conversations and handled events are remembered: the store's, so replicas share it. */
      state?: ConversationState;
    };
}

export interface RunningSlackBot {
  /** Posts digests to Slack channels, for the scheduler. */
  publisher: Publisher;
  /** HTTP mode: the port Slack's requests arrive on. */
  port: number | null;
  stop(): Promise<void>;
}

/** Raised when the bot cannot start: a rejected token, a port in use. Its message says what to fix. */
export class SlackStartError extends PlatformStartError {
  override name = 'SlackStartError';
  constructor(code: 'auth' | 'socket' | 'listen', message: string) {
    super('slack', code, message);
  }
}

/** Slack, for the bot's entry point: on PORT in HTTP mode, or over Socket Mode. */
export function slackPlatform(config: SlackConfig, port: number): ChatPlatform {
  return {
    name: 'slack',
    start: ({ deps, logger }) => startSlackBot({ config, port, logger, deps }),
  };
}

/**
 * How long Socket Mode may take to connect. The SDK retries some refusals (a token without
 * connections:write) forever; a bot that never connects should stop and say why instead.
 */
const SOCKET_CONNECT_MS = 30_000;

/** Resolves as `work` does, or rejects after `ms` (running `onTimeout` to give the work up). */
async function withinTime<T>(work: Promise<T>, ms: number, onTimeout: () => Promise<unknown>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      void onTimeout().catch(() => {});
      reject(Object.assign(new Error(`no connection within ${ms / 1000} s`), { code: 'timeout' }));
    }, ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** About one message a second per channel: Slack's posting limit. */
const POST_INTERVAL_MS = 1100;

/**
 * Starts the Slack bot: checks the token (auth.test), registers every handler, then listens — HTTP on
 * PORT at /slack/events with signatures verified, or a Socket Mode connection when SLACK_APP_TOKEN is set.
 */
export async function startSlackBot(options: SlackBotOptions): Promise<RunningSlackBot> {
  const { config, logger } = options;
  const deps: SlackDeps = {
    ...options.deps,
    logger,
    pacer: options.deps.pacer ?? new ChannelPacer(POST_INTERVAL_MS),
    memory: new ConversationMemory(options.deps.state ?? new MemoryConversationState(), logger),
    digestAdmins: config.digestAdmins,
  };
  const app = createApp(config, logger, deps.memory);
  try {
    await app.init();
  } catch (error) {
    throw new SlackStartError('auth', describeAuthFailure(error));
  }
  app.use(dropRepeatedEvents(deps.memory, logger));
  registerSlashCommands(app, deps);
  registerConversations(app, deps);
  registerFeedbackClicks(app, deps);
  app.error(async (error) => {
    logger.error({ code: slackErrorCode(error.original ?? error), err: error }, 'Slack handler failed');
  });
  let port: number | null = null;
  try {
    if (config.mode === 'socket') {
      await withinTime(app.start(), SOCKET_CONNECT_MS, () => app.stop());
    } else {
      const server = await app.start({ port: options.port, host: options.host ?? '0.0.0.0' });
      port = (server.address() as AddressInfo).port;
    }
  } catch (error) {
    throw new SlackStartError(
      config.mode === 'socket' ? 'socket' : 'listen',
      config.mode === 'socket'
        ? `Slack Socket Mode did not connect (${slackErrorCode(error)}): check SLACK_APP_TOKEN — an App-Level Token (xapp-…) with the connections:write scope — and that Socket Mode is on for the app.`
        : `Slack could not start listening on port ${options.port}: ${(error as Error).message}`,
    );
  }
  logger.info(
    { mode: config.mode, ...(port !== null ? { port, path: '/slack/events' } : {}) },
    'Slack bot running',
  );
  return {
    publisher: createSlackPublisher(app.client, deps.pacer, logger),
    port,
    stop: () => app.stop().then(() => undefined),
  };
}

function createApp(config: SlackConfig, logger: Logger, memory: ConversationMemory): App {
  const clientOptions: WebClientOptions = {
    ...(config.apiUrl ? { slackApiUrl: withTrailingSlash(config.apiUrl) } : {}),
    // One retry policy, the adapter's own (classified, honouring Retry-After), instead of the client's
    // default of ten tries over thirty minutes while a person waits.
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: 10_000,
  };
  const common = {
    token: config.botToken,
    logger: boltLogger(logger),
    // Bolt logs whole payloads at debug; ask for them only when the log will keep them.
    logLevel: logger.isLevelEnabled('debug') ? LogLevel.DEBUG : LogLevel.INFO,
    clientOptions,
    deferInitialization: true,
  };
  if (config.mode === 'socket' && config.appToken) {
    return new App({
      ...common,
      appToken: config.appToken,
      socketMode: true,
      // The socket's own calls (apps.connections.open on every reconnect, which Slack asks for every few
      // hours) keep the SDK's patient retries: with none, one network blip during a reconnect is fatal.
      installerOptions: {
        clientOptions: {
          ...(config.apiUrl ? { slackApiUrl: withTrailingSlash(config.apiUrl) } : {}),
          retryConfig: { retries: 100, factor: 1.3, maxTimeout: 30_000 },
          timeout: 10_000,
        },
      },
    });
  }
  const receiver = new HTTPReceiver({
    signingSecret: config.signingSecret ?? '',
    logger: common.logger,
    logLevel: common.logLevel,
    customRoutes: [
      {
        path: '/healthz',
        method: ['GET'],
        handler: (_req, res) => {
          res.writeHead(200, { 'content-type': 'text/plain' });
          res.end('ok');
        },
      },
    ],
  });
  receiver.requestListener = guardSlackRequests(receiver.requestListener, logger, {
    signingSecret: config.signingSecret ?? '',
    memory,
  });
  return new App({ ...common, receiver });
}

function describeAuthFailure(error: unknown): string {
  const code = slackErrorCode((error as { original?: unknown }).original ?? error);
  if (
    code === 'invalid_auth' ||
    code === 'not_authed' ||
    code === 'account_inactive' ||
    code === 'token_revoked'
  ) {
    return `Slack rejected SLACK_BOT_TOKEN (${code}). Copy the Bot User OAuth Token (xoxb-…) from OAuth & Permissions, and reinstall the app if it was removed.`;
  }
  return `Slack could not be reached to check SLACK_BOT_TOKEN (${code}). Check the network, or SLACK_API_URL if set.`;
}

function withTrailingSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}
