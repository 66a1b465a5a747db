import { describe, expect, it } from 'vitest';
import { errorReply } from '../../src/core/reply.js';
import { renderConsole } from '../../src/platforms/console/console-render.js';
import {
  DISCORD_LIMITS,
  type DiscordEmbed,
  type DiscordMessage,
  MAX_MESSAGES,
  renderDiscord,
} from '../../src/platforms/discord/discord-render.js';
import { renderSlack, type SlackBlock, TRIMMED_MARKER } from '../../src/platforms/slack/slack-render.js';
import { escapeSlack, plainSlack } from '../../src/platforms/slack/slack-text.js';
import { runRendererContract } from './renderer-contract.js';

/** The console has no pieces or pings: the whole output is one piece, with a generous limit. */
runRendererContract(
  'console',
  (reply) => {
    const text = renderConsole(reply);
    return { text, size: 1, pieces: [text] };
  },
  { pieceChars: 1_000_000, size: 1, pings: false },
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
    const { text, blocks } = renderSlack(reply);
    return {
      text,
      size: blocks.length,
      pieces: blocks.flatMap(blockTexts),
      headers: blocks.flatMap((block) => (block.type === 'header' ? [block.text.text] : [])),
    };
  },
  { pieceChars: 3000, size: 50, headerChars: 150, pings: true },
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

function messagePieces(message: DiscordMessage): LimitedText[] {
  const content =
    message.content === undefined ? [] : [{ text: message.content, limit: DISCORD_LIMITS.content }];
  return [...content, ...message.embeds.flatMap(embedPieces)];
}

/** Discord's per-message total: every embed text, not the message content. */
function embedChars(message: DiscordMessage): number {
  return message.embeds.flatMap(embedPieces).reduce((sum, piece) => sum + piece.text.length, 0);
}

runRendererContract(
  'discord',
  (reply) => {
    const messages = renderDiscord(reply);
    const limited = messages.flatMap(messagePieces);
    // What a reader sees, in order: the limited texts, and the link an embed's title carries.
    const pieces = messages.flatMap((message) => [
      ...(message.content === undefined ? [] : [message.content]),
      ...message.embeds.flatMap((embed) => [
        ...(embed.title === undefined ? [] : [embed.title]),
        ...(embed.url === undefined ? [] : [embed.url]),
        ...embedPieces({ ...embed, title: undefined }).map((piece) => piece.text),
      ]),
    ]);
    return {
      text: pieces.join('\n\n'),
      size: messages.length,
      pieces,
      limited,
      groups: messages.map((message) => ({ units: message.embeds.length, chars: embedChars(message) })),
    };
  },
  {
    pieceChars: DISCORD_LIMITS.description,
    size: MAX_MESSAGES,
    group: { units: DISCORD_LIMITS.embedsPerMessage, chars: DISCORD_LIMITS.charsPerMessage },
    pings: true,
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
      sections: [{ bullets: ['One.', ' ', 'Two.'] }],
      citations: [],
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

  it('renders an answer bold, the cited sentence quoted, and its brief and sentence number', () => {
    const { blocks } = renderSlack({
      kind: 'answer',
      sections: [{ text: 'more than 500' }],
      citations: [citation],
      footer: 'Confidence: 87%',
    });
    expect(blocks.flatMap(blockTexts)).toEqual([
      '*more than 500*',
      '> More than 500 took part.',
      '— Expo opens, sentence 2',
      'Confidence: 87%',
    ]);
  });

  it('says an abstention and an error plainly, and always has fallback text', () => {
    const abstention = renderSlack({
      kind: 'abstention',
      sections: [{ text: 'Not in the briefs.' }],
      citations: [],
    });
    expect(abstention.blocks.flatMap(blockTexts)).toEqual(['Not in the briefs.']);
    expect(abstention.text).toBe('Not in the briefs.');
    const error = renderSlack(errorReply('Unknown command /x', 'Type /help'));
    expect(error.text).toBe('Unknown command /x\nType /help');
    expect(renderSlack({ kind: 'list', sections: [{}], citations: [] }).text.trim()).not.toBe('');
  });

  it('cuts a long title at a word for the header and gives it whole in a section', () => {
    const title = `${'word '.repeat(40)}end`;
    const { blocks } = renderSlack({ kind: 'briefing', title, sections: [], citations: [] });
    const [header, section] = blocks.flatMap(blockTexts);
    expect(header?.length).toBeLessThanOrEqual(150);
    expect(header).toMatch(/word…$/);
    expect(section).toBe(`*${title}*`);
  });

  it('ends with a trimmed marker past 50 blocks', () => {
    const sections = Array.from({ length: 80 }, (_, i) => ({ text: `Story ${i}` }));
    const { blocks } = renderSlack({ kind: 'list', sections, citations: [] });
    expect(blocks).toHaveLength(50);
    expect(blocks.at(-1)).toEqual({ type: 'context', elements: [{ type: 'mrkdwn', text: TRIMMED_MARKER }] });
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
