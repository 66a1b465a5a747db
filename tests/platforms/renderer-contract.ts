import { describe, expect, it } from 'vitest';
import {
  type BlockOf,
  type BlockType,
  blocksOf,
  checkedLine,
  type Reply,
  storyLine,
} from '../../src/core/reply.js';
import { BROADCASTS, contractReplies, mentionReply } from './renderer-contract-replies.js';

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
  /** The actions drawn, as they read ("👍 Helpful"); none on a platform without buttons. */
  actions: string[];
}

export interface RendererLimits {
  pieceChars: number;
  size: number;
  headerChars?: number;
  /** The platform turns `@channel`, `<!here>`, `<@U…>` into pings, so the renderer must neutralise them. */
  pings: boolean;
  /** Each group's limits (Discord: 10 embeds and 6,000 characters a message); when set, groups are required. */
  group?: { units: number; chars: number };
  /** The platform has buttons, so a feedback block is drawn as 👍/👎 actions (a terminal has none). */
  buttons: boolean;
}

/**
 * What a reader must find of each type of block. Typed over every block type, so a new one fails to
 * compile until the contract says what of it must be shown.
 */
const SHOWN: { [T in BlockType]: (block: BlockOf<T>) => (string | undefined)[] } = {
  answer: (block) => [block.text],
  citation: (block) => [block.text, block.briefTitle, ...block.notes],
  abstention: (block) => [block.message, ...block.checked.map((brief) => brief.briefTitle)],
  story: (block) => [block.title, block.source, block.url, ...block.bullets],
  bullets: (block) => [block.heading, ...block.items],
  notice: (block) => [block.text],
  // Buttons, not text: checked by the actions test.
  feedback: () => [],
};

const shownOf = <T extends BlockType>(block: BlockOf<T>): (string | undefined)[] =>
  (SHOWN[block.type] as (block: BlockOf<T>) => (string | undefined)[])(block);

/** The texts a reader must find: title, link, every block's texts line by line, footer. */
function atomsOf(reply: Reply, byWords: boolean): string[] {
  const atoms = [reply.title, reply.url, ...reply.blocks.flatMap(shownOf), reply.footer]
    .flatMap((atom) => (atom ?? '').split('\n'))
    .filter((atom) => Boolean(atom.trim()));
  return byWords ? atoms.flatMap((a) => a.split(/\s+/)) : atoms.map((a) => a.trim());
}

/** The labels of the 👍/👎 actions a platform with buttons draws for a feedback block. */
const FEEDBACK_LABELS = ['👍 Helpful', '👎 Wrong or unhelpful'];

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

      it('shows each citation whole: the sentence in one piece, its brief and sentence number', () => {
        for (const c of blocksOf(reply, 'citation')) {
          expect(out.text).toContain(c.text);
          expect(out.text).toContain(`— ${c.briefTitle}, sentence ${c.sentence + 1}`);
          expect(out.pieces.some((piece) => piece.includes(c.text))).toBe(true);
        }
      });

      it('names every brief an abstention checked, or says that no brief covers the question', () => {
        for (const { checked } of blocksOf(reply, 'abstention')) {
          // The whole line, in one piece: "Checked: «A» and «B»" read apart would not say what was checked.
          const line = checkedLine(checked);
          expect(out.text).toContain(line);
          expect(out.pieces.some((piece) => piece.includes(line))).toBe(true);
          for (const brief of checked) expect(line).toContain(brief.briefTitle);
          if (checked.length === 0) expect(line).toMatch(/none covers this question/);
        }
      });

      it("shows each story's title, and its source with its link in one piece, up to a trimmed end", () => {
        const trimmed = TRIMMED.test(out.pieces.at(-1) ?? '');
        for (const story of blocksOf(reply, 'story')) {
          const whole = out.pieces.some((piece) => piece.includes(storyLine(story)));
          if (!whole && trimmed) continue;
          expect(whole, storyLine(story)).toBe(true);
          expect(out.text).toContain(story.title);
        }
      });

      it('draws 👍/👎 actions for feedback where the platform has buttons, and no others', () => {
        const wanted = blocksOf(reply, 'feedback').length > 0 && limits.buttons;
        expect(out.actions).toEqual(wanted ? FEEDBACK_LABELS : []);
      });

      it('never cuts a word in two', () => {
        for (const piece of [...out.pieces, ...(out.headers ?? []), out.text]) {
          for (const token of piece.match(/[a-z0-9]+/gi) ?? []) {
            if (/^w\d|\dz$/.test(token)) expect(token).toMatch(/^w\d{5}z$/);
          }
        }
      });
    });

    it('is given a reply with every type of block', () => {
      const types: Record<BlockType, true> = {
        answer: true,
        citation: true,
        abstention: true,
        story: true,
        bullets: true,
        notice: true,
        feedback: true,
      };
      const given = new Set(contractReplies.flatMap(({ reply }) => reply.blocks.map((block) => block.type)));
      expect([...given].sort()).toEqual(Object.keys(types).sort());
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
