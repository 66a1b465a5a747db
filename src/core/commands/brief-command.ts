import { buildBriefing } from '../briefing/build-briefing.js';
import { librarySize } from '../library/memory-library.js';
import { briefingReply } from '../replies/briefing-reply.js';
import { errorReply } from '../reply.js';
import { type CommandDefinition, quoteInput, readArgument } from './command.js';
import { findBrief, newestBrief } from './find-brief.js';

/** /brief [id or words]: the briefing of the newest brief, or of the one named. */
export const briefCommand = {
  name: 'brief',
  description: 'Show a short briefing: the newest article, or the one you name',
  usage: '/brief [id or words from its title]',
  options: [
    {
      name: 'brief',
      description: 'A brief id, the start of one, or words from its title (default: the newest)',
      required: false,
    },
  ],
  run(input, context) {
    if (librarySize(context.briefs) === 0) {
      return errorReply('No briefs are loaded yet.', 'Add brief files to the briefs folder, then try again.');
    }
    const query = readArgument(input, 'brief');
    const brief = query ? findBrief(context.briefs, query) : newestBrief(context.briefs);
    if (!brief) {
      return errorReply(
        `No brief matches ${quoteInput(query)}.`,
        'Type /briefs to see every brief id, then /brief <id>.',
      );
    }
    return briefingReply(buildBriefing(brief));
  },
} satisfies CommandDefinition;
