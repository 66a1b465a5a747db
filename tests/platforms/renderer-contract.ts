import { describe, expect, it } from 'vitest';
import { checkedLine, errorReply, type Reply } from '../../src/core/reply.js';

/** What a renderer's output looks like to the contract: the fallback text and the limited pieces. */
export interface ContractOutput {
  /** The whole message as text (console: the output; Slack: the fallback text). */
  text: string;
  /** How many units the platform counts against its limit (Slack: blocks; console: 1). */
  size: number;
  /** Every length-limited text (Slack: each block's text; console: the whole string). */
  pieces: string[];
  /** Title texts with their own, tighter limit (Slack: header blocks). */
  headers?: string[];
  /** Pieces with a limit of their own (Discord: a title's 256, a field value's 1,024, a footer's 2,048). */
  limited?: { text: string; limit: number }[];
  /** What `size` counts, when each has limits of its own (Discord: messages, each of embeds and characters). */
  groups?: { units: number; chars: number }[];
}

export interface RendererLimits {
  pieceChars: number;
  size: number;
  headerChars?: number;
  /** The platform turns `@channel`, `<!here>`, `<@U…>` into pings, so the renderer must neutralise them. */
  pings: boolean;
  /** Each group's limits (Discord: 10 embeds and 6,000 characters a message); when set, groups are required. */
  group?: { units: number; chars: number };
}

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
  sections: [{ text: 'more than 500' }, { heading: 'Note', text: 'The count includes online stands.' }],
  citations: [citation],
  footer: 'Confidence: 87%',
};

/** The Replies every renderer must handle; `byWords` ones are checked word by word (w00001z…). */
export const contractReplies: { name: string; reply: Reply; byWords?: boolean }[] = [
  {
    name: 'a briefing',
    reply: {
      kind: 'briefing',
      title: 'Bridge reopens after repairs',
      url: 'https://example.com/bridge?a=1',
      sections: [{ bullets: ['The bridge reopened on Monday.', 'Repairs took two years.'] }],
      citations: [],
      footer: 'City Herald · 22 Aug 2022',
    },
  },
  { name: 'an answer with a citation', reply: answer },
  {
    name: 'an abstention',
    reply: {
      kind: 'abstention',
      sections: [{ text: 'None of the briefs says how much the bridge cost.' }],
      citations: [],
    },
  },
  {
    name: 'an abstention naming the brief it checked',
    reply: {
      kind: 'abstention',
      sections: [{ text: 'The article doesn\'t say: it never mentions "tickets".' }],
      citations: [],
      checked: [{ briefId: 'test-expo', briefTitle: 'Test Expo opens' }],
    },
  },
  {
    name: 'an abstention that checked two briefs',
    reply: {
      kind: 'abstention',
      sections: [{ text: "The article doesn't say who opened it." }],
      citations: [],
      checked: [
        { briefId: 'test-expo', briefTitle: 'Test Expo opens' },
        { briefId: 'bridge', briefTitle: 'Bridge reopens after repairs' },
      ],
    },
  },
  {
    name: 'an abstention no brief fits',
    reply: {
      kind: 'abstention',
      sections: [{ text: "The article doesn't say: no brief in the library covers this question." }],
      citations: [],
      checked: [],
    },
  },
  { name: 'an error', reply: errorReply('Unknown command /weather', 'Type /help to see the commands.') },
  { name: 'a private reply', reply: { ...answer, private: true } },
  {
    name: 'a reply with empty sections',
    reply: {
      kind: 'list',
      title: 'Briefs (1)',
      sections: [{}, { bullets: [] }, { text: '   ' }, { bullets: ['', '  '] }, { text: 'Only this one.' }],
      citations: [],
    },
  },
  {
    name: 'a 20,000-character reply',
    byWords: true,
    reply: {
      kind: 'briefing',
      title: words(0, 25).join(' '),
      sections: [
        { text: words(25, 1250).join(' ') },
        { bullets: Array.from({ length: 100 }, (_, i) => words(1275 + i * 13, 13).join(' ')) },
      ],
      citations: [],
      footer: words(2575, 3).join(' '),
    },
  },
  {
    name: 'a reply with many sections',
    byWords: true,
    reply: {
      kind: 'digest',
      title: word(10_000),
      sections: Array.from({ length: 120 }, (_, i) => ({
        heading: word(10_001 + i * 4),
        text: words(10_002 + i * 4, 3).join(' '),
      })),
      citations: [],
    },
  },
];

const BROADCASTS = [
  ...['<!channel>', '<!here>', '<!everyone>', '@channel', '@here', '@everyone', '<@U024BE7LH>'],
  // Discord's user, nickname, role and channel mentions.
  ...['<@80351110224678912>', '<@!80351110224678912>', '<@&165511591545143296>', '<#41771983423143937>'],
];
const mentionReply: Reply = {
  kind: 'briefing',
  title: `Alert <!channel> @here`,
  url: 'https://example.com/mentions',
  sections: [
    { heading: '@everyone', text: BROADCASTS.join(' and '), bullets: BROADCASTS.map((b) => `hi ${b}`) },
  ],
  citations: [{ ...citation, text: `Ping ${BROADCASTS.join(' ')}`, briefTitle: '<!everyone> news' }],
  checked: [{ briefId: 'pings', briefTitle: `Checked ${BROADCASTS.join(' ')}` }],
  footer: 'Posted by <@U024BE7LH> @channel',
};

/** The texts a reader must find: title, link, headings, text lines, bullets, citations, footer. */
function atomsOf(reply: Reply, byWords: boolean): string[] {
  const atoms = [
    reply.title,
    reply.url,
    ...reply.sections.flatMap((s) => [s.heading, ...(s.text ?? '').split('\n'), ...(s.bullets ?? [])]),
    ...reply.citations.flatMap((c) => [c.text, c.briefTitle]),
    ...(reply.checked ?? []).map((c) => c.briefTitle),
    reply.footer,
  ].filter((a): a is string => Boolean(a?.trim()));
  return byWords ? atoms.flatMap((a) => a.split(/\s+/)) : atoms.map((a) => a.trim());
}

const TRIMMED = /trimmed/i;

/** Every atom is present, unless the output says it was trimmed (and says it last). */
function expectNothingLost(output: string, atoms: readonly string[], last: string, where: string) {
  const missing = atoms.findIndex((atom) => !output.includes(atom));
  if (missing === -1) return;
  expect(TRIMMED.test(last), `${where}: "${atoms[missing]}" is missing with no trimmed marker`).toBe(true);
}

export function runRendererContract(
  name: string,
  render: (reply: Reply) => ContractOutput,
  limits: RendererLimits,
): void {
  describe(`${name} renderer contract`, () => {
    describe.each(contractReplies)('$name', ({ reply, byWords }) => {
      const out = render(reply);

      it('renders something readable, and every piece within the limits', () => {
        expect(out.text.trim()).not.toBe('');
        expect(out.size).toBeLessThanOrEqual(limits.size);
        for (const piece of out.pieces) {
          expect(piece.trim()).not.toBe('');
          expect(piece.length).toBeLessThanOrEqual(limits.pieceChars);
        }
        for (const header of out.headers ?? []) {
          expect(header.length).toBeLessThanOrEqual(limits.headerChars ?? limits.pieceChars);
        }
        for (const { text, limit } of out.limited ?? []) expect(text.length).toBeLessThanOrEqual(limit);
        if (limits.group) {
          expect(out.groups?.length).toBe(out.size);
          for (const group of out.groups ?? []) {
            expect(group.units).toBeGreaterThan(0);
            expect(group.units).toBeLessThanOrEqual(limits.group.units);
            expect(group.chars).toBeLessThanOrEqual(limits.group.chars);
          }
        }
      });

      it('loses nothing, except past an explicit trimmed marker at the end', () => {
        const atoms = atomsOf(reply, byWords ?? false);
        expectNothingLost(out.text, atoms, out.text.slice(-100), 'text');
        expectNothingLost(out.pieces.join('\n'), atoms, out.pieces.at(-1) ?? '', 'pieces');
      });

      it("shows every citation's sentence, brief title and sentence number", () => {
        for (const c of reply.citations) {
          expect(out.text).toContain(c.text);
          expect(out.text).toContain(c.briefTitle);
          expect(out.text).toContain(`sentence ${c.sentence + 1}`);
          expect(out.pieces.some((piece) => piece.includes(c.text))).toBe(true);
        }
      });

      it('names every brief an abstention checked, or says that no brief covers the question', () => {
        if (!reply.checked) return;
        // The whole line, in one piece: "Checked: «A» and «B»" read apart would not say what was checked.
        const line = checkedLine(reply.checked);
        expect(out.text).toContain(line);
        expect(out.pieces.some((piece) => piece.includes(line))).toBe(true);
        for (const brief of reply.checked) expect(line).toContain(brief.briefTitle);
        if (reply.checked.length === 0) expect(line).toMatch(/none covers this question/);
      });

      it('never cuts a word in two', () => {
        for (const piece of [...out.pieces, ...(out.headers ?? []), out.text]) {
          for (const token of piece.match(/[a-z0-9]+/gi) ?? []) {
            if (/^w\d|\dz$/.test(token)) expect(token).toMatch(/^w\d{5}z$/);
          }
        }
      });
    });

    // Only where the platform pings: a terminal has no @channel.
    if (limits.pings) {
      it('neutralises broadcast and user mentions taken from article text', () => {
        const out = render(mentionReply);
        for (const piece of [out.text, ...out.pieces, ...(out.headers ?? [])]) {
          for (const mention of BROADCASTS) expect(piece.toLowerCase()).not.toContain(mention.toLowerCase());
          expect(piece).not.toMatch(/<[!@#]/);
        }
      });
    }
  });
}
