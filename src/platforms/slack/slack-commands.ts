import type { App, RespondArguments } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { type CommandDefinition, commands } from '../../core/commands/index.js';
import { bulletsBlock } from '../../core/replies/blocks.js';
import type { Reply } from '../../core/reply.js';
import { observeReply } from '../shared/observe-reply.js';
import { runCommandSafely } from '../shared/run-command.js';
import { deliver, slackMessage } from './slack-deliver.js';
import { commandContext, type SlackDeps, type SlackPlace } from './slack-deps.js';
import { slackToPlain } from './slack-text.js';

/** What /help adds in Slack: the ways to talk to the bot that are not slash commands. */
export const SLACK_HELP = bulletsBlock(
  [
    'Mention @newsbrief with a question: it answers in a thread, and follow-ups there stay on the same article',
    'Send the app a direct message to ask privately',
    'Click 👍 or 👎 under an answer to tell us whether it was right',
  ],
  'In Slack',
);

/**
 * Registers each core command as a Slack slash command (/brief, /ask, /briefs, /digest, /help). Each is
 * acknowledged before any work, so Slack's 3-second limit never depends on the library's size; the reply
 * follows through the command's response_url, in the channel, or only to the person for errors and
 * /digest administration.
 */
export function registerSlashCommands(
  app: App,
  deps: SlackDeps,
  list: readonly CommandDefinition[] = commands,
) {
  for (const command of list) {
    app.command(`/${command.name}`, async ({ command: payload, ack, respond, client }) => {
      await ack();
      // Let the event loop send this ack, and take in (and ack) other requests waiting, before the work.
      await nextTurn();
      const place: SlackPlace = { team: payload.team_id, channel: payload.channel_id, user: payload.user_id };
      const text = slackToPlain(payload.text);
      const reply = await runCommand(command, text, place, deps, client);
      const message = slackMessage(reply, command.name === 'ask' ? text : undefined);
      const response: RespondArguments = {
        response_type: reply.private ? 'ephemeral' : 'in_channel',
        replace_original: false,
        ...message,
      };
      // A slash command may come from a channel the app is not in, where only its response_url can reach
      // the person: the failure note goes there too, privately.
      await deliver(
        deps,
        client,
        place,
        () => respond(response),
        async (text) => {
          await respond({ response_type: 'ephemeral', replace_original: false, text });
        },
      );
    });
  }
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

async function runCommand(
  command: CommandDefinition,
  text: string,
  place: SlackPlace,
  deps: SlackDeps,
  client: WebClient,
): Promise<Reply> {
  const started = performance.now();
  const reply = await runCommandSafely(command, { text }, commandContext(deps, place, client), deps.logger);
  observeReply(deps.metrics, 'slack', reply, started);
  return reply.kind === 'help' ? { ...reply, blocks: [...reply.blocks, SLACK_HELP] } : reply;
}
