/**
 * `npm run deploy:discord`: registers the bot's slash commands with Discord — in one server when
 * DISCORD_GUILD_ID is set (they appear at once; good for trying the bot), otherwise globally (every server
 * the bot is in; Discord may take a while to show changes). Run it again after adding or changing a command.
 * `--clear` removes the commands from that scope instead.
 */
import { REST, Routes } from 'discord.js';
import { loadConfigOrExplain } from '../src/config.js';
import { discordCommandJson } from '../src/platforms/discord/discord-commands.js';
import { discordErrorCode } from '../src/platforms/discord/discord-errors.js';
import { inviteUrl } from '../src/platforms/discord/discord-invite.js';

async function deploy(): Promise<number> {
  const config = loadConfigOrExplain();
  if (!config) return 1;
  const discord = config.discord;
  if (!discord) {
    process.stderr.write(
      'Set DISCORD_TOKEN and DISCORD_APPLICATION_ID (see README → Discord) to register the commands.\n',
    );
    return 1;
  }
  const rest = new REST(discord.apiUrl ? { api: discord.apiUrl } : {}).setToken(discord.token);
  // --clear registers nothing, removing this scope's commands (e.g. a test server's copy of global ones).
  const clear = process.argv.includes('--clear');
  const body = clear ? [] : discordCommandJson();
  const route = discord.guildId
    ? Routes.applicationGuildCommands(discord.applicationId, discord.guildId)
    : Routes.applicationCommands(discord.applicationId);
  try {
    await rest.put(route, { body });
  } catch (error) {
    const code = discordErrorCode(error);
    const why =
      code === 'http_401' || code === '0' ? 'Discord rejected DISCORD_TOKEN' : `Discord refused (${code})`;
    process.stderr.write(`Could not register the commands: ${why}. ${(error as Error).message}\n`);
    return 1;
  }
  const where = discord.guildId
    ? `server ${discord.guildId} (available now)`
    : 'every server (global; may take a while to appear)';
  if (clear) {
    process.stdout.write(`Removed the commands from ${where.replace(/ \(.*\)$/, '')}.\n`);
    return 0;
  }
  process.stdout.write(`Registered ${body.map((c) => `/${c.name}`).join(', ')} in ${where}.\n`);
  process.stdout.write(`Invite the bot with: ${inviteUrl(discord.applicationId)}\n`);
  return 0;
}

deploy().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`Could not register the commands: ${(error as Error).message}\n`);
    process.exitCode = 1;
  },
);
