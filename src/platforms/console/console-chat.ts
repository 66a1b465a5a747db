import { clearLine, createInterface, cursorTo } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { type CommandContext, type CommandDefinition, commands } from '../../core/commands/index.js';
import { routeMessage, splitCommand } from '../../core/commands/route-message.js';
import { librarySize } from '../../core/library/memory-library.js';
import { bulletsBlock } from '../../core/replies/blocks.js';
import { errorReply, type Reply } from '../../core/reply.js';
import { type AnswerMetrics, observeReply } from '../shared/observe-reply.js';
import { renderConsole } from './console-render.js';

export interface ConsoleChatOptions {
  input: Readable;
  output: Writable;
  context: CommandContext;
  /** Default: the core command list. */
  commands?: readonly CommandDefinition[];
  /** Prompt, welcome line and colours. Default: only when both streams are terminals. */
  interactive?: boolean;
  /** Told about a line whose handler failed; the chat itself carries on. */
  onError?: (error: unknown, line: string) => void;
  /** The bot's terminal log lines: while the prompt shows, the chat writes them above it. */
  terminal?: { showAbove(write: ((text: string) => void) | null): void };
  /** Where answers and abstentions are counted and timed (GET /metrics); unset, they are not. */
  metrics?: AnswerMetrics;
}

const CONSOLE_HELP = bulletsBlock(
  ['Type a question without a slash to ask it, as with /ask', '/quit — leave (Ctrl+D works too)'],
  'In this console',
);

/**
 * A chat on two streams: "/brief [id]", "/ask …", "/briefs", "/help", "/quit", and a plain line is a
 * question. Resolves when the input ends or on /quit. A failing line is reported and the chat goes on.
 */
export async function runConsoleChat(options: ConsoleChatOptions): Promise<void> {
  const { input, output, context } = options;
  const list = options.commands ?? commands;
  const interactive = options.interactive ?? Boolean(isTTY(input) && isTTY(output));
  const rl = interactive
    ? createInterface({ input, output, terminal: true, prompt: '> ' })
    : createInterface({ input, terminal: false, crlfDelay: Number.POSITIVE_INFINITY });
  rl.on('SIGINT', () => rl.close());
  let written = 0;
  const write = (reply: Reply) => {
    const text = renderConsole(reply, { color: interactive });
    output.write(`${written++ > 0 && !interactive ? '\n' : ''}${text}\n${interactive ? '\n' : ''}`);
  };
  if (interactive) {
    // A log line clears the prompt line, takes its place, and the prompt (with what was typed) follows it.
    options.terminal?.showAbove((text) => {
      clearLine(output, 0);
      cursorTo(output, 0);
      output.write(text);
      rl.prompt(true);
    });
    const count = librarySize(context.briefs);
    output.write(
      `newsbrief: ${count} brief${count === 1 ? '' : 's'} loaded. Type /help, or ask a question.\n`,
    );
    rl.prompt();
  }
  try {
    for await (const line of rl) {
      let reply: Reply | 'quit' | null;
      const started = performance.now();
      try {
        reply = await replyTo(line, list, context);
      } catch (error) {
        options.onError?.(error, line);
        reply = errorReply('Something went wrong with that line.', 'The chat goes on; try another one.');
      }
      if (reply === 'quit') break;
      if (reply) {
        observeReply(options.metrics, 'console', reply, started);
        write(reply);
      }
      if (interactive) rl.prompt();
    }
  } finally {
    options.terminal?.showAbove(null);
    rl.close();
  }
}

/** Routes one line: /quit ends the chat, /help adds the console's own lines, the rest is routeMessage. */
export async function replyTo(
  line: string,
  list: readonly CommandDefinition[],
  context: CommandContext,
): Promise<Reply | 'quit' | null> {
  const text = line.trim();
  // "/quit", or "quit" alone, as the chat's other command words are ("quit smoking?" is a question).
  const name = text.startsWith('/') ? splitCommand(text).name : text.toLowerCase().replace(/[.!]$/, '');
  if (name === 'quit' || name === 'exit') return 'quit';
  const reply = await routeMessage(text, context, list);
  return reply?.kind === 'help' ? { ...reply, blocks: [...reply.blocks, CONSOLE_HELP] } : reply;
}

function isTTY(stream: Readable | Writable): boolean {
  return 'isTTY' in stream && stream.isTTY === true;
}
