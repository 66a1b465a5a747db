import { librarySize } from '../library/memory-library.js';
import { bulletsBlock, noticeBlock } from '../replies/blocks.js';
import { listedDate } from '../replies/brief-date.js';
import type { Reply } from '../reply.js';
import type { CommandDefinition } from './command.js';
import { newestFirst } from './find-brief.js';

/** /briefs: every loaded brief, newest first, as "id · date · title" ("undated" for an undated article). */
export const briefsCommand = {
  name: 'briefs',
  description: 'List the briefs: id, date and title, newest first',
  usage: '/briefs',
  options: [],
  run(_input, context): Reply {
    if (librarySize(context.briefs) === 0) {
      return {
        kind: 'list',
        title: 'Briefs',
        blocks: [noticeBlock('No briefs are loaded yet.')],
      };
    }
    const lines = newestFirst(context.briefs).map((b) => `${b.id} · ${listedDate(b)} · ${b.title}`);
    return {
      kind: 'list',
      title: `Briefs (${lines.length})`,
      blocks: [bulletsBlock(lines)],
      footer: 'Type /brief <id> for a briefing, or /ask <question>.',
    };
  },
} satisfies CommandDefinition;
