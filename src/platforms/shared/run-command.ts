import type { Logger } from 'pino';
import type { CommandContext, CommandDefinition, CommandInput } from '../../core/commands/index.js';
import { errorReply, type Reply } from '../../core/reply.js';

/**
 * Runs one chat command for an adapter. A command that throws is our fault, not the person's: it is
 * logged, and the reply says so and what to do, so one bad request never goes unanswered.
 */
export async function runCommandSafely(
  command: CommandDefinition,
  input: CommandInput,
  context: CommandContext,
  logger: Logger,
): Promise<Reply> {
  try {
    return await command.run(input, context);
  } catch (err) {
    logger.error({ err, command: command.name }, 'command failed');
    return errorReply(
      `/${command.name} failed on our side.`,
      'Try again in a moment; if it keeps failing, tell the bot admin.',
    );
  }
}
