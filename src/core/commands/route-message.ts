import { noticeBlock } from '../replies/blocks.js';
import { errorReply, type Reply } from '../reply.js';
import { type CommandContext, type CommandDefinition, commands, findCommand } from './index.js';

/**
 * A chat message's text as a command: "/brief seed" runs /brief with "seed"; a message that is only a
 * command's name ("help", "briefs") runs that command, with a word that the slash form works too;
 * anything else is a question for /ask. Null for a blank message. Shared by the console and by mentions
 * and direct messages, where a person may type a command after the bot's name.
 */
export async function routeMessage(
  text: string,
  context: CommandContext,
  list: readonly CommandDefinition[] = commands,
): Promise<Reply | null> {
  const trimmed = text.trim();
  if (!trimmed) return null;
  const word = commandWord(trimmed, list);
  if (word) return withSlashHint(await word.run({ text: '' }, context), word.name);
  if (!trimmed.startsWith('/')) return runNamed('ask', trimmed, list, context);
  const { name, rest } = splitCommand(trimmed);
  const command = findCommand(name, list);
  if (!command) return errorReply(`Unknown command /${name}.`, 'Type /help to see the commands.');
  return command.run({ text: rest }, context);
}

/**
 * The command a message names by its bare name ("help", "Briefs", "brief."): people new to a chat bot type
 * the word they see in the help, and "help" asked as a question gets an answer about some article.
 */
export function commandWord(text: string, list: readonly CommandDefinition[] = commands) {
  const word = /^([a-z]+)[.!?]?$/i.exec(text.trim())?.[1]?.toLowerCase();
  return word ? findCommand(word, list) : undefined;
}

/** The reply, and a last line saying the slash form works too (not in the footer: a briefing's is its source). */
function withSlashHint(reply: Reply, name: string): Reply {
  return { ...reply, blocks: [...reply.blocks, noticeBlock(`Tip: /${name} works too.`)] };
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
