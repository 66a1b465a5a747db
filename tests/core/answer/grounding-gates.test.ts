import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/core/answer/answer-question.js';
import { briefFromText } from '../../helpers/brief-from-text.js';

/** An invented story: the questions below ask about people and things it does or does not mention. */
const story = briefFromText(
  '2024-06-01-harbor-strike',
  'Dock workers end strike at Port Alder',
  [
    'Dock workers at Port Alder ended a nine-day strike on Friday after union leader Mara Quist accepted a 6% raise.',
    'The port handles about 40,000 containers a week. Shipping lines had diverted their vessels to Ferrin.',
    'She said the deal covers 1,200 workers.',
  ].join('\n\n'),
  { people: [{ name: 'Mara Quist', aliases: ['Quist'], role: 'union leader', sentences: [0] }] },
);

describe('a question whose key terms the article does not connect', () => {
  it('abstains when a name of the question is nowhere in the article, and says which', () => {
    const result = answerQuestion('How many workers did Kessler Shipping hire?', [story]);
    expect(result.abstained).toBe(true);
    if (result.abstained) expect(result.message).toContain('"Kessler"');
  });

  it('abstains when a number of the question is nowhere in the article', () => {
    expect(answerQuestion('What raise did workers get in 2019?', [story]).abstained).toBe(true);
  });

  it('abstains when the person asked for by role is never mentioned in that role', () => {
    const result = answerQuestion('Who is the mayor of Port Alder?', [story]);
    expect(result.abstained).toBe(true);
    if (result.abstained) expect(result.message).toContain('"mayor"');
  });

  it('in a question typed in lower case, takes a word neither the article nor English knows for a name', () => {
    expect(answerQuestion('how many workers did zorvex hire?', [story]).abstained).toBe(true);
  });

  it('forgives a long name mistyped by one letter', () => {
    const result = answerQuestion('What did union leader Mara Quisst accept?', [story], { threshold: 0 });
    expect(result.abstained).toBe(false);
  });

  it('resolves "she" to the person named before, so the name counts as present', () => {
    const result = answerQuestion('How many workers does Mara Quist’s deal cover?', [story], {
      threshold: 0,
    });
    if (result.abstained) throw new Error(result.message);
    expect(result.answer).toContain('1,200');
  });
});
