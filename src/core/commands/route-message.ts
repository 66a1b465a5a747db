import { errorReply, type Reply } from '../reply.js';
import { type CommandContext, type CommandDefinition, commands, findCommand } from './index.js';

/**
 * A chat message's text as a command: "/brief seed" runs /brief with "seed", anything else is a question
 * for /ask. Null for a blank message. Shared by the console and by mentions and direct messages, where
 * a person may type a command after the bot's name.
 */
export async function routeMessage(
  text: string,
  context: CommandContext,
  list: readonly CommandDefinition[] = commands,
): Promise<Reply | null> {
  const trimmed = text.trim();
  if (!trimmed) return null;
  if (!trimmed.startsWith('/')) return runNamed('ask', trimmed, list, context);
  const { name, rest } = splitCommand(trimmed);
  const command = findCommand(name, list);
  if (!command) return errorReply(`Unknown command /${name}.`, 'Type /help to see the commands.');
  return command.run({ text: rest }, context);
}

/** "/brief seed words" → { name: "brief", rest: "seed words" }. */
export function splitCommand(text: string): { name: string; rest: string } {
  const [, name = '', rest = ''] = /^\/(\S*)\s*([\s\S]*)$/.exec(text.trim()) ?? [];
  return { name: name.toLowerCase(), rest };
}

function runNamed(
  name: string,
  text: string,
  list: readonly CommandDefinition[],
  context: CommandContext,
): Promise<Reply> | Reply {
  const command = findCommand(name, list);
  if (!command) return errorReply('Questions are not available here.', 'Type /help to see the commands.');
  return command.run({ text }, context);
}
