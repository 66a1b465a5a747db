import type { APIActionRowComponent, APIButtonComponent } from 'discord.js';
import { describe, expect, it } from 'vitest';
import {
  abstentionBlock,
  answerBlock,
  bulletsBlock,
  citationBlock,
  feedbackOn,
  noticeBlock,
  storyBlock,
} from '../../src/core/replies/blocks.js';
import { errorReply } from '../../src/core/reply.js';
import { renderConsole } from '../../src/platforms/console/console-render.js';
import { feedbackRow } from '../../src/platforms/discord/discord-feedback.js';
import { discordMessages } from '../../src/platforms/discord/discord-messages.js';
import {
  DISCORD_LIMITS,
  type DiscordEmbed,
  type DiscordMessage,
  MAX_MESSAGES,
} from '../../src/platforms/discord/discord-render.js';
import { renderSlack, type SlackBlock, TRIMMED_MARKER } from '../../src/platforms/slack/slack-render.js';
import { escapeSlack, plainSlack } from '../../src/platforms/slack/slack-text.js';
import { runRendererContract } from './renderer-contract.js';

/** The console has no pieces or pings: the whole output is one piece, with a generous limit. */
runRendererContract(
  'console',
  (reply) => {
    const text = renderConsole(reply);
    return { text, size: 1, pieces: [text], actions: [] };
  },
  { pieceChars: 1_000_000, size: 1, pings: false, buttons: false },
);

function blockTexts(block: SlackBlock): string[] {
  switch (block.type) {
    case 'header':
    case 'section':
      return [block.text.text];
    case 'context':
      return block.elements.map((element) => element.text);
    case 'divider':
      return [];
    case 'actions':
      return block.elements.map((element) => element.text.text);
  }
}

runRendererContract(
  'slack',
  (reply) => {
    const { text, blocks } = renderSlack(reply, { question: 'How many took part?' });
    const actions = blocks.filter((block) => block.type === 'actions');
    return {
      text,
      size: blocks.length,
      pieces: blocks.filter((block) => block.type !== 'actions').flatMap(blockTexts),
      headers: blocks.flatMap((block) => (block.type === 'header' ? [block.text.text] : [])),
      actions: actions.flatMap(blockTexts),
    };
  },
  { pieceChars: 3000, size: 50, headerChars: 150, pings: true, buttons: true },
);

interface LimitedText {
  text: string;
  limit: number;
}

/** Every text of an embed that Discord limits, in reading order, with its limit. */
function embedPieces(embed: DiscordEmbed): LimitedText[] {
  const pieces: LimitedText[] = [];
  if (embed.title !== undefined) pieces.push({ text: embed.title, limit: DISCORD_LIMITS.title });
  if (embed.description !== undefined) {
    pieces.push({ text: embed.description, limit: DISCORD_LIMITS.description });
  }
  for (const field of embed.fields ?? []) {
    pieces.push({ text: field.name, limit: DISCORD_LIMITS.fieldName });
    pieces.push({ text: field.value, limit: DISCORD_LIMITS.fieldValue });
  }
  if (embed.footer) pieces.push({ text: embed.footer.text, limit: DISCORD_LIMITS.footer });
  return pieces;
}

function withoutTitle(embed: DiscordEmbed): DiscordEmbed {
  const { title: _title, ...rest } = embed;
  return rest;
}

function messagePieces(message: DiscordMessage): LimitedText[] {
  const content =
    message.content === undefined ? [] : [{ text: message.content, limit: DISCORD_LIMITS.content }];
  return [...content, ...message.embeds.flatMap(embedPieces)];
}

/** A button row as it reads: "👍 Helpful". */
function buttonLabels(row: APIActionRowComponent<APIButtonComponent>): string[] {
  return row.components.map((button) =>
    ['emoji' in button ? button.emoji?.name : undefined, 'label' in button ? button.label : undefined]
      .filter(Boolean)
      .join(' '),
  );
}

const noMemory = { rememberQuestion: async () => {} };

/** Discord's per-message total: every embed text, not the message content. */
function embedChars(message: DiscordMessage): number {
  return message.embeds.flatMap(embedPieces).reduce((sum, piece) => sum + piece.text.length, 0);
}

runRendererContract(
  'discord',
  (reply) => {
    // As the adapter sends it: the buttons (whose question is kept under a token) under the last message.
    const messages = discordMessages(reply, feedbackRow(reply, 'How many took part?', { memory: noMemory }));
    const limited = messages.flatMap(messagePieces);
    // What a reader sees, in order: the limited texts, and the link an embed's title carries.
    const pieces = messages.flatMap((message) => [
      ...(message.content === undefined ? [] : [message.content]),
      ...message.embeds.flatMap((embed) => [
        ...(embed.title === undefined ? [] : [embed.title]),
        ...(embed.url === undefined ? [] : [embed.url]),
        ...embedPieces(withoutTitle(embed)).map((piece) => piece.text),
      ]),
    ]);
    return {
      text: pieces.join('\n\n'),
      size: messages.length,
      pieces,
      limited,
      groups: messages.map((message) => ({ units: message.embeds.length, chars: embedChars(message) })),
      actions: messages.flatMap((message) => message.components ?? []).flatMap(buttonLabels),
    };
  },
  {
    pieceChars: DISCORD_LIMITS.description,
    size: MAX_MESSAGES,
    group: { units: DISCORD_LIMITS.embedsPerMessage, chars: DISCORD_LIMITS.charsPerMessage },
    pings: true,
    buttons: true,
  },
);

describe('renderSlack', () => {
  const citation = {
    briefId: 'expo',
    sentence: 1,
    text: 'More than 500 took part.',
    briefTitle: 'Expo opens',
  };

  it('renders a briefing as a header, "• " bullets and a context with the source and the link', () => {
    const { text, blocks } = renderSlack({
      kind: 'briefing',
      title: 'Bridge reopens',
      url: 'https://example.com/a?x=1&y=2',
      blocks: [bulletsBlock(['One.', ' ', 'Two.'])],
      footer: 'Herald · 22 Aug 2022',
    });
    expect(blocks).toEqual([
      { type: 'header', text: { type: 'plain_text', text: 'Bridge reopens', emoji: true } },
      { type: 'section', text: { type: 'mrkdwn', text: '• One.\n• Two.' } },
      {
        type: 'context',
        elements: [
          {
            type: 'mrkdwn',
            text: 'Herald · 22 Aug 2022 · <https://example.com/a?x=1&amp;y=2|Bridge reopens>',
          },
        ],
      },
    ]);
    expect(text).toContain('*Bridge reopens*\n\n• One.\n• Two.');
  });

  it('renders an answer bold, the cited sentence quoted, its brief and sentence number, then its notes', () => {
    const { blocks } = renderSlack({
      kind: 'answer',
      blocks: [answerBlock('more than 500'), citationBlock(citation, ['Online stands count too.'])],
      footer: 'Confidence: 87%',
    });
    expect(blocks.flatMap(blockTexts)).toEqual([
      '*more than 500*',
      '> More than 500 took part.',
      '— Expo opens, sentence 2',
      '*Note*\nOnline stands count too.',
      'Confidence: 87%',
    ]);
  });

  it('draws feedback as 👍/👎 buttons under everything, keeping what they judge and the question', () => {
    const { blocks } = renderSlack(
      {
        kind: 'answer',
        blocks: [answerBlock('more than 500'), citationBlock(citation), feedbackOn(citation)],
      },
      { question: 'How many took part?' },
    );
    const value = JSON.stringify({
      kind: 'answer',
      brief: 'expo',
      sentence: 1,
      question: 'How many took part?',
    });
    expect(blocks.at(-1)).toEqual({
      type: 'actions',
      block_id: 'newsbrief_feedback',
      elements: [
        {
          type: 'button',
          action_id: 'newsbrief_feedback_up',
          text: { type: 'plain_text', text: '👍 Helpful', emoji: true },
          value,
        },
        {
          type: 'button',
          action_id: 'newsbrief_feedback_down',
          text: { type: 'plain_text', text: '👎 Wrong or unhelpful', emoji: true },
          value,
        },
      ],
    });
  });

  it('says an abstention and an error plainly, and always has fallback text', () => {
    const abstention = renderSlack({
      kind: 'abstention',
      blocks: [abstentionBlock('Not in the briefs.', 'count', [])],
    });
    const checked = 'Checked: every brief in the library; none covers this question.';
    expect(abstention.blocks.flatMap(blockTexts)).toEqual(['Not in the briefs.', checked]);
    expect(abstention.text).toBe(`Not in the briefs.\n\n${checked}`);
    const error = renderSlack(errorReply('Unknown command /x', 'Type /help'));
    expect(error.text).toBe('Unknown command /x\nType /help');
    expect(renderSlack({ kind: 'list', blocks: [noticeBlock('')] }).text.trim()).not.toBe('');
  });

  it('cuts a long title at a word for the header and gives it whole in a section', () => {
    const title = `${'word '.repeat(40)}end`;
    const { blocks } = renderSlack({ kind: 'briefing', title, blocks: [] });
    const [header, section] = blocks.flatMap(blockTexts);
    expect(header?.length).toBeLessThanOrEqual(150);
    expect(header).toMatch(/word…$/);
    expect(section).toBe(`*${title}*`);
  });

  it('ends with a trimmed marker past 50 blocks, the buttons still under it', () => {
    const notices = Array.from({ length: 80 }, (_, i) => noticeBlock(`Story ${i}`));
    const trimmed = { type: 'context', elements: [{ type: 'mrkdwn', text: TRIMMED_MARKER }] };
    const { blocks } = renderSlack({ kind: 'list', blocks: notices });
    expect(blocks).toHaveLength(50);
    expect(blocks.at(-1)).toEqual(trimmed);
    const asked = renderSlack({ kind: 'answer', blocks: [...notices, feedbackOn('abstention')] }).blocks;
    expect(asked).toHaveLength(50);
    expect(asked.at(-2)).toEqual(trimmed);
    expect(asked.at(-1)?.type).toBe('actions');
  });

  it('sets each story apart by a divider, its source and link under its bold title', () => {
    const { blocks } = renderSlack({
      kind: 'digest',
      blocks: [
        noticeBlock('This digest is late.'),
        storyBlock({ title: 'Bridge', source: 'Herald', url: 'https://example.com/b', bullets: ['One.'] }),
        storyBlock({ title: 'Expo', source: 'Gazette', bullets: [] }),
      ],
    });
    expect(blocks.map((block) => block.type)).toEqual([
      'section',
      'divider',
      'section',
      'divider',
      'section',
    ]);
    expect(blocks.flatMap(blockTexts)).toEqual([
      'This digest is late.',
      '*Bridge*\nHerald · https://example.com/b\n• One.',
      '*Expo*\nGazette',
    ]);
  });
});

describe('escapeSlack and plainSlack', () => {
  it('escapes markup and breaks broadcast mentions, leaving other text alone', () => {
    expect(escapeSlack('a & b <!channel> <@U1|bob> <https://x|y>')).toBe(
      'a &amp; b &lt;!channel&gt; &lt;@U1|bob&gt; &lt;https://x|y&gt;',
    );
    expect(escapeSlack('hi @here, @Channel and @everyone; mail a@heresy.org')).toBe(
      'hi @\u200Dhere, @\u200DChannel and @\u200Deveryone; mail a@heresy.org',
    );
    expect(plainSlack('Q&A <!here> @everyone')).toBe('Q&A <\u200D!here> @\u200Deveryone');
  });
});
