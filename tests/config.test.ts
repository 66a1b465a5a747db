import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfigError, loadCliConfig, loadConfig, parseDatabaseUrl, readEnvironment } from '../src/config.js';
import { DEFAULT_THRESHOLD } from '../src/core/answer/answer-question.js';
import { createLogger } from '../src/logger.js';

function configError(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('needs nothing: every variable has a default or is optional', () => {
    expect(loadConfig({})).toEqual({
      briefsDir: './briefs',
      database: { kind: 'sqlite', path: './data/newsbrief.db' },
      logLevel: 'info',
      port: 3000,
      answerMinConfidence: DEFAULT_THRESHOLD,
      discord: null,
      slack: null,
      feeds: { allowHosts: [], contact: null, pollMinutes: 10 },
      keepDays: 90,
      metricsPort: null,
    });
  });

  it('serves health and metrics on METRICS_PORT: by default on 9464 with a platform, off in the console', () => {
    const discord = { DISCORD_TOKEN: 'discord-token', DISCORD_APPLICATION_ID: '123456789012345678' };
    const slack = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' };
    expect(loadConfig({}).metricsPort).toBeNull();
    expect(loadConfig(discord).metricsPort).toBe(9464);
    expect(loadConfig(slack).metricsPort).toBe(9464);
    expect(loadConfig({ METRICS_PORT: '9100' }).metricsPort).toBe(9100);
    expect(loadConfig({ ...discord, METRICS_PORT: ' 9100 ' }).metricsPort).toBe(9100);
    expect(loadConfig({ ...discord, METRICS_PORT: '0' }).metricsPort).toBeNull();
    expect(loadConfig({ METRICS_PORT: '' }).metricsPort).toBeNull();
    for (const value of ['70000', 'ninety', '-1', '9.5']) {
      expect(configError({ METRICS_PORT: value }).issues).toEqual([
        {
          variable: 'METRICS_PORT',
          message: expect.stringMatching(/port number from 1 to 65535.*0 to turn/),
        },
      ]);
    }
  });

  it("refuses a METRICS_PORT that is Slack's PORT over HTTP; Socket Mode has no PORT to share", () => {
    const http = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' };
    expect(configError({ ...http, PORT: '9464' }).issues).toEqual([
      { variable: 'METRICS_PORT', message: expect.stringMatching(/the same as PORT/) },
    ]);
    expect(configError({ ...http, METRICS_PORT: '3000' }).issues).toHaveLength(1);
    const socket = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', PORT: '9464' };
    expect(loadConfig(socket).metricsPort).toBe(9464);
  });

  it('keeps briefs in the answer library for BRIEFS_KEEP_DAYS days, 0 for ever', () => {
    expect(loadConfig({ BRIEFS_KEEP_DAYS: '30' }).keepDays).toBe(30);
    expect(loadConfig({ BRIEFS_KEEP_DAYS: '0' }).keepDays).toBe(0);
    expect(configError({ BRIEFS_KEEP_DAYS: 'a month' }).issues).toEqual([
      { variable: 'BRIEFS_KEEP_DAYS', message: expect.stringMatching(/whole number of days/) },
    ]);
  });

  it('reads the feed settings: allowed private hosts, a contact, and a polite poll interval', () => {
    const feeds = loadConfig({
      FEEDS_ALLOW_HOSTS: '127.0.0.1, Intranet.Example',
      NEWSBRIEF_CONTACT: 'mailto:ops@example.org',
      FEEDS_POLL_MINUTES: '15',
    }).feeds;
    expect(feeds).toEqual({
      allowHosts: ['127.0.0.1', 'intranet.example'],
      contact: 'mailto:ops@example.org',
      pollMinutes: 15,
    });
    expect(configError({ FEEDS_POLL_MINUTES: '1' }).issues).toEqual([
      { variable: 'FEEDS_POLL_MINUTES', message: expect.stringMatching(/at least 2/) },
    ]);
  });

  it('treats empty and blank strings as unset', () => {
    const env = {
      BRIEFS_DIR: '',
      DATABASE_URL: ' ',
      LOG_LEVEL: '',
      PORT: '',
      ANSWER_MIN_CONFIDENCE: ' ',
      DISCORD_TOKEN: '',
      SLACK_BOT_TOKEN: '',
    };
    expect(loadConfig(env)).toEqual(loadConfig({}));
  });

  it('reads every variable', () => {
    const config = loadConfig({
      BRIEFS_DIR: '/srv/briefs',
      DATABASE_URL: 'postgres://bot@db:5432/newsbrief',
      LOG_LEVEL: 'DEBUG',
      PORT: '8080',
      ANSWER_MIN_CONFIDENCE: '0.75',
      DISCORD_TOKEN: 'discord-token',
      DISCORD_APPLICATION_ID: '123456789012345678',
      DISCORD_API_URL: 'http://127.0.0.1:9999/api',
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_SIGNING_SECRET: 'signing',
      SLACK_API_URL: 'http://127.0.0.1:9998/api/',
    });
    expect(config).toMatchObject({
      briefsDir: '/srv/briefs',
      database: { kind: 'postgres', url: 'postgres://bot@db:5432/newsbrief' },
      logLevel: 'debug',
      port: 8080,
      answerMinConfidence: 0.75,
      discord: {
        token: 'discord-token',
        applicationId: '123456789012345678',
        apiUrl: 'http://127.0.0.1:9999/api',
      },
      slack: { botToken: 'xoxb-1', signingSecret: 'signing', appToken: null, mode: 'http' },
    });
  });

  it('reads SLACK_DIGEST_ADMINS as member and user group ids, by commas or spaces', () => {
    const config = loadConfig({
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_SIGNING_SECRET: 's',
      SLACK_DIGEST_ADMINS: 'U012ABC, W034DEF  S056GHI',
    });
    expect(config.slack?.digestAdmins).toEqual(['U012ABC', 'W034DEF', 'S056GHI']);
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' }).slack?.digestAdmins).toEqual(
      [],
    );
  });

  it('says how to find a member id when SLACK_DIGEST_ADMINS holds a name', () => {
    const error = configError({ SLACK_DIGEST_ADMINS: '@alice' });
    expect(error.issues.map((i) => i.variable)).toEqual(['SLACK_DIGEST_ADMINS']);
    expect(error.message).toMatch(/member ids \(U…, W…\) or user group ids \(S…\)/);
  });

  it('uses Slack Socket Mode when an app token is set', () => {
    const config = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' });
    expect(config.slack).toMatchObject({ mode: 'socket', appToken: 'xapp-1', signingSecret: null });
  });

  it.each([
    ['sqlite:./data/x.db', { kind: 'sqlite', path: './data/x.db' }],
    ['sqlite:///var/lib/x.db', { kind: 'sqlite', path: '/var/lib/x.db' }],
    ['file:x.db', { kind: 'sqlite', path: 'x.db' }],
    ['/tmp/newsbrief.db', { kind: 'sqlite', path: '/tmp/newsbrief.db' }],
    ['postgresql://u@h/db', { kind: 'postgres', url: 'postgresql://u@h/db' }],
    ['mysql://u@h/db', null],
  ])('reads DATABASE_URL %s', (value, expected) => {
    expect(parseDatabaseUrl(value)).toEqual(expected);
  });

  it('names each bad variable with what to set, all at once', () => {
    const error = configError({
      PORT: 'eighty',
      LOG_LEVEL: 'loud',
      DATABASE_URL: 'mysql://u@h/db',
      DISCORD_API_URL: 'ftp://example.com',
    });
    expect(error.issues.map((i) => i.variable).sort()).toEqual([
      'DATABASE_URL',
      'DISCORD_API_URL',
      'LOG_LEVEL',
      'PORT',
    ]);
    expect(error.message).toMatch(/PORT: use a whole number from 0 to 65535/);
    expect(error.message).toMatch(/LOG_LEVEL: use one of fatal, error, warn, info, debug, trace, silent/);
    expect(error.message).toMatch(/DATABASE_URL: .*postgres:\/\//);
  });

  it('rejects a port out of range', () => {
    expect(configError({ PORT: '70000' }).issues).toEqual([
      { variable: 'PORT', message: expect.any(String) },
    ]);
  });

  it('asks for the other half of a credential pair', () => {
    expect(configError({ DISCORD_TOKEN: 'abc' }).issues.map((i) => i.variable)).toEqual([
      'DISCORD_APPLICATION_ID',
    ]);
    expect(configError({ DISCORD_APPLICATION_ID: '1' }).issues.map((i) => i.variable)).toEqual([
      'DISCORD_TOKEN',
    ]);
    expect(configError({ SLACK_SIGNING_SECRET: 's' }).issues.map((i) => i.variable)).toEqual([
      'SLACK_BOT_TOKEN',
    ]);
    expect(configError({ SLACK_BOT_TOKEN: 'xoxb-1' }).message).toMatch(
      /SLACK_SIGNING_SECRET.*SLACK_APP_TOKEN/,
    );
  });

  it('never echoes a value, secret or not', () => {
    const secrets = {
      SLACK_BOT_TOKEN: 'not-a-bot-token-s3cr3t-1',
      SLACK_APP_TOKEN: 's3cr3t-app-2',
      DISCORD_TOKEN: 'd1sc0rd-s3cr3t-3',
      DISCORD_APPLICATION_ID: 'MTA-s3cr3t-4',
      DATABASE_URL: 'mysql://user:pa55w0rd-5@host/db',
      DISCORD_API_URL: 'ftp://s3cr3t-6.example',
    };
    const error = configError(secrets);
    expect(error.issues.map((i) => i.variable).sort()).toEqual(
      Object.keys(secrets)
        .filter((name) => name !== 'DISCORD_TOKEN')
        .sort(),
    );
    for (const value of Object.values(secrets)) {
      expect(error.message).not.toContain(value);
      expect(JSON.stringify(error.issues)).not.toContain(value);
    }
    expect(error.message).not.toMatch(/s3cr3t|pa55w0rd/);
  });
});

describe('ANSWER_MIN_CONFIDENCE', () => {
  it.each([
    ['0', 0],
    ['1', 1],
    ['0.65', 0.65],
    [' .5 ', 0.5],
    ['1.0', 1],
  ])('reads %j as %d', (value, expected) => {
    expect(loadConfig({ ANSWER_MIN_CONFIDENCE: value }).answerMinConfidence).toBe(expected);
  });

  it("defaults to the engine's own threshold", () => {
    expect(loadConfig({}).answerMinConfidence).toBe(DEFAULT_THRESHOLD);
    expect(loadConfig({ ANSWER_MIN_CONFIDENCE: '' }).answerMinConfidence).toBe(DEFAULT_THRESHOLD);
  });

  it.each([
    ['out of range', '1.5'],
    ['out of range', '-0.1'],
    ['out of range', '250'],
    ['not a number', 'high'],
    ['not a number', '70%'],
    ['not a number', '0x1'],
    ['not a number', 'NaN'],
    ['not a number', '1e-1'],
  ])('refuses a value %s (%j), saying what to set and not repeating it', (_why, value) => {
    const error = configError({ ANSWER_MIN_CONFIDENCE: value });
    expect(error.issues).toHaveLength(1);
    const [issue] = error.issues;
    expect(issue?.variable).toBe('ANSWER_MIN_CONFIDENCE');
    expect(issue?.message).toMatch(/use a number from 0 to 1, e\.g\. 0\.6, or leave it unset/);
    expect(error.message).toContain('ANSWER_MIN_CONFIDENCE: use a number from 0 to 1');
    expect(issue?.message).not.toContain(value);
  });
});

describe('loadCliConfig', () => {
  it('reads BRIEFS_DIR and ignores credentials, even broken ones', () => {
    expect(loadCliConfig({ BRIEFS_DIR: 'x', PORT: 'no', SLACK_BOT_TOKEN: 'bad' })).toEqual({
      briefsDir: 'x',
      answerMinConfidence: { ok: true, value: DEFAULT_THRESHOLD },
      feeds: { ok: true, value: { allowHosts: [], contact: null, pollMinutes: 10 } },
    });
    expect(loadCliConfig({ BRIEFS_DIR: '' }).briefsDir).toBe('./briefs');
  });

  it('reads ANSWER_MIN_CONFIDENCE, keeping a bad one as an issue for `ask` to report', () => {
    expect(loadCliConfig({ ANSWER_MIN_CONFIDENCE: '0.9' }).answerMinConfidence).toEqual({
      ok: true,
      value: 0.9,
    });
    const bad = loadCliConfig({ ANSWER_MIN_CONFIDENCE: 'sure' }).answerMinConfidence;
    expect(bad).toMatchObject({ ok: false, issue: { variable: 'ANSWER_MIN_CONFIDENCE' } });
    expect(JSON.stringify(bad)).not.toContain('sure');
  });
});

describe('readEnvironment', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('reads a .env file without loading it, and the environment wins', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'newsbrief-env-')), '.env');
    await writeFile(file, 'BRIEFS_DIR=from-file\nLOG_LEVEL=debug\n');
    vi.stubEnv('BRIEFS_DIR', undefined);
    vi.stubEnv('LOG_LEVEL', 'warn');
    const config = loadConfig(readEnvironment(file));
    expect(config.briefsDir).toBe('from-file');
    expect(config.logLevel).toBe('warn');
    expect(process.env.BRIEFS_DIR).toBeUndefined();
  });

  it('needs no .env file', () => {
    expect(() => readEnvironment('/nonexistent/.env')).not.toThrow();
  });
});

describe('createLogger', () => {
  it('redacts tokens and secrets wherever they sit', () => {
    let written = '';
    const sink = new Writable({
      write(chunk, _encoding, done) {
        written += String(chunk);
        done();
      },
    });
    const logger = createLogger('info', sink);
    logger.info(
      {
        token: 'tok-1',
        config: {
          discord: { token: 'tok-2' },
          slack: { botToken: 'tok-3', signingSecret: 'tok-4', appToken: 'tok-5' },
          database: { kind: 'postgres', url: 'postgres://u:tok-6@h/db' },
        },
        req: { headers: { authorization: 'Bearer tok-7' } },
        DISCORD_TOKEN: 'tok-8',
        kept: 'visible',
      },
      'wired',
    );
    logger.debug({ token: 'tok-9' }, 'below the level');
    expect(written).toContain('visible');
    expect(written).toContain('[redacted]');
    expect(written).not.toMatch(/tok-\d/);
  });
});
