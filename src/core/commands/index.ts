import { askCommand } from './ask-command.js';
import { briefCommand } from './brief-command.js';
import { briefsCommand } from './briefs-command.js';
import type { CommandDefinition } from './command.js';
import { digestCommand } from './digest-command.js';
import { feedCommand } from './feed-command.js';
import { createHelpCommand } from './help-command.js';

export type {
  CommandContext,
  CommandDefinition,
  CommandInput,
  CommandOption,
  DigestContext,
  FeedsContext,
} from './command.js';
export { type ChannelManagers, ownChannel } from './digest/channel-managers.js';
export type { DigestSchedule } from './digest/digest-schedule.js';
export { askCommand, briefCommand, briefsCommand, digestCommand, feedCommand };

export const helpCommand = createHelpCommand(() => commands);

/** Every chat command, in the order help lists them. Adapters register exactly these. */
export const commands: readonly CommandDefinition[] = [
  briefCommand,
  askCommand,
  briefsCommand,
  digestCommand,
  feedCommand,
  helpCommand,
];

/** The command with this name ("brief", "/brief" or "BRIEF"), if there is one. */
export function findCommand(
  name: string,
  list: readonly CommandDefinition[] = commands,
): CommandDefinition | undefined {
  const wanted = name.trim().replace(/^\//, '').toLowerCase();
  return list.find((c) => c.name === wanted);
}
