import {
  abstentionBlock,
  answerBlock,
  bulletsBlock,
  citationBlock,
  feedbackOn,
  noticeBlock,
  storyBlock,
} from '../../src/core/replies/blocks.js';
import { type CheckedBrief, errorReply, type Reply } from '../../src/core/reply.js';

/** The replies the renderer contract (./renderer-contract.ts) gives every renderer. */

/** A word that cannot be mistaken for a piece of another: "w00042z". */
const word = (i: number) => `w${String(i).padStart(5, '0')}z`;
const words = (from: number, count: number) => Array.from({ length: count }, (_, i) => word(from + i));

const citation = {
  briefId: 'test-expo',
  sentence: 1,
  text: 'More than 500 exhibitors took part.',
  briefTitle: 'Test Expo opens',
};

const answer: Reply = {
  kind: 'answer',
  blocks: [
    answerBlock('more than 500'),
    citationBlock(citation, ['The count includes online stands.']),
    feedbackOn(citation),
  ],
  footer: 'Confidence: 87%',
};

const EXPO = { briefId: 'test-expo', briefTitle: 'Test Expo opens' };
const BRIDGE = { briefId: 'bridge', briefTitle: 'Bridge reopens after repairs' };

const abstention = (message: string, checked: CheckedBrief[]): Reply => ({
  kind: 'abstention',
  blocks: [abstentionBlock(message, 'count', checked), feedbackOn('abstention')],
});

/** The Replies every renderer must handle; `byWords` ones are checked word by word (w00001z…). */
export const contractReplies: { name: string; reply: Reply; byWords?: boolean }[] = [
  {
    name: 'a briefing',
    reply: {
      kind: 'briefing',
      title: 'Bridge reopens after repairs',
      url: 'https://example.com/bridge?a=1',
      blocks: [bulletsBlock(['The bridge reopened on Monday.', 'Repairs took two years.'])],
      footer: 'City Herald · 22 Aug 2022',
    },
  },
  { name: 'an answer with a citation, a note and feedback', reply: answer },
  {
    name: 'an abstention',
    reply: abstention('None of the briefs says how much the bridge cost.', [BRIDGE]),
  },
  {
    name: 'an abstention naming the brief it checked',
    reply: abstention('The article doesn\'t say: it never mentions "tickets".', [EXPO]),
  },
  {
    name: 'an abstention that checked two briefs',
    reply: abstention("The article doesn't say who opened it.", [EXPO, BRIDGE]),
  },
  {
    name: 'an abstention no brief fits',
    reply: abstention("The article doesn't say: no brief in the library covers this question.", []),
  },
  {
    name: 'a digest with a notice and stories with links',
    reply: {
      kind: 'digest',
      title: 'Your news digest — 22 Aug 2022',
      blocks: [
        noticeBlock('This digest is late: it was due at 08:00 on 22 Aug 2022 (UTC).'),
        storyBlock({
          title: 'Bridge reopens after repairs',
          source: 'City Herald · 22 Aug 2022',
          url: 'https://example.com/bridge',
          bullets: ['The bridge reopened on Monday.', 'Repairs took two years.'],
        }),
        storyBlock({
          title: 'Test Expo opens',
          source: '21 Aug 2022',
          bullets: ['More than 500 took part.'],
        }),
      ],
      footer: '…and 2 more stories.',
    },
  },
  {
    name: 'help with a second list under a heading',
    reply: {
      kind: 'help',
      title: 'newsbrief commands',
      blocks: [
        bulletsBlock(['/brief [id] — Show a briefing', '/help — Show the commands']),
        bulletsBlock(['Mention the bot with a question'], 'In chat'),
      ],
      footer: 'Answers always cite the sentence they come from.',
    },
  },
  { name: 'an error', reply: errorReply('Unknown command /weather', 'Type /help to see the commands.') },
  { name: 'a private reply', reply: { ...answer, private: true } },
  {
    name: 'a reply with empty blocks',
    reply: {
      kind: 'list',
      title: 'Briefs (1)',
      blocks: [
        noticeBlock(''),
        bulletsBlock([]),
        noticeBlock('   '),
        bulletsBlock(['', '  '], ' '),
        answerBlock(' '),
        noticeBlock('Only this one.'),
      ],
    },
  },
  {
    name: 'a 20,000-character reply',
    byWords: true,
    reply: {
      kind: 'briefing',
      title: words(0, 25).join(' '),
      blocks: [
        noticeBlock(words(25, 1250).join(' ')),
        bulletsBlock(Array.from({ length: 100 }, (_, i) => words(1275 + i * 13, 13).join(' '))),
      ],
      footer: words(2575, 3).join(' '),
    },
  },
  {
    name: 'a 10,000-character answer asking for feedback',
    byWords: true,
    reply: {
      kind: 'answer',
      blocks: [
        answerBlock(words(3000, 1250).join(' ')),
        citationBlock({ ...citation, text: words(4250, 12).join(' ') }, [words(4262, 100).join(' ')]),
        feedbackOn(citation),
      ],
      footer: words(4362, 2).join(' '),
    },
  },
  {
    name: 'a digest with many stories',
    byWords: true,
    reply: {
      kind: 'digest',
      title: word(10_000),
      blocks: Array.from({ length: 120 }, (_, i) =>
        storyBlock({
          title: word(10_001 + i * 5),
          source: words(10_002 + i * 5, 3).join(' '),
          url: `https://example.com/${word(10_005 + i * 5)}`,
          bullets: [],
        }),
      ),
    },
  },
];

export const BROADCASTS = [
  ...['<!channel>', '<!here>', '<!everyone>', '@channel', '@here', '@everyone', '<@U024BE7LH>'],
  // Discord's user, nickname, role and channel mentions.
  ...['<@80351110224678912>', '<@!80351110224678912>', '<@&165511591545143296>', '<#41771983423143937>'],
];
const pings = BROADCASTS.join(' and ');
/** Every block type, each text in it a ping. */
export const mentionReply: Reply = {
  kind: 'briefing',
  title: `Alert <!channel> @here`,
  url: 'https://example.com/mentions',
  blocks: [
    answerBlock(pings),
    citationBlock({ ...citation, text: `Ping ${pings}`, briefTitle: '<!everyone> news' }, [pings]),
    abstentionBlock(pings, 'person', [{ briefId: 'pings', briefTitle: `Checked ${pings}` }]),
    storyBlock({ title: '@everyone', source: pings, url: 'https://example.com/story', bullets: [pings] }),
    bulletsBlock(
      BROADCASTS.map((b) => `hi ${b}`),
      '@everyone',
    ),
    noticeBlock(pings),
    feedbackOn(citation),
  ],
  footer: 'Posted by <@U024BE7LH> @channel',
};
