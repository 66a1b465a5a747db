import { askCommand, type CommandContext, helpCommand } from '../commands/index.js';
import { commandWord, routeMessage } from '../commands/route-message.js';
import { asLibrary } from '../library/memory-library.js';
import { blocksOf, type Reply } from '../reply.js';

export interface ConversationReply {
  reply: Reply;
  /** The brief this turn was about (its answer's citation), to carry into the next turn. */
  briefId?: string;
}

/**
 * Replies to a message in a conversation — a thread, a direct message — that may already be about one
 * brief. A question is answered from that brief first, so "who opened it?" means the article the thread
 * is about; when that brief doesn't say, the whole library is tried, and an answer there moves the
 * conversation to its brief. When neither says, the thread brief's own "doesn't say" is the reply, since
 * it names the article the person had in mind, with every brief that was checked. A blank message gets
 * the help.
 */
export async function replyInConversation(
  text: string,
  context: CommandContext,
  aboutBriefId?: string,
): Promise<ConversationReply> {
  const question = text.trim();
  if (!question) return { reply: helpCommand.run() };
  const about = aboutBriefId && asLibrary(context.briefs).brief(aboutBriefId) ? aboutBriefId : undefined;
  if (about && !question.startsWith('/') && !commandWord(question)) {
    const within = await askCommand.run({ text: question, options: { brief: about } }, context);
    if (within.kind !== 'abstention') return turn(within, about);
    const anywhere = await askCommand.run({ text: question }, context);
    if (anywhere.kind === 'answer') return turn(anywhere, about);
    return turn(withCheckedOf(within, anywhere), about);
  }
  const reply = (await routeMessage(question, context)) ?? helpCommand.run();
  return turn(reply, about);
}

/** The thread brief's "doesn't say", naming every brief looked in: the library's pick was checked too. */
function withCheckedOf(within: Reply, anywhere: Reply): Reply {
  const also = blocksOf(anywhere, 'abstention').flatMap((block) => block.checked);
  const blocks = within.blocks.map((block) => {
    if (block.type !== 'abstention') return block;
    const checked = [...block.checked];
    for (const brief of also) if (!checked.some((c) => c.briefId === brief.briefId)) checked.push(brief);
    return { ...block, checked };
  });
  return { ...within, blocks };
}

function turn(reply: Reply, fallbackBriefId: string | undefined): ConversationReply {
  const briefId = blocksOf(reply, 'citation')[0]?.briefId ?? fallbackBriefId;
  return briefId ? { reply, briefId } : { reply };
}
