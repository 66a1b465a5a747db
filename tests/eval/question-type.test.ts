import { describe, expect, it } from 'vitest';
import { questionType } from '../../scripts/eval/question-type.js';

describe('question type from the question words', () => {
  it.each([
    ['In what country is Normandy located?', 'what'],
    ['From which countries did the Norse originate?', 'which'],
    ['Who was the Norse leader?', 'who'],
    ['Whose army won?', 'who'],
    ['When were the Normans in Normandy?', 'when'],
    ['Where did Rollo land?', 'where'],
    ['Why are DACA beneficiaries at risk of deportation unless Congress acts.', 'why'],
    ['How many projects were signed?', 'how many'],
    ['How much did it cost?', 'how much'],
    ['How did the Normans fight?', 'other'],
    ['Did the Normans win?', 'other'],
    ['The Normans were in which country?', 'which'],
    ['When did the man who led them die?', 'when'],
  ])('%s → %s', (question, type) => {
    expect(questionType(question)).toBe(type);
  });
});
