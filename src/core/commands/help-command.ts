import { bulletsBlock } from '../replies/blocks.js';
import type { Reply } from '../reply.js';
import type { CommandDefinition } from './command.js';

/** /help: every command with how to type it. Built over a list so that new commands appear by themselves. */
export function createHelpCommand(list: () => readonly CommandDefinition[]) {
  return {
    name: 'help',
    description: 'Show the commands and how to type them',
    usage: '/help',
    options: [],
    run(): Reply {
      return helpReply(list());
    },
  } satisfies CommandDefinition;
}

export function helpReply(commands: readonly CommandDefinition[]): Reply {
  return {
    kind: 'help',
    title: 'newsbrief commands',
    blocks: [bulletsBlock(commands.map((c) => `${c.usage} — ${c.description}`))],
    footer: 'Answers always cite the sentence they come from.',
  };
}
