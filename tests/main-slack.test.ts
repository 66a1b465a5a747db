import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeSlack } from './fakes/fake-slack.js';
import { FIXTURE_DIR } from './fixtures/fixture-briefs.js';
import { runScript, startScript } from './fixtures/run-process.js';
import { BOT_TOKEN, FORM, SIGNING_SECRET, sendSigned, slashBody } from './platforms/slack/slack-harness.js';

/** `npm start` with Slack credentials: the whole process, against a fake Slack on 127.0.0.1. */
describe('the bot with Slack credentials', () => {
  let fake: FakeSlack;
  let dir: string;
  beforeAll(async () => {
    fake = await new FakeSlack(BOT_TOKEN).start();
    dir = await mkdtemp(join(tmpdir(), 'newsbrief-slack-'));
  });
  afterAll(async () => {
    await fake.stop();
    await rm(dir, { recursive: true });
  });

  const env = () => ({
    BRIEFS_DIR: FIXTURE_DIR,
    DATABASE_URL: join(dir, 'newsbrief.db'),
    LOG_LEVEL: 'info',
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: fake.apiUrl,
    PORT: '0',
  });

  it('serves Slack until SIGTERM, then stops cleanly; its log holds no secret', async () => {
    const bot = startScript('src/main.ts', env());
    const [, port] = await bot.waitForLog(/"port":(\d+)/);
    const responseUrl = fake.responseUrl();
    const res = await sendSigned(
      `http://127.0.0.1:${port}/slack/events`,
      slashBody('/ask', 'How much did the repairs cost?', responseUrl),
      FORM,
    );
    expect(res.status).toBe(200);
    const id = responseUrl.split('/').pop();
    const reply = await fake.waitFor(() => fake.responses.find((r) => r.id === id));
    expect(String(reply.body.text)).toContain('40 million dollars');
    expect(await bot.stop()).toBe(0);
    const log = bot.stderr();
    expect(log).toContain('digests on');
    expect(log).not.toContain(BOT_TOKEN);
    expect(log).not.toContain(SIGNING_SECRET);
  });

  it('exits non-zero with what to fix when Slack rejects the token', async () => {
    const wrong = 'xoxb-0000-not-the-right-token';
    const result = await runScript('src/main.ts', [], { env: { ...env(), SLACK_BOT_TOKEN: wrong } });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/SLACK_BOT_TOKEN \(invalid_auth\)/);
    expect(result.stderr).not.toContain(wrong);
  });
});
