import {
  type APIApplicationCommandAttachmentOption,
  type APIApplicationCommandStringOption,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody as CommandJson,
  InteractionContextType,
  PermissionFlagsBits,
} from 'discord.js';
import { DIGEST_ACTIONS } from '../../core/commands/digest/digest-options.js';
import { type CommandDefinition, type CommandOption, commands } from '../../core/commands/index.js';
import { clipTo100 } from './discord-text.js';

/**
 * The slash commands as Discord registers them, built from the core's command list so the two cannot
 * drift. Options named `brief` autocomplete brief titles and `timezone` autocompletes IANA zones; /digest
 * has one subcommand per action and needs Manage Channels by default (server admins can change that in
 * Server Settings → Integrations).
 */

/** Options whose values Discord asks the bot to suggest while the person types. */
export const AUTOCOMPLETED_OPTIONS = new Set(['brief', 'timezone']);

const DIGEST_ACTION_DESCRIPTIONS: Record<(typeof DIGEST_ACTIONS)[number], string> = {
  subscribe: "Post this channel's daily digest (or change its time, zone or topics)",
  unsubscribe: "Stop this channel's digest",
  list: 'The digests of this server',
  preview: 'What the digest would post now (only you see it)',
  status: "This channel's digest: next run, last delivery, why it is paused",
};

/** A file the person attaches (an OPML file for /feed import); the interaction handler reads it. */
function commandOption(
  option: CommandOption,
): APIApplicationCommandStringOption | APIApplicationCommandAttachmentOption {
  if (option.type !== 'attachment') return stringOption(option);
  return {
    type: ApplicationCommandOptionType.Attachment,
    name: option.name,
    description: clipTo100(option.description),
    required: option.required,
  };
}

function stringOption(option: CommandOption): APIApplicationCommandStringOption {
  const base = {
    type: ApplicationCommandOptionType.String as const,
    name: option.name,
    description: clipTo100(option.description),
    required: option.required,
  };
  if (AUTOCOMPLETED_OPTIONS.has(option.name)) return { ...base, autocomplete: true };
  if (option.name === 'empty') {
    return {
      ...base,
      choices: [
        { name: 'post "no new stories"', value: 'post' },
        { name: 'skip the day', value: 'skip' },
      ],
    };
  }
  return base;
}

function digestJson(command: CommandDefinition): CommandJson {
  const settings = command.options.filter((o) => o.name !== 'action');
  return {
    type: ApplicationCommandType.ChatInput,
    name: command.name,
    description: clipTo100(command.description),
    default_member_permissions: String(PermissionFlagsBits.ManageChannels),
    contexts: [InteractionContextType.Guild],
    options: DIGEST_ACTIONS.map((action) => ({
      type: ApplicationCommandOptionType.Subcommand as const,
      name: action,
      description: DIGEST_ACTION_DESCRIPTIONS[action],
      options: action === 'subscribe' ? settings.map(stringOption) : [],
    })),
  };
}

export function discordCommandJson(list: readonly CommandDefinition[] = commands): CommandJson[] {
  return list.map((command) =>
    command.name === 'digest'
      ? digestJson(command)
      : {
          type: ApplicationCommandType.ChatInput,
          name: command.name,
          description: clipTo100(command.description),
          contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
          // Required options first: Discord rejects a required option after an optional one.
          options: [...command.options]
            .sort((a, b) => Number(b.required) - Number(a.required))
            .map(commandOption),
        },
  );
}
