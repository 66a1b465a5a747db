import { librarySize } from '../library/memory-library.js';
import { bulletsBlock, noticeBlock } from '../replies/blocks.js';
import { listedDate } from '../replies/brief-date.js';
import type { Reply } from '../reply.js';
import type { CommandDefinition } from './command.js';
import { newestFirst } from './find-brief.js';

/**
 * The most briefs one /briefs lists. A library fed by feeds grows by hundreds a day; past this a list is
 * pages of follow-up messages nobody reads, and /brief with words from a title finds any brief.
 */
export const MAX_LISTED_BRIEFS = 500;

/**
 * /briefs: the loaded briefs, newest first (at most MAX_LISTED_BRIEFS), as "id · date · title" ("undated"
 * for an undated article).
 */
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
    const all = newestFirst(context.briefs);
    const listed = all.slice(0, MAX_LISTED_BRIEFS);
    const lines = listed.map((b) => `${b.id} · ${listedDate(b)} · ${b.title}`);
    const older = all.length - listed.length;
    return {
      kind: 'list',
      title: older > 0 ? `Briefs (the newest ${listed.length} of ${all.length})` : `Briefs (${all.length})`,
      blocks: [bulletsBlock(lines)],
      footer:
        older > 0
          ? `${older} older not listed: type /brief <words from its title> to find one, or /ask <question>.`
          : 'Type /brief <id> for a briefing, or /ask <question>.',
    };
  },
} satisfies CommandDefinition;
