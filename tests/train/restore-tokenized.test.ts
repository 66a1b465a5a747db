import { beforeAll, describe, expect, it } from 'vitest';
import {
  type CaseForms,
  learnCaseForms,
  restoreTokenized,
  wordNetForms,
} from '../../scripts/train/restore-tokenized.js';

describe('restoring a lower-cased, tokenised training article', () => {
  let forms: CaseForms;
  let wordNet: Map<string, string>;
  beforeAll(async () => {
    forms = learnCaseForms([
      'The U.S. team met in New York on Monday. Officials in New York said the team flew to London.',
      'A new plan was agreed. Its backers in London and New York cheered, and the U.S. Senate voted.',
      'The new rules and a new deal were signed on a new date.',
    ]);
    wordNet = await wordNetForms();
  });

  it('joins tokens back as written: clitics, punctuation, brackets and paired quotes', () => {
    expect(restoreTokenized('( cnn ) he said " it is n\'t over , " and left .', forms, wordNet)).toBe(
      '(Cnn) He said "it isn\'t over," and left.',
    );
    expect(restoreTokenized("` we 'll win , ' said the players ' coach .", forms, wordNet)).toBe(
      "‘We'll win,’ said the players' coach.",
    );
  });

  it('cases words as cased text writes them, pairs before single words', () => {
    const text = restoreTokenized('the u.s. team flew to new york . a new plan was agreed .', forms, wordNet);
    expect(text).toBe('The U.S. team flew to New York. A new plan was agreed.');
  });

  it('asks WordNet about words the cased texts never show: names keep a capital, common words do not', () => {
    expect(restoreTokenized('they landed in dublin with the trophy .', forms, wordNet)).toBe(
      'They landed in Dublin with the trophy.',
    );
    expect(restoreTokenized('coach zorblatt praised the defenders .', forms, wordNet)).toBe(
      'Coach Zorblatt praised the defenders.',
    );
  });
});
