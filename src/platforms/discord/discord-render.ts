import {
  type Citation,
  checkedLine,
  NOTE_HEADING,
  type Reply,
  type ReplyBlock,
  type ReplyKind,
  storyLine,
  unknownBlock,
} from '../../core/reply.js';
import {
  lineFragments,
  packTextLines,
  type TextLine,
  TRIMMED_MARKER,
  truncateAtWord,
} from '../shared/split-text.js';
import { escapeDiscord, escapeLineStart, plainDiscord } from './discord-text.js';

/** The JSON Discord takes for embeds and messages: plain shapes, so the renderer needs no discord.js. */
export interface DiscordEmbedField {
  name: string;
  value: string;
  inline?: boolean;
}
export interface DiscordEmbed {
  title?: string;
  url?: string;
  description?: string;
  color?: number;
  fields?: DiscordEmbedField[];
  footer?: { text: string };
}
export interface DiscordMessage {
  content?: string;
  embeds: DiscordEmbed[];
  /** Always `{ parse: [] }`: nothing a reply says may ping anyone. */
  allowedMentions: { parse: [] };
}

/** Discord's limits; `charsPerMessage` counts every embed title, description, field and footer of a message. */
export const DISCORD_LIMITS = {
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  embedsPerMessage: 10,
  charsPerMessage: 6000,
  content: 2000,
} as const;

/** Past this many messages a reply is trimmed: more would flood the channel. Five hold 20,000 characters. */
export const MAX_MESSAGES = 5;

/** The colour bar says at a glance what kind of reply it is. */
const COLOURS: Record<ReplyKind, number> = {
  briefing: 0x3b82f6,
  answer: 0x22c55e,
  abstention: 0xf59e0b,
  error: 0xef4444,
  digest: 0x0ea5e9,
  list: 0x5865f2,
  help: 0x5865f2,
};

const CONTINUED = ' (continued)';

/** What a reply says, escaped and dressed, before it is fitted to Discord's limits. */
interface Draft {
  colour: number;
  title?: string;
  url?: string;
  /** The description's paragraphs, shown a blank line apart. */
  paragraphs: TextLine[][];
  /** A digest's stories, one field each. */
  fields: { name: string; lines: TextLine[] }[];
  footer?: string;
}

// Fragments that start a line get their quote/heading/list markers escaped: one more character, reserved.
const textLine = (body: string): TextLine => ({ body, wrap: escapeLineStart, reserve: 1 });
const boldLine = (body: string): TextLine => ({ body, wrap: (s) => `**${s}**` });
const quoteLine = (body: string): TextLine => ({ body, wrap: (s) => `> ${escapeLineStart(s)}`, reserve: 1 });
const bulletLine = (body: string): TextLine => ({
  body,
  wrap: (s, i) => (i === 0 ? `• ${s}` : escapeLineStart(s)),
  reserve: 1,
});

/**
 * Renders a Reply as Discord messages, usually one: an embed coloured by kind, titled (and linked) by the
 * reply's title, then each block as description paragraphs — the answer bold, a citation quoted with
 * "— <brief>, sentence N" (N counted from 1) and its notes, an abstention with the briefs it checked
 * ("Checked: «title»"), bullets as "• " under a bold heading, notices plainly — except a digest's stories,
 * one field each; the footer last. Feedback is drawn as buttons by discord-feedback.ts, under the last
 * message (see discordMessages). All article and user text is escaped. Text past one embed's or message's
 * limits continues in further embeds, then messages; past MAX_MESSAGES it ends with "…and more (trimmed)".
 * A private reply renders the same: the adapter makes it ephemeral.
 */
export function renderDiscord(reply: Reply): DiscordMessage[] {
  return layout(draftOf(reply));
}

function draftOf(reply: Reply): Draft {
  const draft: Draft = { colour: COLOURS[reply.kind], paragraphs: [], fields: [] };
  const title = oneLine(reply.title);
  if (title) {
    const escaped = escapeDiscord(title);
    draft.title = truncateAtWord(escaped, DISCORD_LIMITS.title);
    // A title too long for the embed's is given whole at the top of the description, so nothing is lost.
    if (draft.title !== escaped) draft.paragraphs.push([boldLine(escaped)]);
  }
  const url = reply.url?.trim();
  // Discord refuses a message whose embed URL is not a web address; any other link is shown as text.
  if (url && draft.title && /^https?:\/\//i.test(url) && URL.canParse(url)) draft.url = url;
  else if (url) draft.paragraphs.push([textLine(escapeDiscord(url))]);

  for (const block of reply.blocks) addBlock(draft, block);

  const footer = oneLine(reply.footer);
  const plainFooter = plainDiscord(footer);
  // A footer too long for Discord's joins the description instead, escaped as description text is.
  if (plainFooter.length > DISCORD_LIMITS.footer) draft.paragraphs.push([textLine(escapeDiscord(footer))]);
  else if (plainFooter) draft.footer = plainFooter;
  if (!draft.title && !draft.footer && draft.paragraphs.length + draft.fields.length === 0) {
    draft.paragraphs.push([textLine('…')]);
  }
  return draft;
}

function addBlock(draft: Draft, block: ReplyBlock): void {
  const paragraph = (lines: TextLine[]) => {
    if (lines.length > 0) draft.paragraphs.push(lines);
  };
  switch (block.type) {
    case 'answer':
      paragraph(textLines(block.text).map(boldLine));
      break;
    case 'citation':
      paragraph(citationLines(block));
      for (const note of block.notes) paragraph([boldLine(NOTE_HEADING), ...textLines(note).map(textLine)]);
      break;
    case 'abstention':
      paragraph(textLines(block.message).map(textLine));
      paragraph([textLine(escapeDiscord(oneLine(checkedLine(block.checked))))]);
      break;
    case 'story': {
      const title = oneLine(block.title);
      const body = [...textLines(storyLine(block)).map(textLine), ...bulletLines(block.bullets)];
      // A story is a field: its headline above its lines, each story a block of its own.
      if (title && body.length > 0) draft.fields.push({ name: escapeDiscord(title), lines: body });
      else paragraph([...headingLines(title), ...body]);
      break;
    }
    case 'bullets':
      paragraph([...headingLines(oneLine(block.heading)), ...bulletLines(block.items)]);
      break;
    case 'notice':
      paragraph(textLines(block.text).map(textLine));
      break;
    case 'feedback':
      // Buttons, not embed text: discord-feedback.ts draws them and discordMessages puts them under the reply.
      break;
    default:
      unknownBlock(block);
  }
}

function headingLines(heading: string): TextLine[] {
  return heading ? [boldLine(escapeDiscord(heading))] : [];
}

function bulletLines(items: readonly string[]): TextLine[] {
  return items
    .map(oneLine)
    .filter(Boolean)
    .map((item) => bulletLine(escapeDiscord(item)));
}

function citationLines(citation: Citation): TextLine[] {
  const source = `— ${escapeDiscord(oneLine(citation.briefTitle))}, sentence ${citation.sentence + 1}`;
  return [...textLines(citation.text).map(quoteLine), textLine(source)];
}

/** The non-blank lines of a text, whitespace collapsed, escaped. */
function textLines(text: string | undefined): string[] {
  return (text ?? '').split('\n').map(oneLine).filter(Boolean).map(escapeDiscord);
}

function oneLine(text: string | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** A message being filled; `chars` counts toward Discord's per-message total (an upper bound). */
interface Page {
  embeds: DiscordEmbed[];
  chars: number;
}

/**
 * Fits a draft to Discord's limits in reading order: the description, the fields, the footer, each into the
 * current embed while it fits there, else a new embed, else a new message. Every message keeps room for the
 * trimmed marker, which becomes the last embed's footer once MAX_MESSAGES are full.
 */
function layout(draft: Draft): DiscordMessage[] {
  const budget = DISCORD_LIMITS.charsPerMessage - TRIMMED_MARKER.length;
  const pages: Page[] = [];
  let trimmed = false;
  if (draft.title) {
    const titled = { title: draft.title, ...(draft.url ? { url: draft.url } : {}), color: draft.colour };
    pages.push({ embeds: [titled], chars: draft.title.length });
  }
  const charge = (page: Page, embed: DiscordEmbed, chars: number) => {
    page.chars += chars;
    return embed;
  };
  const freshEmbed = (page: Page) => {
    const embed: DiscordEmbed = { color: draft.colour };
    page.embeds.push(embed);
    return embed;
  };
  /** The embed `chars` more characters go into, where `fits` says an embed may take them; none once trimmed. */
  const place = (chars: number, fits: (embed: DiscordEmbed) => boolean): DiscordEmbed | undefined => {
    if (trimmed) return undefined;
    const page = pages.at(-1);
    if (page && page.chars + chars <= budget) {
      const last = page.embeds.at(-1);
      if (last && fits(last)) return charge(page, last, chars);
      if (page.embeds.length < DISCORD_LIMITS.embedsPerMessage) return charge(page, freshEmbed(page), chars);
    }
    if (pages.length === MAX_MESSAGES) {
      trimmed = true;
      return undefined;
    }
    const next: Page = { embeds: [], chars: 0 };
    pages.push(next);
    return charge(next, freshEmbed(next), chars);
  };

  const pieces = draft.paragraphs.flatMap((paragraph) =>
    paragraph
      .flatMap((line) => lineFragments(line, DISCORD_LIMITS.description))
      .map((text, index) => ({ text, gap: index === 0 ? '\n\n' : '\n' })),
  );
  for (const { text, gap } of pieces) {
    // The gap is charged to the message even when the text starts an embed, so `chars` stays an upper bound.
    const size = gap.length + text.length;
    const fits = (e: DiscordEmbed) =>
      !e.fields && (e.description ? e.description.length + size : text.length) <= DISCORD_LIMITS.description;
    const embed = place(size, fits);
    if (embed) embed.description = embed.description ? `${embed.description}${gap}${text}` : text;
  }
  for (const field of draft.fields) {
    const name = truncateAtWord(field.name, DISCORD_LIMITS.fieldName);
    // A headline too long for a field name is given whole at the top of its story.
    const lines = name === field.name ? field.lines : [boldLine(field.name), ...field.lines];
    for (const [index, value] of packTextLines(lines, DISCORD_LIMITS.fieldValue).entries()) {
      const shown =
        index === 0
          ? name
          : truncateAtWord(field.name, DISCORD_LIMITS.fieldName - CONTINUED.length) + CONTINUED;
      const embed = place(
        shown.length + value.length,
        (e) => (e.fields?.length ?? 0) < DISCORD_LIMITS.fields,
      );
      if (embed) embed.fields = [...(embed.fields ?? []), { name: shown, value }];
    }
  }
  if (draft.footer) {
    const embed = place(draft.footer.length, (e) => !e.footer);
    if (embed) embed.footer = { text: draft.footer };
  }
  const lastEmbed = pages.at(-1)?.embeds.at(-1);
  if (trimmed && lastEmbed) lastEmbed.footer = { text: TRIMMED_MARKER };
  return pages.map((page) => ({ embeds: page.embeds, allowedMentions: { parse: [] } }));
}
