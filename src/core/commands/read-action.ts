import { type CommandInput, CommandInputSchema, quoteInput } from './command.js';

export type ActionRead<A extends string> =
  | { ok: true; action: A; words: string[]; options: Record<string, string> }
  | { ok: false; problem: string; hint: string };

/**
 * The action of a command with several ("/digest subscribe …", "/feed add …"): the named `action` option
 * (Discord), else the first word of the text (Slack, the console). A platform may pass it both ways
 * ("subscribe time 07:30" plus { action: 'subscribe' }), so a repeated first word is dropped. The rest of
 * the words and the named options are given back for the command to read.
 */
export function readAction<A extends string>(
  input: CommandInput,
  actions: readonly A[],
  /** "digest" and "the digest": for "Unknown digest action" and "Say what to do with the digest". */
  names: { command: string; subject: string },
  hint: string,
): ActionRead<A> {
  const parsed = CommandInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, problem: 'The command input is malformed.', hint };
  const { text, options } = parsed.data;
  const words = text.trim().split(/\s+/).filter(Boolean);
  const named = options.action?.trim().toLowerCase();
  if (named && words[0]?.toLowerCase() === named) words.shift();
  const first = named || words.shift()?.toLowerCase() || '';
  if (!first) return { ok: false, problem: `Say what to do with ${names.subject}.`, hint };
  const action = actions.find((a) => a === first);
  if (!action) return { ok: false, problem: `Unknown ${names.command} action ${quoteInput(first)}.`, hint };
  return { ok: true, action, words, options };
}
