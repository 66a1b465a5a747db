import { describe, expect, it } from 'vitest';
import { isRightAnswer, MAX_ANSWER_WORDS, scoreNewsReply } from '../../scripts/eval/news-score.js';
import type { NewsQuestion } from '../../scripts/eval/news-set.js';
import type { AnswerResult } from '../../src/core/answer/answer.js';

const given = (answer: string): AnswerResult => ({
  abstained: false,
  question: '',
  brief: 'art-a',
  answer,
  citation: { brief: 'art-a', sentence: 0, text: answer },
  confidence: 0.5,
  expected: 'description',
});
const abstention: AnswerResult = {
  abstained: true,
  question: '',
  brief: 'art-a',
  message: "The article doesn't say.",
  missing: [],
  confidence: 0,
  expected: 'description',
};

describe('news answer rule', () => {
  it('is right when every token of any one group stands in the answer, whatever the case', () => {
    const groups = [['lu', 'wei'], ['internet czar']];
    expect(isRightAnswer('Lu Wei', groups)).toBe(true);
    expect(isRightAnswer("China's INTERNET CZAR", groups)).toBe(true);
    expect(isRightAnswer('Lu', groups)).toBe(false);
    expect(isRightAnswer('anything', [])).toBe(false);
  });

  it('matches other tokens inside words but "yes" and "no" only as whole words', () => {
    expect(isRightAnswer('sixteen', [['six']])).toBe(true);
    expect(isRightAnswer('Yes, it is blocked', [['yes']])).toBe(true);
    expect(isRightAnswer('(no)', [['no']])).toBe(true);
    expect(isRightAnswer('her eyes', [['yes']])).toBe(false);
    expect(isRightAnswer('not known', [['no']])).toBe(false);
    expect(isRightAnswer('Nobody', [['no']])).toBe(false);
  });

  it(`wants a short answer: at most ${MAX_ANSWER_WORDS} words`, () => {
    const words = (n: number) => ['six', ...Array.from({ length: n - 1 }, () => 'word')].join(' ');
    expect(isRightAnswer(words(MAX_ANSWER_WORDS), [['six']])).toBe(true);
    expect(isRightAnswer(words(MAX_ANSWER_WORDS + 1), [['six']])).toBe(false);
  });

  it('scores an unanswerable question right only when the bot abstains, and an error as wrong', () => {
    const unanswerable: NewsQuestion = { id: 'u', article: 'art-a', q: 'How old?', unanswerable: true };
    const answerable: NewsQuestion = { id: 'a', article: 'art-a', q: 'How many?', any: [['6']] };
    expect(scoreNewsReply(unanswerable, abstention)).toMatchObject({ right: true, given: false });
    expect(scoreNewsReply(unanswerable, given('six'))).toMatchObject({ right: false, given: true });
    expect(scoreNewsReply(answerable, given('6 years'))).toMatchObject({ right: true, brief: 'art-a' });
    expect(scoreNewsReply(answerable, abstention)).toMatchObject({ right: false, abstained: true });
    expect(scoreNewsReply(unanswerable, null, 'boom')).toMatchObject({
      right: false,
      abstained: false,
      given: false,
      error: 'boom',
    });
  });
});
