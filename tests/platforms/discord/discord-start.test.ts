import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiscordStartError } from '../../../src/platforms/discord/discord-bot.js';
import { FakeDiscord } from '../../fakes/fake-discord.js';
import { runScript } from '../../fixtures/run-process.js';
import { twoCityBriefs } from '../slack/slack-library.js';
import { APPLICATION_ID, DISCORD_TOKEN, startDiscordHarness } from './discord-harness.js';

describe('Discord bot start', () => {
  it('logs in, and logs its invite link with the scopes and the least permissions it needs', async () => {
    const h = await startDiscordHarness(twoCityBriefs());
    try {
      const url = new URL(h.bot.inviteUrl);
      expect(url.searchParams.get('client_id')).toBe(APPLICATION_ID);
      expect(url.searchParams.get('scope')).toBe('bot applications.commands');
      // View Channel, Send Messages, Send Messages in Threads, Embed Links, Read Message History.
      expect(BigInt(url.searchParams.get('permissions') ?? '0')).toBe(
        1024n + 2048n + 274877906944n + 16384n + 65536n,
      );
      expect(h.logs.join('')).toContain(`discord.com/oauth2/authorize?client_id=${APPLICATION_ID}`);
      expect(h.fake.identifies).toBe(1);
      expect(h.logs.join('')).not.toContain(DISCORD_TOKEN);
    } finally {
      await h.stop();
    }
  });

  it('refuses to start with a token Discord rejects, saying which variable to fix and never the token', async () => {
    const wrong = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.Gwrong.wrong-token-wrong-token-wrong-token-xx';
    const started = startDiscordHarness(twoCityBriefs(), { token: wrong });
    await expect(started).rejects.toThrow(DiscordStartError);
    await expect(started).rejects.toThrow(/DISCORD_TOKEN/);
    await started.catch((error: Error) => expect(error.message).not.toContain(wrong));
  });
});

describe('npm run deploy:discord', () => {
  let fake: FakeDiscord;
  beforeAll(async () => {
    fake = await new FakeDiscord({ token: DISCORD_TOKEN, applicationId: APPLICATION_ID }).start();
  });
  afterAll(() => fake.stop());
  const env = (extra: Record<string, string> = {}) => ({
    DISCORD_TOKEN,
    DISCORD_APPLICATION_ID: APPLICATION_ID,
    DISCORD_API_URL: fake.apiUrl,
    ...extra,
  });

  it('registers every command in the server named by DISCORD_GUILD_ID, /digest needing Manage Channels', async () => {
    const result = await runScript('scripts/deploy-discord.ts', [], {
      env: env({ DISCORD_GUILD_ID: '100000000000000001' }),
    });
    expect(result.code, result.stderr).toBe(0);
    const registered = fake.registeredCommands.get('100000000000000001') as {
      name: string;
      default_member_permissions?: string;
    }[];
    expect(registered.map((c) => c.name)).toEqual(['brief', 'ask', 'briefs', 'digest', 'feed', 'help']);
    expect(registered.find((c) => c.name === 'digest')?.default_member_permissions).toBe('16');
    expect(result.stdout).toMatch(/Registered \/brief, \/ask/);
    const cleared = await runScript('scripts/deploy-discord.ts', ['--clear'], {
      env: env({ DISCORD_GUILD_ID: '100000000000000001' }),
    });
    expect(cleared.code).toBe(0);
    expect(fake.registeredCommands.get('100000000000000001')).toEqual([]);
  });

  it('registers globally without DISCORD_GUILD_ID, and fails clearly with a wrong token', async () => {
    expect((await runScript('scripts/deploy-discord.ts', [], { env: env() })).code).toBe(0);
    expect(fake.registeredCommands.get('global')).toHaveLength(6);
    const wrong = await runScript('scripts/deploy-discord.ts', [], {
      env: env({ DISCORD_TOKEN: 'bad.token.value' }),
    });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/rejected DISCORD_TOKEN/);
    expect(wrong.stderr).not.toContain('bad.token.value');
  });
});
