import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE_CHARS, splitText } from '../../../src/ingest/text/split-text.js';

/**
 * Splits `body` and checks the sentences are exactly `expected`, each at the offsets where it stands in
 * the body (found in order, so a repeated sentence must be the next occurrence).
 */
function expectSentences(body: string, expected: string[]): void {
  const { sentences } = splitText(body);
  expect(sentences.map((s) => s.text)).toEqual(expected);
  let from = 0;
  for (const sentence of sentences) {
    const start = body.indexOf(sentence.text, from);
    expect({ start: sentence.start, end: sentence.end }).toEqual({
      start,
      end: start + sentence.text.length,
    });
    expect(body.slice(sentence.start, sentence.end)).toBe(sentence.text);
    from = sentence.end;
  }
}

describe('splitText: sentences', () => {
  it('keeps titles, months and other abbreviations inside the sentence', () => {
    expectSentences(
      'Mr. Lu met Mrs. Jones, Dr. Lee and Sen. Warren on St. Patrick’s Day. Gov. Newsom and Rep. Roe spoke on Jan. 5 and Feb. 8. Sept. 11 came up. Item No. 5 was Argentina vs. Brazil.',
      [
        'Mr. Lu met Mrs. Jones, Dr. Lee and Sen. Warren on St. Patrick’s Day.',
        'Gov. Newsom and Rep. Roe spoke on Jan. 5 and Feb. 8.',
        'Sept. 11 came up.',
        'Item No. 5 was Argentina vs. Brazil.',
      ],
    );
  });

  it('ends a sentence at an ambiguous abbreviation only when a sentence opener follows', () => {
    expectSentences(
      'He moved to the U.S. in 1991. The U.K. government agreed. He left the U.S. The rest stayed. Apple Inc. said profits rose. He bought Acme Co. The firm grew. Acme Corp. Chief Executive Jane Roe spoke. Shares of Acme Ltd. fell.',
      [
        'He moved to the U.S. in 1991.',
        'The U.K. government agreed.',
        'He left the U.S.',
        'The rest stayed.',
        'Apple Inc. said profits rose.',
        'He bought Acme Co.',
        'The firm grew.',
        'Acme Corp. Chief Executive Jane Roe spoke.',
        'Shares of Acme Ltd. fell.',
      ],
    );
  });

  it('keeps e.g., i.e. and a mid-sentence etc., and ends at a sentence-final etc.', () => {
    expectSentences(
      'Some fruit, e.g. apples, i.e. red ones, etc. are fine. They bought pens, paper, etc. Then they left.',
      [
        'Some fruit, e.g. apples, i.e. red ones, etc. are fine.',
        'They bought pens, paper, etc.',
        'Then they left.',
      ],
    );
  });

  it('does not split decimals, money or initials', () => {
    expectSentences(
      'Investment reached 212.1 billion yuan. It raised $3.5 billion, up 3.5%. J. K. Rowling wrote it. George W. Bush read it.',
      [
        'Investment reached 212.1 billion yuan.',
        'It raised $3.5 billion, up 3.5%.',
        'J. K. Rowling wrote it.',
        'George W. Bush read it.',
      ],
    );
  });

  it('ends a quoted sentence after its closing quote, and not before "he said"', () => {
    expectSentences(
      'She said, "It is over." Then she left. He asked, “Why?” Nobody answered. “Go!” he shouted. “Really?” she asked. ‘It is hot’. He agreed.',
      [
        'She said, "It is over."',
        'Then she left.',
        'He asked, “Why?”',
        'Nobody answered.',
        '“Go!” he shouted.',
        '“Really?” she asked.',
        '‘It is hot’.',
        'He agreed.',
      ],
    );
  });

  it('keeps a stray footnote digit after a closing quote with its sentence', () => {
    expectSentences('“Huawei will work with Chongqing.”8 On the morning of March 22, he said.', [
      '“Huawei will work with Chongqing.”8',
      'On the morning of March 22, he said.',
    ]);
  });

  it('treats an ellipsis as a sentence end only before a sentence opener', () => {
    expectSentences(
      'He paused... then went on. It was over … The end came. The irritants are "important ... but small."',
      [
        'He paused... then went on.',
        'It was over …',
        'The end came.',
        'The irritants are "important ... but small."',
      ],
    );
  });

  it('does not end a sentence at an ellipsis before a name', () => {
    expectSentences('The talks with … Huawei went well. Then … they ended.', [
      'The talks with … Huawei went well.',
      'Then … they ended.',
    ]);
  });

  it('ends a headline-like first line of a hard-wrapped paragraph without joining it to the next', () => {
    const body = [
      'Fighter ace Douglas Bader’s story is to be told in a Hollywood film',
      'Douglas Bader, who recovered from having both of his legs amputated to become one of the most',
      'Britain’s greatest fighter aces is remarkable enough, and a new film will now tell the story',
      'to a new generation.',
    ].join('\n');
    expectSentences(body, [
      'Fighter ace Douglas Bader’s story is to be told in a Hollywood film',
      body.slice(body.indexOf('Douglas Bader,')),
    ]);
    expect(splitText(body).paragraphs).toHaveLength(1);
  });

  it('does not start a sentence with a lower-case continuation', () => {
    expectSentences('More than 100 firms have realized cloud access. on the platform. It grew.', [
      'More than 100 firms have realized cloud access. on the platform.',
      'It grew.',
    ]);
  });

  it('keeps a list number with its item', () => {
    expectSentences('The steps are:\n1. Mix the flour.\n2. Bake it. Then eat.', [
      'The steps are:',
      '1. Mix the flour.',
      '2. Bake it.',
      'Then eat.',
    ]);
  });

  it('reads a newline inside a paragraph as a space unless the line ends a sentence', () => {
    expectSentences('The council met on\nMonday to vote. The mayor said\nno.\nIt passed.', [
      'The council met on\nMonday to vote.',
      'The mayor said\nno.',
      'It passed.',
    ]);
  });

  it('makes a headline-like first line its own sentence', () => {
    expectSentences('Storm hits coast\nThe storm hit the coast on Monday.', [
      'Storm hits coast',
      'The storm hit the coast on Monday.',
    ]);
  });

  it('finds the seam where a pasted photo caption runs into the text without a stop', () => {
    expectSentences(
      'Divorcees retire with 13% less than a colleague The cost of divorce lasts. It is high.',
      ['Divorcees retire with 13% less than a colleague', 'The cost of divorce lasts.', 'It is high.'],
    );
  });

  it('trims whitespace, zero-width spaces included, from sentence edges', () => {
    expectSentences('  First one.\u200b  Second one.  ', ['First one.', 'Second one.']);
  });
});

describe('splitText: paragraphs', () => {
  const paragraphsOf = (body: string) => splitText(body).paragraphs.map((p) => body.slice(p.start, p.end));

  it('splits at blank lines and numbers each sentence with its paragraph', () => {
    const body = 'One. Two.\n\n  \nThree.';
    expect(paragraphsOf(body)).toEqual(['One. Two.', 'Three.']);
    expect(splitText(body).sentences.map((s) => s.paragraph)).toEqual([0, 0, 1]);
  });

  it('joins the lines of hard-wrapped text into one paragraph', () => {
    const body =
      'The council met on Monday to vote on the\nbudget, which it passed after a long\ndebate. The mayor said it was fair.';
    expect(paragraphsOf(body)).toEqual([body]);
  });

  it('splits at single newlines where each line is a paragraph', () => {
    const body = 'The Senate voted on Thursday.\nThe House waited.\n“We will act,” he said.';
    expect(paragraphsOf(body)).toEqual([
      'The Senate voted on Thursday.',
      'The House waited.',
      '“We will act,” he said.',
    ]);
  });

  it('gives a short standalone line (a byline or dateline) a paragraph of its own', () => {
    const body =
      'By Jane Doe\nLONDON (Reuters) - Oil rose on Monday,\nand fell on Tuesday after the\nreport was published.';
    expect(paragraphsOf(body)).toEqual([
      'By Jane Doe',
      'LONDON (Reuters) - Oil rose on Monday,\nand fell on Tuesday after the\nreport was published.',
    ]);
  });

  it('cuts a run-on past the longest sentence at its clause breaks, losing no text', () => {
    const clause = (i: number) => `on May ${1 + (i % 28)} the port handled ${i * 7} ships`;
    const body = `Officials said ${Array.from({ length: 120 }, (_, i) => clause(i)).join(', ')}.`;
    const { sentences } = splitText(body);
    expect(sentences.length).toBeGreaterThan(body.length / MAX_SENTENCE_CHARS);
    for (const sentence of sentences) {
      expect(sentence.text.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
      expect(body.slice(sentence.start, sentence.end)).toBe(sentence.text);
    }
    expect(sentences.slice(0, -1).every((s) => s.text.endsWith(','))).toBe(true);
    expect(sentences.map((s) => s.text).join(' ')).toBe(body);
  });

  it('cuts a run-on with no breaks at all at a space', () => {
    const body = `${'word '.repeat(500)}end.`;
    const pieces = splitText(body).sentences.map((s) => s.text);
    expect(pieces.length).toBeGreaterThan(2);
    expect(pieces.every((piece) => /^word\b/.test(piece) || piece === 'end.')).toBe(true);
    expect(pieces.join(' ')).toBe(body);
  });
});
