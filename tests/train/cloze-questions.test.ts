import { describe, expect, it } from 'vitest';
import { clozeQuestions, readableHighlight } from '../../scripts/train/cloze-questions.js';
import { briefFromText } from '../helpers/brief-from-text.js';

const article =
  'Ferry operator Keel Lines said on Tuesday that 340 passengers were stranded in Harwick. Its chief executive, Ola Brandt, apologised.';
const brief = briefFromText('2024-02-01-ferry', 'Ferry strands passengers', article, {
  people: [{ name: 'Ola Brandt', aliases: [], sentences: [1] }],
  places: [{ name: 'Harwick', aliases: [], sentences: [0] }],
});

describe('questions made from an article’s highlights', () => {
  it('reads the stored highlight tokenisation back into text', () => {
    expect(readableHighlight("Keel Lines ' chief apologised , says Brandt 's office .")).toBe(
      "Keel Lines ' chief apologised, says Brandt's office",
    );
  });

  it('blanks figures, dates, people and places the article also states, with the right question words', () => {
    const made = clozeQuestions('340 passengers were stranded in Harwick on Tuesday .', brief, article, 'h');
    const asked = Object.fromEntries(made.map((q) => [q.answers[0], q.question]));
    expect(asked['340']).toBe('How many passengers were stranded in Harwick on Tuesday?');
    expect(asked.Harwick).toBe('340 passengers were stranded where on Tuesday?');
    expect(asked.Tuesday).toBe('340 passengers were stranded in Harwick when?');
    expect(made.every((q) => !q.unanswerable && q.article === brief.id)).toBe(true);
  });

  it('asks nothing whose answer the article does not state', () => {
    expect(clozeQuestions('410 passengers were stranded .', brief, article, 'h')).toEqual([]);
  });
});
