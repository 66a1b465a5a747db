import type { ExpectedType } from './answer/answer.js';

/**
 * The neutral reply every platform renders. The core says what a reply is made of, block by block, each
 * block typed by what it means (the answer, the sentence it cites, a story…); a renderer per platform
 * decides how each type of block looks (console text, Slack Block Kit, Discord embeds and buttons) and
 * never guesses meaning from a block's position. Producers build blocks with ./replies/blocks.ts.
 */

/**
 * A coarse label for the whole reply: Discord colours the embed by it, the CLI sends errors to stderr, a
 * conversation asks whether a question was answered. How a part of the reply looks follows its block.
 */
export type ReplyKind = 'briefing' | 'answer' | 'abstention' | 'list' | 'help' | 'error' | 'digest';

export interface Reply {
  kind: ReplyKind;
  /** The reply's headline: a briefing's, a digest's, a list's. */
  title?: string;
  /** A link for the title, e.g. the article's URL. */
  url?: string;
  /** What the reply says, in reading order. */
  blocks: ReplyBlock[];
  /** Small print under the whole reply: the source line, the answer's confidence, what to type next. */
  footer?: string;
  /** Only the person who asked should see it (Slack ephemeral, Discord ephemeral). */
  private?: boolean;
}

export type ReplyBlock =
  | AnswerBlock
  | CitationBlock
  | AbstentionBlock
  | StoryBlock
  | BulletsBlock
  | NoticeBlock
  | FeedbackBlock;

export type BlockType = ReplyBlock['type'];
export type BlockOf<T extends BlockType> = Extract<ReplyBlock, { type: T }>;

/** The short answer to a question, e.g. "more than 500". */
export interface AnswerBlock {
  type: 'answer';
  text: string;
}

export interface Citation {
  briefId: string;
  /** Index of the sentence in the brief's text.sentences. */
  sentence: number;
  /** The sentence itself, verbatim. */
  text: string;
  /** The brief's title, so a reader knows which article is cited. */
  briefTitle: string;
}

/** The sentence an answer stands on, with the brief's editorial notes about it (a slip in the source). */
export interface CitationBlock extends Citation {
  type: 'citation';
  notes: string[];
}

/** A brief an abstention looked in: "the article doesn't say" must name which article. */
export interface CheckedBrief {
  briefId: string;
  /** The brief's title, as a citation names it. */
  briefTitle: string;
}

/** "The article doesn't say", naming what is missing and every brief looked in. */
export interface AbstentionBlock {
  type: 'abstention';
  /** The engine's plain statement, e.g. "The article doesn't say: it never mentions "tickets"." */
  message: string;
  /** What kind of thing the question asked for, which none of the checked briefs gives. */
  missing: ExpectedType;
  /**
   * The briefs the engine looked in (the one it routed the question to, or the one named); empty when no
   * brief in the library fits the question. Every renderer shows checkedLine().
   */
  checked: CheckedBrief[];
}

/** One story of a digest: its headline, where it comes from, and its first bullets. */
export interface StoryBlock {
  type: 'story';
  title: string;
  /** The outlet and the day, as far as the brief knows them: "Herald · 22 Aug 2022". */
  source: string;
  /** The article's address, when the brief has one. */
  url?: string;
  bullets: string[];
}

/** A list: a briefing's bullets, the briefs, the commands, a digest's settings. */
export interface BulletsBlock {
  type: 'bullets';
  /** Set when the list is one of several, e.g. "In Slack" under the commands. */
  heading?: string;
  items: string[];
}

/** Plain text for the reader: an error and what to do about it, a confirmation, "no new stories". */
export interface NoticeBlock {
  type: 'notice';
  text: string;
}

/**
 * The reply asks whether it helped: 👍/👎 actions, each platform drawing them its own way (Slack an
 * actions block, Discord an action row, the console nothing). Only the adapter knows the question asked.
 */
export interface FeedbackBlock {
  type: 'feedback';
  /** What a verdict judges. */
  judged: 'answer' | 'abstention';
  /** The brief and sentence the answer cites; null for an abstention, which cites nothing. */
  briefId: string | null;
  sentence: number | null;
}

/** A reply's blocks of one type, in order. */
export function blocksOf<T extends BlockType>(reply: Reply, type: T): BlockOf<T>[] {
  return reply.blocks.filter((block): block is BlockOf<T> => block.type === type);
}

/**
 * The `default` of a renderer's switch over block types: `block` is `never` there, so a new block type
 * fails to compile until every renderer handles it. Reached at run time only by a malformed reply.
 */
export function unknownBlock(block: never): never {
  throw new Error(`unknown reply block: ${JSON.stringify(block)}`);
}

/**
 * What every platform says about an abstention's `checked`, so that a reader always knows which article
 * "doesn't say": "Checked: «Title»", or that no brief in the library covers the question.
 */
export function checkedLine(checked: readonly CheckedBrief[]): string {
  const titles = checked.map((brief) => `«${brief.briefTitle}»`);
  const last = titles.pop();
  if (last === undefined) return 'Checked: every brief in the library; none covers this question.';
  return `Checked: ${titles.length > 0 ? `${titles.join(', ')} and ${last}` : last}`;
}

/** What every platform shows under a story's title: "Herald · 22 Aug 2022 · https://…". */
export function storyLine(story: StoryBlock): string {
  return [story.source, story.url].filter(Boolean).join(' · ');
}

/** What every platform heads a citation's editorial note with. */
export const NOTE_HEADING = 'Note';

export function errorReply(message: string, hint?: string): Reply {
  return {
    kind: 'error',
    blocks: [{ type: 'notice', text: hint ? `${message}\n${hint}` : message }],
    private: true,
  };
}
