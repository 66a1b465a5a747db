import {
  blocksOf,
  type Citation,
  checkedLine,
  NOTE_HEADING,
  type Reply,
  type ReplyBlock,
  storyLine,
  unknownBlock,
} from '../../core/reply.js';
import { TRIMMED_MARKER } from '../shared/split-text.js';
import { feedbackActions } from './slack-feedback.js';
import {
  escapeSlack,
  packLines,
  plainSlack,
  type SlackLine,
  slackLink,
  truncateWords,
} from './slack-text.js';

/** The few Block Kit blocks newsbrief posts. */
export interface SlackPlainText {
  type: 'plain_text';
  text: string;
  emoji?: boolean;
}
export interface SlackMrkdwn {
  type: 'mrkdwn';
  text: string;
}
export type SlackBlock =
  | { type: 'header'; text: SlackPlainText }
  | { type: 'section'; text: SlackMrkdwn }
  | { type: 'context'; elements: SlackMrkdwn[] }
  | { type: 'divider' }
  | { type: 'actions'; block_id: string; elements: SlackButton[] };

export interface SlackButton {
  type: 'button';
  action_id: string;
  text: SlackPlainText;
  value: string;
}

export interface SlackMessage {
  /** Plain-text fallback (notifications, clients without blocks): the whole message, readable alone. */
  text: string;
  blocks: SlackBlock[];
}

/** Slack's limits. */
export const SLACK_LIMITS = { sectionText: 3000, blocks: 50, headerText: 150, messageText: 40_000 } as const;
export { TRIMMED_MARKER };

/** A renderer-neutral part of the message, turned into blocks and into the fallback text. */
type Part =
  | { kind: 'header'; title: string }
  | { kind: 'section' | 'context'; lines: SlackLine[] }
  | { kind: 'divider' };

const bullet = (s: string, i: number) => (i === 0 ? `• ${s}` : s);
const bold = (s: string) => `*${s}*`;
const quote = (s: string) => `> ${s}`;

export interface SlackRenderOptions {
  /** The question a reply answers, kept in its feedback buttons' value; only the adapter knows it. */
  question?: string | undefined;
}

/**
 * Renders a Reply as a Slack message: a header for the title, then each block — the answer bold, a
 * citation quoted with a context naming its brief and sentence (counted from 1) and its notes, an
 * abstention with a context naming the briefs it checked, each story set apart by a divider, bullets as
 * "• " under a bold heading, notices plainly — and a context with the footer and the link. Feedback is an
 * actions block of 👍/👎 buttons under everything. All article and user text is escaped. Long text is
 * split across blocks at line or word boundaries; past 50 blocks the message ends with a "…and more
 * (trimmed)" context, still above the buttons.
 */
export function renderSlack(reply: Reply, options: SlackRenderOptions = {}): SlackMessage {
  const parts = toParts(reply);
  const actions = blocksOf(reply, 'feedback').map((feedback) => feedbackActions(feedback, options.question));
  const blocks = toBlocks(parts, SLACK_LIMITS.blocks - actions.length);
  return { text: toText(parts), blocks: [...blocks, ...actions] };
}

function toParts(reply: Reply): Part[] {
  const parts: Part[] = [];
  if (reply.title?.trim()) parts.push({ kind: 'header', title: reply.title.trim() });
  for (const block of reply.blocks) parts.push(...blockParts(block, parts));
  const closing = [
    reply.footer?.trim() ? escapeSlack(reply.footer.trim()) : '',
    reply.url ? slackLink(reply.url, reply.title?.trim() ? truncateWords(reply.title.trim(), 150) : '') : '',
  ].filter((s) => s.length > 0);
  if (closing.length > 0) parts.push({ kind: 'context', lines: [{ body: closing.join(' · ') }] });
  return parts;
}

/** The parts one block adds after `before`. */
function blockParts(block: ReplyBlock, before: readonly Part[]): Part[] {
  switch (block.type) {
    case 'answer':
      return section(textLines(block.text).map((body) => ({ body, wrap: bold })));
    case 'citation':
      return [
        ...citationParts(block),
        ...block.notes.flatMap((note) => section([...headingLines(NOTE_HEADING), ...plainLines(note)])),
      ];
    case 'abstention':
      return [
        ...section(plainLines(block.message)),
        { kind: 'context', lines: [{ body: escapeSlack(checkedLine(block.checked)) }] },
      ];
    case 'story': {
      const lines = [
        ...headingLines(block.title),
        ...plainLines(storyLine(block)),
        ...bulletLines(block.bullets),
      ];
      // Stories are told apart by a divider.
      const apart = before.some((p) => p.kind === 'section') ? [{ kind: 'divider' } as const] : [];
      return lines.length > 0 ? [...apart, ...section(lines)] : [];
    }
    case 'bullets':
      return section([...headingLines(block.heading), ...bulletLines(block.items)]);
    case 'notice':
      return section(plainLines(block.text));
    case 'feedback':
      // Drawn by renderSlack as an actions block under everything else.
      return [];
    default:
      return unknownBlock(block);
  }
}

function section(lines: SlackLine[]): Part[] {
  return lines.length > 0 ? [{ kind: 'section', lines }] : [];
}

function headingLines(heading: string | undefined): SlackLine[] {
  return heading?.trim() ? [{ body: escapeSlack(heading.trim()), wrap: bold }] : [];
}

function plainLines(text: string): SlackLine[] {
  return textLines(text).map((body) => ({ body }));
}

function bulletLines(items: readonly string[]): SlackLine[] {
  return items
    .filter((item) => item.trim())
    .map((item) => ({ body: escapeSlack(item.trim().replace(/\s+/g, ' ')), wrap: bullet }));
}

function citationParts(citation: Citation): Part[] {
  return [
    { kind: 'section', lines: textLines(citation.text).map((body) => ({ body, wrap: quote })) },
    {
      kind: 'context',
      lines: [{ body: `— ${escapeSlack(citation.briefTitle)}, sentence ${citation.sentence + 1}` }],
    },
  ];
}

/** The non-blank lines of a text, escaped and trimmed. */
function textLines(text: string | undefined): string[] {
  return (text ?? '')
    .split('\n')
    .map((line) => escapeSlack(line.trim()))
    .filter((line) => line.length > 0);
}

function toBlocks(parts: readonly Part[], maxBlocks: number): SlackBlock[] {
  const blocks: SlackBlock[] = [];
  for (const part of parts) {
    if (part.kind === 'header') {
      const title = plainSlack(part.title.replace(/\s+/g, ' '));
      blocks.push({
        type: 'header',
        text: { type: 'plain_text', text: truncateWords(title, SLACK_LIMITS.headerText), emoji: true },
      });
      // A title too long for the header is given whole in the first section, so nothing is lost.
      if (title.length > SLACK_LIMITS.headerText) {
        const whole = packLines(
          [{ body: escapeSlack(part.title.replace(/\s+/g, ' ')), wrap: bold }],
          SLACK_LIMITS.sectionText,
        );
        for (const text of whole) blocks.push({ type: 'section', text: { type: 'mrkdwn', text } });
      }
      continue;
    }
    if (part.kind === 'divider') {
      blocks.push({ type: 'divider' });
      continue;
    }
    for (const text of packLines(part.lines, SLACK_LIMITS.sectionText)) {
      blocks.push(
        part.kind === 'section'
          ? { type: 'section', text: { type: 'mrkdwn', text } }
          : { type: 'context', elements: [{ type: 'mrkdwn', text }] },
      );
    }
  }
  if (blocks.length <= maxBlocks) return blocks;
  return [
    ...blocks.slice(0, maxBlocks - 1),
    { type: 'context', elements: [{ type: 'mrkdwn', text: TRIMMED_MARKER }] },
  ];
}

/** The fallback text: every part in order, blank-line separated, within Slack's message-text limit. */
function toText(parts: readonly Part[]): string {
  const text = parts
    .map((part) => {
      if (part.kind === 'header') return bold(escapeSlack(part.title.replace(/\s+/g, ' ')));
      if (part.kind === 'divider') return '';
      return part.lines.map((line) => (line.wrap ? line.wrap(line.body, 0) : line.body)).join('\n');
    })
    .filter((s) => s.length > 0)
    .join('\n\n');
  if (!text) return '…';
  if (text.length <= SLACK_LIMITS.messageText) return text;
  // Cut at the last space or newline that leaves room for the marker, never inside a word.
  let cut = SLACK_LIMITS.messageText - TRIMMED_MARKER.length - 2;
  while (cut > 0 && !/\s/.test(text[cut] ?? '')) cut--;
  return `${text.slice(0, cut).trimEnd()}\n\n${TRIMMED_MARKER}`;
}
