import { describe, expect, it } from 'vitest';
import {
  abstentionBlock,
  answerBlock,
  bulletsBlock,
  citationBlock,
  noticeBlock,
  storyBlock,
} from '../../../src/core/replies/blocks.js';
import { errorReply, type Reply } from '../../../src/core/reply.js';
import {
  DISCORD_LIMITS,
  type DiscordEmbed,
  type DiscordMessage,
  MAX_MESSAGES,
  renderDiscord,
} from '../../../src/platforms/discord/discord-render.js';
import { escapeDiscord, escapeLineStart, plainDiscord } from '../../../src/platforms/discord/discord-text.js';

const ZWJ = '\u200D';

const citation = { briefId: 'expo', sentence: 1, text: 'More than 500 took part.', briefTitle: 'Expo opens' };

const answer: Reply = {
  kind: 'answer',
  blocks: [answerBlock('more than 500'), citationBlock(citation, ['Online stands count too.'])],
  footer: 'Confidence: 87%',
};

/** The only embed of a reply that must render as one message with one embed. */
function onlyEmbed(reply: Reply): DiscordEmbed {
  const messages = renderDiscord(reply);
  expect(messages).toHaveLength(1);
  expect(messages[0]?.embeds).toHaveLength(1);
  return messages[0]?.embeds[0] ?? {};
}

/** Every text Discord shows of a message. */
function textsOf(message: DiscordMessage): string[] {
  return message.embeds.flatMap((embed) => [
    embed.title ?? '',
    embed.description ?? '',
    ...(embed.fields ?? []).flatMap((field) => [field.name, field.value]),
    embed.footer?.text ?? '',
  ]);
}

describe('renderDiscord', () => {
  it('renders a briefing as one embed: linked title, "• " bullets, the source in the footer', () => {
    const embed = onlyEmbed({
      kind: 'briefing',
      title: 'Bridge reopens',
      url: 'https://example.com/a?x=1&y=2',
      blocks: [bulletsBlock(['One.', ' ', 'Two.'])],
      footer: 'Herald · 22 Aug 2022',
    });
    expect(embed).toEqual({
      title: 'Bridge reopens',
      url: 'https://example.com/a?x=1&y=2',
      color: expect.any(Number),
      description: '• One.\n• Two.',
      footer: { text: 'Herald · 22 Aug 2022' },
    });
  });

  it('renders an answer bold, then the cited sentence quoted with its brief and sentence N, then notes', () => {
    expect(onlyEmbed(answer)).toEqual({
      color: expect.any(Number),
      description:
        '**more than 500**\n\n> More than 500 took part.\n— Expo opens, sentence 2\n\n**Note**\nOnline stands count too.',
      footer: { text: 'Confidence: 87%' },
    });
  });

  it('says an abstention, an error, a list and help plainly, each kind in its own colour', () => {
    const abstention = onlyEmbed({
      kind: 'abstention',
      blocks: [
        abstentionBlock('Not in the briefs.', 'count', [{ briefId: 'expo', briefTitle: 'Expo opens' }]),
      ],
    });
    expect(abstention.description).toBe('Not in the briefs.\n\nChecked: «Expo opens»');
    const error = onlyEmbed(errorReply('Unknown command /x', 'Type /help'));
    expect(error.description).toBe('Unknown command /x\nType /help');
    const help = onlyEmbed({
      kind: 'help',
      title: 'newsbrief commands',
      blocks: [bulletsBlock(['/brief <id> — A briefing', '/help — This'])],
    });
    expect(help.description).toBe('• /brief <id> — A briefing\n• /help — This');
    const briefing = onlyEmbed({ kind: 'briefing', title: 'T', blocks: [] });
    const colours = [briefing, onlyEmbed(answer), abstention, error].map((embed) => embed.color);
    expect(new Set(colours).size).toBe(4);
    expect(onlyEmbed({ kind: 'list', blocks: [bulletsBlock([])] }).description).toBe('…');
  });

  it('gives each digest story a field of its own under the digest title', () => {
    const embed = onlyEmbed({
      kind: 'digest',
      title: 'Your news digest — 22 Aug 2022',
      blocks: [
        noticeBlock('This digest is late.'),
        storyBlock({ title: 'Bridge reopens', source: 'Herald · 22 Aug 2022', bullets: ['One.', 'Two.'] }),
        storyBlock({
          title: 'Expo opens',
          source: 'Gazette · 21 Aug 2022',
          url: 'https://example.com/expo',
          bullets: ['Three.'],
        }),
      ],
      footer: '…and 2 more stories.',
    });
    expect(embed.description).toBe('This digest is late.');
    expect(embed.fields).toEqual([
      { name: 'Bridge reopens', value: 'Herald · 22 Aug 2022\n• One.\n• Two.' },
      { name: 'Expo opens', value: 'Gazette · 21 Aug 2022 · https://example.com/expo\n• Three.' },
    ]);
    expect(embed.footer).toEqual({ text: '…and 2 more stories.' });
  });

  it('lets article text neither ping nor format', () => {
    const [message] = renderDiscord({
      kind: 'briefing',
      title: 'Hey @everyone *stars*',
      url: 'https://example.com/a_b',
      blocks: [
        bulletsBlock(['@everyone look <@123> at <@&456> in <#789> @here', '*stars* __under__ ||spoiler||']),
        citationBlock({ ...citation, text: '> not a quote, <@!123>' }),
      ],
      footer: 'By <@123> *plainly*',
    });
    expect(message?.embeds[0]).toMatchObject({
      title: `Hey @${ZWJ}everyone \\*stars\\*`,
      url: 'https://example.com/a_b',
      description: [
        `• @${ZWJ}everyone look <${ZWJ}@123> at <${ZWJ}@&456> in <${ZWJ}#789> @${ZWJ}here`,
        '• \\*stars\\* \\_\\_under\\_\\_ \\|\\|spoiler\\|\\|',
        '',
        `> \\> not a quote, <${ZWJ}@!123>`,
        '— Expo opens, sentence 2',
      ].join('\n'),
      // A footer shows markdown literally, so only the mention is broken.
      footer: { text: `By <${ZWJ}@123> *plainly*` },
    });
    for (const text of textsOf(message ?? { embeds: [], allowedMentions: { parse: [] } })) {
      expect(text).not.toMatch(/@everyone|@here|<[@#]/);
    }
  });

  it('splits a 20,000-character reply across embeds and messages within every Discord limit', () => {
    const sentence = (i: number) => `Sentence number ${i} of a very long article.`;
    const text = Array.from({ length: 480 }, (_, i) => sentence(i)).join(' ');
    expect(text.length).toBeGreaterThan(20_000);
    const messages = renderDiscord({ kind: 'briefing', title: 'Long', blocks: [noticeBlock(text)] });
    expect(messages.length).toBeGreaterThan(1);
    expect(messages.length).toBeLessThanOrEqual(MAX_MESSAGES);
    for (const message of messages) {
      expect(message.embeds.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedsPerMessage);
      const total = textsOf(message).reduce((sum, t) => sum + t.length, 0);
      expect(total).toBeLessThanOrEqual(DISCORD_LIMITS.charsPerMessage);
      for (const embed of message.embeds) {
        expect(embed.description?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.description);
      }
    }
    // Nothing lost, no word cut: the descriptions, rejoined, are the text again.
    const shown = messages.flatMap((m) => m.embeds.map((e) => e.description ?? '')).join(' ');
    expect(shown.replace(/\s+/g, ' ').trim()).toBe(text);
  });

  it('trims past the message cap and says so last', () => {
    const bullets = Array.from({ length: 4000 }, (_, i) => `Bullet ${i} with a few more words in it.`);
    const messages = renderDiscord({ kind: 'list', blocks: [bulletsBlock(bullets)], footer: 'End' });
    expect(messages).toHaveLength(MAX_MESSAGES);
    expect(messages.at(-1)?.embeds.at(-1)?.footer).toEqual({ text: '…and more (trimmed)' });
    for (const message of messages) {
      expect(textsOf(message).reduce((sum, t) => sum + t.length, 0)).toBeLessThanOrEqual(6000);
    }
  });

  it('continues a story too long for one field in a "(continued)" field', () => {
    const bullets = Array.from({ length: 40 }, (_, i) => `Bullet ${i} of a story with many bullets.`);
    const [message] = renderDiscord({
      kind: 'digest',
      blocks: [storyBlock({ title: 'Story', source: '', bullets })],
    });
    const fields = message?.embeds.flatMap((embed) => embed.fields ?? []) ?? [];
    expect(fields.map((field) => field.name)).toEqual(['Story', 'Story (continued)']);
    for (const field of fields) expect(field.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldValue);
  });

  it('puts at most 25 stories in an embed, the rest in the next', () => {
    const blocks = Array.from({ length: 60 }, (_, i) =>
      storyBlock({ title: `Story ${i}`, source: 'Herald', bullets: [] }),
    );
    const [message] = renderDiscord({ kind: 'digest', title: 'Digest', blocks });
    expect(message?.embeds.map((embed) => embed.fields?.length)).toEqual([25, 25, 10]);
    expect(message?.embeds.map((embed) => embed.title)).toEqual(['Digest', undefined, undefined]);
  });

  it('moves a footer too long for Discord into the description', () => {
    const footer = 'source '.repeat(400).trim();
    const embed = onlyEmbed({ kind: 'briefing', title: 'T', blocks: [], footer });
    expect(embed.footer).toBeUndefined();
    expect(embed.description).toBe(footer);
  });

  it('cuts a 300-character title at a word and gives it whole at the top of the description', () => {
    const title = `${'headline '.repeat(33)}end`;
    expect(title).toHaveLength(300);
    const embed = onlyEmbed({ kind: 'briefing', title, blocks: [bulletsBlock(['One.'])] });
    expect(embed.title?.length).toBeLessThanOrEqual(DISCORD_LIMITS.title);
    expect(embed.title).toMatch(/ headline…$/);
    expect(embed.description).toBe(`**${title}**\n\n• One.`);
  });

  it('sets allowedMentions to { parse: [] } on every message', () => {
    const text = 'word '.repeat(5000);
    const messages = renderDiscord({ kind: 'answer', blocks: [answerBlock(text), citationBlock(citation)] });
    expect(messages.length).toBeGreaterThan(1);
    for (const message of messages) expect(message.allowedMentions).toEqual({ parse: [] });
  });

  it('renders a private reply the same: the adapter makes it ephemeral', () => {
    expect(renderDiscord({ ...answer, private: true })).toEqual(renderDiscord(answer));
  });

  it('shows a link Discord cannot put on the title as text', () => {
    const embed = onlyEmbed({ kind: 'briefing', url: 'ftp://example.com/x', blocks: [] });
    expect(embed.url).toBeUndefined();
    expect(embed.description).toBe('ftp://example.com/x');
  });
});

describe('escapeDiscord, escapeLineStart and plainDiscord', () => {
  it('escapes only what Discord interprets, and never inside a URL', () => {
    expect(escapeDiscord('a*b_c `d` ~single~ ~~strike~~ |pipe| \\ [x](https://e.com/a_b)')).toBe(
      'a\\*b\\_c \\`d\\` ~single~ \\~\\~strike\\~\\~ |pipe| \\\\ \\[x](https://e.com/a_b)',
    );
    expect(escapeDiscord('a > b # c - d 1. e')).toBe('a > b # c - d 1. e');
  });

  it('escapes quote, heading, subtext and list markers at the start of a line only', () => {
    const starts = ['> q', '>>> q', '# h', '### h', '-# s', '- l', '+ l'];
    for (const line of starts) expect(escapeLineStart(line)).toBe(`\\${line}`);
    expect(escapeLineStart('12. n')).toBe('12\\. n');
    expect(escapeLineStart('#hashtag and - dash')).toBe('#hashtag and - dash');
  });

  it('breaks mentions in plain fields without escaping markdown', () => {
    expect(plainDiscord('*a* @Everyone <@1> <#2> <!here>')).toBe(
      `*a* @${ZWJ}Everyone <${ZWJ}@1> <${ZWJ}#2> <${ZWJ}!here>`,
    );
  });
});
