import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord } from './fakes/fake-discord.js';
import { FIXTURE_DIR } from './fixtures/fixture-briefs.js';
import { runScript, startScript } from './fixtures/run-process.js';
import { APPLICATION_ID, commandData, DISCORD_TOKEN } from './platforms/discord/discord-harness.js';

/** `npm start` with Discord credentials: the whole process, against a fake Discord on 127.0.0.1. */
describe('the bot with Discord credentials', () => {
  let fake: FakeDiscord;
  let dir: string;
  beforeAll(async () => {
    fake = await new FakeDiscord({ token: DISCORD_TOKEN, applicationId: APPLICATION_ID }).start();
    dir = await mkdtemp(join(tmpdir(), 'newsbrief-discord-'));
  });
  afterAll(async () => {
    await fake.stop();
    await rm(dir, { recursive: true });
  });

  const env = () => ({
    BRIEFS_DIR: FIXTURE_DIR,
    DATABASE_URL: join(dir, 'newsbrief.db'),
    LOG_LEVEL: 'info',
    DISCORD_TOKEN,
    DISCORD_APPLICATION_ID: APPLICATION_ID,
    DISCORD_API_URL: fake.apiUrl,
  });

  it('answers a slash command, logs its invite link, and stops cleanly on SIGTERM', async () => {
    const bot = startScript('src/main.ts', env());
    await bot.waitForLog(/digests on/);
    expect(bot.stderr()).toContain('Discord bot running');
    expect(bot.stderr()).toContain(`oauth2/authorize?client_id=${APPLICATION_ID}`);
    const { id } = fake.sendInteraction({
      type: 2,
      data: commandData('ask', { question: 'How much did the repairs cost?' }),
    });
    const callback = await fake.waitFor(() => fake.interactionReplies.find((r) => r.interactionId === id));
    expect(JSON.stringify(callback.data)).toContain('40 million dollars');
    expect(await bot.stop()).toBe(0);
    expect(bot.stderr()).not.toContain(DISCORD_TOKEN);
  });

  it('stops with exit code 1, saying why, when Discord closes the connection for good', async () => {
    const bot = startScript('src/main.ts', env());
    await bot.waitForLog(/digests on/);
    fake.closeGateway(4004);
    const code = await bot.exited();
    expect(code).toBe(1);
    expect(bot.stderr()).toMatch(/Discord closed the gateway connection/);
  });

  it('exits non-zero with what to fix when Discord rejects the token', async () => {
    const wrong = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.Gwrong.not-the-right-token-at-all-xxxxxxxx';
    const result = await runScript('src/main.ts', [], { env: { ...env(), DISCORD_TOKEN: wrong } });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Discord rejected DISCORD_TOKEN/);
    expect(result.stderr).not.toContain(wrong);
  });
});
