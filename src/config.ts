import { existsSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import * as util from 'node:util';
import { z } from 'zod';
import { DEFAULT_THRESHOLD } from './core/answer/answer-question.js';

/**
 * The only reader of process.env. Every variable is validated here; an error names each bad variable and
 * says what to set, and never repeats a value (any of them may be a secret).
 */

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export type DatabaseConfig = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };

export interface DiscordConfig {
  token: string;
  applicationId: string;
  /** A REST proxy or a test server; null means Discord itself. */
  apiUrl: string | null;
  /** `npm run deploy:discord` registers the commands in this server only (instant), not globally. */
  guildId: string | null;
}

export interface SlackConfig {
  botToken: string;
  signingSecret: string | null;
  appToken: string | null;
  apiUrl: string | null;
  /** Socket Mode when SLACK_APP_TOKEN is set, otherwise HTTP on PORT. */
  mode: 'socket' | 'http';
  /** SLACK_DIGEST_ADMINS: members (U…/W…) and user groups (S…) who may change digests, besides admins. */
  digestAdmins: string[];
}

/** How feeds are fetched: who we say we are, which private hosts are allowed, how often. */
export interface FeedsConfig {
  /** FEEDS_ALLOW_HOSTS: hosts exempt from the refusal of private and loopback addresses (tests, an intranet). */
  allowHosts: string[];
  /** NEWSBRIEF_CONTACT: a URL or e-mail address for feed owners, sent in the User-Agent. */
  contact: string | null;
  /** FEEDS_POLL_MINUTES: how often each feed is polled (at least 2). */
  pollMinutes: number;
}

export interface Config {
  briefsDir: string;
  database: DatabaseConfig;
  logLevel: LogLevel;
  port: number;
  /** ANSWER_MIN_CONFIDENCE: below this confidence the bot says the article doesn't say, rather than guess. */
  answerMinConfidence: number;
  /** null when no Discord credentials are set. */
  discord: DiscordConfig | null;
  /** null when no Slack credentials are set. */
  slack: SlackConfig | null;
  feeds: FeedsConfig;
  /**
   * BRIEFS_KEEP_DAYS: briefs that entered the library longer ago than this leave the answer library (they
   * stay on disk, and /brief ID still finds them); 0 keeps every brief.
   */
  keepDays: number;
  /**
   * LOG_FILE: where logs go. Unset: a file beside the database in console mode (the chat stays a chat),
   * stderr with a platform (for the service manager); "-": stderr always.
   */
  logFile: string | undefined;
  /** METRICS_PORT: where /healthz, /readyz and /metrics are served; null when off (see metricsPortOf). */
  metricsPort: number | null;
}

/** The bot's own files (library index, log) live here: beside a SQLite database, else in ./data. */
export function dataFolder(database: DatabaseConfig): string {
  return database.kind === 'sqlite' && database.path !== ':memory:' ? dirname(database.path) : './data';
}

export interface ConfigIssue {
  variable: string;
  message: string;
}

export class ConfigError extends Error {
  readonly issues: readonly ConfigIssue[];
  constructor(issues: readonly ConfigIssue[]) {
    const lines = issues.map((issue) => `  - ${issue.variable}: ${issue.message}`);
    super(
      ['Invalid configuration; fix these environment variables (see .env.example):', ...lines].join('\n'),
    );
    this.name = 'ConfigError';
    this.issues = issues;
  }
}

export type Env = Readonly<Record<string, string | undefined>>;

export const DEFAULT_DATABASE_URL = 'sqlite:./data/newsbrief.db';

const httpUrl = (what: string) =>
  z.url({ protocol: /^https?$/, error: `use an http:// or https:// URL of ${what}, or leave it unset` });

// Rounded for people: the engine's own threshold is a calibrated number that may carry many decimals.
const MIN_CONFIDENCE_HINT = `use a number from 0 to 1, e.g. 0.6, or leave it unset for the engine's default (${DEFAULT_THRESHOLD.toFixed(2)})`;

/**
 * A minimum confidence as typed (ANSWER_MIN_CONFIDENCE, or the CLI's --min-confidence): a plain decimal
 * from 0 to 1. Plain decimals only, so that "0x1", "1e-1" or "Infinity" are refused rather than read.
 */
export const MinConfidenceSchema = z
  .string()
  .trim()
  .regex(/^(\d+(\.\d*)?|\.\d+)$/, MIN_CONFIDENCE_HINT)
  .transform(Number)
  .pipe(z.number().min(0, MIN_CONFIDENCE_HINT).max(1, MIN_CONFIDENCE_HINT));

export const DEFAULT_FEED_POLL_MINUTES = 10;
export const DEFAULT_KEEP_DAYS = 90;
const KEEP_DAYS_HINT = 'use a whole number of days, e.g. 90, or 0 to keep every brief in the answer library';
/** FEEDS_ALLOW_HOSTS: names or addresses, comma- or space-separated, compared lower-cased. */
const hostList = (list: string) =>
  list
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((host) => host.toLowerCase());
const POLL_MINUTES_HINT = 'use a whole number of minutes, at least 2 (feeds are polled politely), e.g. 10';
const FeedPollMinutesSchema = z
  .string()
  .regex(/^\d+$/, POLL_MINUTES_HINT)
  .transform(Number)
  .pipe(z.number().min(2, POLL_MINUTES_HINT));

/** 9464: the port OpenTelemetry's Prometheus exporter uses by default, so a scrape config may expect it. */
export const DEFAULT_METRICS_PORT = 9464;
const METRICS_PORT_HINT = `use a port number from 1 to 65535, e.g. ${DEFAULT_METRICS_PORT}, or 0 to turn health and metrics off`;

const EnvSchema = z.object({
  BRIEFS_DIR: z.string().default('./briefs'),
  DATABASE_URL: z
    .string()
    .default(DEFAULT_DATABASE_URL)
    .transform((value, ctx): DatabaseConfig => {
      const database = parseDatabaseUrl(value);
      if (database) return database;
      ctx.addIssue({
        code: 'custom',
        message: 'use a SQLite file (sqlite:./data/newsbrief.db, or a plain path) or a postgres:// URL',
      });
      return z.NEVER;
    }),
  LOG_LEVEL: z
    .string()
    .transform((level) => level.toLowerCase())
    .pipe(z.enum(LOG_LEVELS, { error: `use one of ${LOG_LEVELS.join(', ')}` }))
    .default('info'),
  DISCORD_TOKEN: z.string().optional(),
  DISCORD_APPLICATION_ID: z
    .string()
    .regex(/^\d+$/, 'use the numeric Application ID (Discord Developer Portal → General Information)')
    .optional(),
  DISCORD_API_URL: httpUrl('a Discord REST proxy or test server').optional(),
  DISCORD_GUILD_ID: z
    .string()
    .regex(/^\d+$/, 'use the numeric server ID (Discord: right-click the server → Copy Server ID)')
    .optional(),
  SLACK_BOT_TOKEN: z
    .string()
    .startsWith('xoxb-', 'use the Bot User OAuth Token; it starts with xoxb- (OAuth & Permissions)')
    .optional(),
  SLACK_SIGNING_SECRET: z.string().optional(),
  SLACK_APP_TOKEN: z
    .string()
    .startsWith('xapp-', 'use an App-Level Token with connections:write; it starts with xapp-')
    .optional(),
  SLACK_API_URL: httpUrl('the Slack Web API or a test server').optional(),
  SLACK_DIGEST_ADMINS: z
    .string()
    .transform((list) => list.split(/[\s,]+/).filter(Boolean))
    .pipe(
      z.array(
        z
          .string()
          .regex(
            /^[UWS][A-Z0-9]{2,}$/,
            'list Slack member ids (U…, W…) or user group ids (S…), comma-separated: profile → ⋯ → Copy member ID',
          ),
      ),
    )
    .optional(),
  PORT: z
    .string()
    .regex(/^\d+$/, 'use a whole number from 0 to 65535, e.g. 3000')
    .transform(Number)
    .pipe(z.number().max(65535, 'use a whole number from 0 to 65535, e.g. 3000'))
    .default(3000),
  ANSWER_MIN_CONFIDENCE: MinConfidenceSchema.default(DEFAULT_THRESHOLD),
  FEEDS_ALLOW_HOSTS: z.string().transform(hostList).optional(),
  NEWSBRIEF_CONTACT: z.string().optional(),
  FEEDS_POLL_MINUTES: FeedPollMinutesSchema.default(DEFAULT_FEED_POLL_MINUTES),
  LOG_FILE: z.string().optional(),
  METRICS_PORT: z
    .string()
    .regex(/^\d+$/, METRICS_PORT_HINT)
    .transform(Number)
    .pipe(z.number().max(65535, METRICS_PORT_HINT))
    .optional(),
  BRIEFS_KEEP_DAYS: z.string().regex(/^\d+$/, KEEP_DAYS_HINT).transform(Number).default(DEFAULT_KEEP_DAYS),
});

type ParsedEnv = z.output<typeof EnvSchema>;
type Variable = keyof ParsedEnv;
type CleanEnv = Partial<Record<Variable, string>>;
const VARIABLES = Object.keys(EnvSchema.shape) as Variable[];

/**
 * The environment: process.env over the variables of a `.env` file when there is one (none is needed).
 * The file is parsed, never loaded into process.env.
 */
export function readEnvironment(file = '.env'): Env {
  const fromFile = existsSync(file) && util.parseEnv ? util.parseEnv(readFileSync(file, 'utf8')) : {};
  return { ...fromFile, ...process.env };
}

/** Reads and validates the whole environment; throws a ConfigError listing every problem. */
export function loadConfig(env: Env = readEnvironment()): Config {
  const vars = clean(env);
  const parsed = EnvSchema.safeParse(vars);
  const issues = parsed.success ? [] : parsed.error.issues.map(toConfigIssue);
  issues.push(...credentialPairIssues(vars));
  if (!parsed.success || issues.length > 0) throw new ConfigError(issues);
  const config = parsed.data;
  const slack = slackConfig(config);
  return {
    briefsDir: config.BRIEFS_DIR,
    database: config.DATABASE_URL,
    logLevel: config.LOG_LEVEL,
    port: config.PORT,
    answerMinConfidence: config.ANSWER_MIN_CONFIDENCE,
    discord: discordConfig(config),
    slack,
    feeds: {
      allowHosts: config.FEEDS_ALLOW_HOSTS ?? [],
      contact: config.NEWSBRIEF_CONTACT ?? null,
      pollMinutes: config.FEEDS_POLL_MINUTES,
    },
    keepDays: config.BRIEFS_KEEP_DAYS,
    logFile: config.LOG_FILE,
    metricsPort: metricsPortOf(config, slack),
  };
}

/**
 * Health and metrics are on by default where the bot is a service (a platform is configured) and off in a
 * console chat; METRICS_PORT=0 turns them off. Slack over HTTP already listens on PORT: not the same port.
 */
function metricsPortOf(vars: ParsedEnv, slack: SlackConfig | null): number | null {
  const port = vars.METRICS_PORT ?? (vars.DISCORD_TOKEN || slack ? DEFAULT_METRICS_PORT : 0);
  if (port !== 0 && slack?.mode === 'http' && port === vars.PORT) {
    const message = "the same as PORT, where Slack's requests arrive; pick another port, or 0 for none";
    throw new ConfigError([{ variable: 'METRICS_PORT', message }]);
  }
  return port === 0 ? null : port;
}

/**
 * loadConfig for a program's entry point: a bad environment is explained on stderr (which variables, what
 * to set) and null returned, so the caller exits 1 without a stack trace.
 */
export function loadConfigOrExplain(env: Env = readEnvironment()): Config | null {
  try {
    return loadConfig(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return null;
  }
}

function toConfigIssue(issue: z.core.$ZodIssue): ConfigIssue {
  return { variable: String(issue.path[0] ?? 'environment'), message: issue.message };
}

/** A setting the CLI reads without failing: a subcommand that needs a bad one reports the issue then. */
export type CliSetting<T> = { ok: true; value: T } | { ok: false; issue: ConfigIssue };

export interface CliConfig {
  briefsDir: string;
  answerMinConfidence: CliSetting<number>;
  /** DATABASE_URL as written, for the subcommands that open the store; unset, their default. */
  databaseUrl?: string;
  /** For `feeds`: a bad FEEDS_POLL_MINUTES is an issue only when feeds are polled. */
  feeds: CliSetting<FeedsConfig>;
}

/**
 * What the CLI needs: no credentials are read, so it works (and fails) without any. A bad
 * ANSWER_MIN_CONFIDENCE is kept as an issue rather than thrown, so that only `ask` fails on it.
 */
export function loadCliConfig(env: Env = readEnvironment()): CliConfig {
  const vars = clean(env);
  return {
    briefsDir: vars.BRIEFS_DIR ?? './briefs',
    answerMinConfidence: cliMinConfidence(vars.ANSWER_MIN_CONFIDENCE),
    ...(vars.DATABASE_URL ? { databaseUrl: vars.DATABASE_URL } : {}),
    feeds: cliFeeds(vars),
  };
}

function cliFeeds(vars: CleanEnv): CliSetting<FeedsConfig> {
  const minutes = FeedPollMinutesSchema.safeParse(
    vars.FEEDS_POLL_MINUTES ?? String(DEFAULT_FEED_POLL_MINUTES),
  );
  if (!minutes.success) {
    return { ok: false, issue: { variable: 'FEEDS_POLL_MINUTES', message: POLL_MINUTES_HINT } };
  }
  return {
    ok: true,
    value: {
      allowHosts: hostList(vars.FEEDS_ALLOW_HOSTS ?? ''),
      contact: vars.NEWSBRIEF_CONTACT ?? null,
      pollMinutes: minutes.data,
    },
  };
}

function cliMinConfidence(value: string | undefined): CliSetting<number> {
  if (value === undefined) return { ok: true, value: DEFAULT_THRESHOLD };
  const parsed = MinConfidenceSchema.safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data };
  const message = parsed.error.issues[0]?.message ?? MIN_CONFIDENCE_HINT;
  return { ok: false, issue: { variable: 'ANSWER_MIN_CONFIDENCE', message } };
}

/** Trims every known variable; an empty value counts as unset. */
function clean(env: Env): CleanEnv {
  const cleaned: CleanEnv = {};
  for (const name of VARIABLES) {
    const value = env[name]?.trim();
    if (value) cleaned[name] = value;
  }
  return cleaned;
}

/** Accepts sqlite:PATH, sqlite://PATH, file:PATH, a plain file path, or a postgres:// URL. */
export function parseDatabaseUrl(value: string): DatabaseConfig | null {
  if (/^postgres(ql)?:\/\//i.test(value)) {
    return URL.canParse(value) ? { kind: 'postgres', url: value } : null;
  }
  const prefixed = /^(sqlite|file):(\/\/)?(.+)$/i.exec(value);
  if (prefixed) return { kind: 'sqlite', path: prefixed[3] ?? '' };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) return null;
  return { kind: 'sqlite', path: value };
}

/** Credentials come in pairs; judged on presence only, so these issues join the per-variable ones. */
function credentialPairIssues(vars: CleanEnv): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const need = (variable: string, because: string, what: string) =>
    issues.push({ variable, message: `required when ${because} is set — ${what}, or unset ${because}` });
  if (vars.DISCORD_TOKEN && !vars.DISCORD_APPLICATION_ID) {
    need('DISCORD_APPLICATION_ID', 'DISCORD_TOKEN', 'set the Application ID from the Developer Portal');
  }
  if (vars.DISCORD_APPLICATION_ID && !vars.DISCORD_TOKEN) {
    need('DISCORD_TOKEN', 'DISCORD_APPLICATION_ID', 'set the bot token from the Developer Portal (Bot)');
  }
  const slackExtras = (['SLACK_SIGNING_SECRET', 'SLACK_APP_TOKEN'] as const).filter((name) => vars[name]);
  if (!vars.SLACK_BOT_TOKEN && slackExtras[0]) {
    need('SLACK_BOT_TOKEN', slackExtras[0], 'set the Bot User OAuth Token (xoxb-…)');
  }
  if (vars.SLACK_BOT_TOKEN && slackExtras.length === 0) {
    issues.push({
      variable: 'SLACK_SIGNING_SECRET',
      message:
        'Slack needs SLACK_SIGNING_SECRET (HTTP mode) or SLACK_APP_TOKEN (Socket Mode) when SLACK_BOT_TOKEN is set',
    });
  }
  return issues;
}

function discordConfig(vars: ParsedEnv): DiscordConfig | null {
  if (!vars.DISCORD_TOKEN || !vars.DISCORD_APPLICATION_ID) return null;
  return {
    token: vars.DISCORD_TOKEN,
    applicationId: vars.DISCORD_APPLICATION_ID,
    apiUrl: vars.DISCORD_API_URL ?? null,
    guildId: vars.DISCORD_GUILD_ID ?? null,
  };
}

function slackConfig(vars: ParsedEnv): SlackConfig | null {
  if (!vars.SLACK_BOT_TOKEN) return null;
  return {
    botToken: vars.SLACK_BOT_TOKEN,
    signingSecret: vars.SLACK_SIGNING_SECRET ?? null,
    appToken: vars.SLACK_APP_TOKEN ?? null,
    apiUrl: vars.SLACK_API_URL ?? null,
    mode: vars.SLACK_APP_TOKEN ? 'socket' : 'http',
    digestAdmins: vars.SLACK_DIGEST_ADMINS ?? [],
  };
}
