import { type ChatInputCommandInteraction, type Interaction, MessageFlags } from 'discord.js';
import { findCommand } from '../../core/commands/index.js';
import { errorReply, type Reply } from '../../core/reply.js';
import { observeReply } from '../shared/observe-reply.js';
import { runCommandSafely } from '../shared/run-command.js';
import { opmlAttachmentUrls } from './discord-attachments.js';
import { answerAutocomplete } from './discord-autocomplete.js';
import { commandContext, type DiscordDeps, type DiscordPlace } from './discord-deps.js';
import { discordErrorCode } from './discord-errors.js';
import { FEEDBACK_PREFIX, feedbackRow, handleFeedbackClick } from './discord-feedback.js';
import { interactionManagers } from './discord-managers.js';
import { HANDLED_FOR_MS } from './discord-mentions.js';
import { discordMessages } from './discord-messages.js';

/** Commands that touch the database: deferred first, so a slow store never runs past Discord's 3 s. */
const DEFERRED = new Set(['digest', 'feed']);

/**
 * Answers slash commands and their autocomplete. Fast commands reply at once; /digest defers (privately,
 * since all its replies are for the person who typed it) and then edits in its reply. A reply too long for
 * one message continues in follow-ups. Answers carry 👍/👎 buttons, whose clicks are handled here too.
 */
export async function handleInteraction(interaction: Interaction, deps: DiscordDeps): Promise<void> {
  if (interaction.isAutocomplete()) {
    await answerAutocomplete(interaction, deps);
    return;
  }
  // Every replica receives the interaction and only one may answer it: the first to see it. Autocomplete is
  // not claimed (a store write per keystroke); a replica that loses that race is refused by Discord.
  if (!(await deps.memory.firstSight(`discord-interaction:${interaction.id}`, HANDLED_FOR_MS))) return;
  if (interaction.isButton() && interaction.customId.startsWith(FEEDBACK_PREFIX)) {
    await handleFeedbackClick(interaction, deps);
    return;
  }
  if (!interaction.isChatInputCommand()) return;
  const command = findCommand(interaction.commandName);
  const place: DiscordPlace = {
    guild: interaction.guildId ?? 'dm',
    channel: interaction.channelId,
    user: interaction.user.id,
    managers: interactionManagers(interaction),
  };
  const deferred = command !== undefined && DEFERRED.has(command.name);
  if (deferred) await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const input = await commandInput(interaction);
  const started = performance.now();
  const reply = !command
    ? errorReply(`Unknown command /${interaction.commandName}.`, 'Type /help to see the commands.')
    : 'error' in input
      ? errorReply(input.error, 'Attach an OPML file exported from a feed reader.')
      : await runCommandSafely(command, input, commandContext(deps, place), deps.logger);
  observeReply(deps.metrics, 'discord', reply, started);
  const question = command?.name === 'ask' ? (interaction.options.getString('question') ?? '') : '';
  await send(interaction, reply, deferred, feedbackRow(reply, question, deps));
}

/**
 * The command's input: its options by name, and for /digest the subcommand as the action. An attached
 * OPML file (/feed import) is read here and handed over as the feed URLs it lists.
 */
async function commandInput(
  interaction: ChatInputCommandInteraction,
): Promise<{ text: string; options: Record<string, string> } | { error: string }> {
  const options: Record<string, string> = {};
  const subcommand = interaction.options.getSubcommand(false);
  if (subcommand) options.action = subcommand;
  const values = subcommand ? (interaction.options.data[0]?.options ?? []) : interaction.options.data;
  for (const option of values) {
    if (option.attachment) {
      const read = await opmlAttachmentUrls(option.attachment);
      if ('error' in read) return read;
      options.urls = read.urls;
    } else if (option.value !== undefined && option.value !== null)
      options[option.name] = String(option.value);
  }
  return { text: '', options };
}

async function send(
  interaction: ChatInputCommandInteraction,
  reply: Reply,
  deferred: boolean,
  buttons: ReturnType<typeof feedbackRow>,
): Promise<void> {
  const [first, ...rest] = discordMessages(reply, buttons);
  if (!first) return;
  const flags = reply.private ? { flags: MessageFlags.Ephemeral as const } : {};
  if (deferred) await interaction.editReply(first);
  else await interaction.reply({ ...first, ...flags });
  for (const more of rest) await interaction.followUp({ ...more, ...flags });
}

/**
 * An interaction that could not be answered (an expired token, Discord down): logged with Discord's code
 * (and only at debug for a superseded autocomplete, which is routine), and a deferred one is told, so the
 * person is not left watching "thinking…".
 */
export async function interactionFailed(
  deps: DiscordDeps,
  interaction: Interaction,
  error: unknown,
): Promise<void> {
  const code = discordErrorCode(error);
  const level = interaction.isAutocomplete() ? 'debug' : 'error';
  deps.logger[level]({ code, interaction: interaction.id, err: error }, 'Discord interaction failed');
  if (!interaction.isRepliable() || !interaction.deferred || interaction.replied) return;
  try {
    await interaction.editReply({
      content: 'Something went wrong on our side; try again in a moment.',
      embeds: [],
      allowedMentions: { parse: [] },
    });
  } catch {
    // The interaction itself is gone; the log line above is all that can be done.
  }
}
