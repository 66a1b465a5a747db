import { describe, expect, it } from 'vitest';
import type { AnswerResult } from '../../src/core/answer/answer.js';
import { answerQuestion } from '../../src/core/answer/answer-question.js';
import { briefFromText } from '../helpers/brief-from-text.js';
import { loadSeedBrief } from '../helpers/seed-brief.js';

const seed = loadSeedBrief();

const bridge = briefFromText(
  '2024-05-01-harbour-bridge',
  'Harbour bridge reopens after repairs',
  [
    'The Harbour Bridge in Port Elling reopened to traffic on Thursday after six months of repairs.',
    'The city council said the work cost 48 million dollars, about 12% more than planned. Mayor Ana Ruiz cut the ribbon at 9 a.m. while about 3,000 residents watched.',
    'Engineers replaced 140 steel cables because salt water had corroded them. The bridge carries around 25,000 vehicles a day.',
  ].join('\n\n'),
);

const library = [seed, bridge];

function answered(result: AnswerResult): string {
  if (result.abstained) throw new Error(`abstained: ${result.message}`);
  return result.answer;
}

/**
 * The answer the engine ranks first, however sure it is: for tests of what the engine reads and cites.
 * Whether it is sure enough to say it is the learned confidence's call, tested apart.
 */
function rankedFirst(question: string, briefs: Parameters<typeof answerQuestion>[1]): AnswerResult {
  return answerQuestion(question, briefs, { threshold: 0 });
}

describe('answerQuestion on the curated seed brief', () => {
  it('answers paraphrases of the article’s wording', () => {
    expect(answered(rankedFirst('How many deals were signed on the opening day?', [seed]))).toContain('70');
    expect(answered(answerQuestion('How much money did the signed deals bring in?', [seed]))).toContain(
      '212.1 billion yuan',
    );
    expect(answered(answerQuestion('How hot was it in Chongqing?', [seed]))).toContain('42');
  });

  it('cites the sentence the answer was read from', () => {
    const result = rankedFirst('Which processors does the innovation center use?', [seed]);
    if (result.abstained) throw new Error(result.message);
    expect(result.answer).toContain('Ascend');
    expect(result.citation.text).toContain('Ascend');
    expect(result.citation.brief).toBe(seed.id);
  });

  it('gives the date the article means, with the brief’s note on the source’s slip', () => {
    const result = answerQuestion('When was the summit held?', [seed]);
    if (result.abstained) throw new Error(result.message);
    expect(result.answer).toBe('August 22, 2022');
    expect(result.citation.text).toContain('March 22');
    expect(result.notes?.join(' ')).toMatch(/slip/);
  });

  it('names people by the role the article gives them', () => {
    expect(answered(answerQuestion('What is Lu Yong’s job?', [seed]))).toContain('Senior Vice President');
  });

  it('answers list questions with every item', () => {
    const answer = answered(answerQuestion('What are the four aspects of the plan?', [seed]));
    for (const item of ['urban digital base', 'prosperous application ecology'])
      expect(answer).toContain(item);
  });

  it('says no when the article says the opposite', () => {
    expect(answered(answerQuestion('Is the offline exhibition open to the public?', [seed]))).toBe('No');
  });

  it('abstains when the article does not connect the question’s terms', () => {
    for (const question of [
      'How much did Alibaba invest?',
      'How many projects were signed on the second day?',
      'Who is the mayor of Chongqing?',
      'What was the temperature in Shanghai?',
      'When does the Smart Expo close?',
    ]) {
      const result = answerQuestion(question, [seed]);
      expect(result.abstained, question).toBe(true);
      if (result.abstained) expect(result.message).toMatch(/^The article doesn't say/);
    }
  });

  it('says which word the article never mentions', () => {
    const result = answerQuestion('What was Huawei’s profit last year?', [seed]);
    expect(result.abstained).toBe(true);
    if (result.abstained) expect(result.message).toContain('"profit"');
  });
});

describe('questions typed in lower case', () => {
  it('still recognises the names the brief knows', () => {
    expect(answered(answerQuestion('who is lu yong?', [seed]))).toContain('Senior Vice President');
  });

  it('does not take an unknown name for a paraphrase', () => {
    expect(answerQuestion('how much did tencent invest?', [seed]).abstained).toBe(true);
  });
});

describe('answerQuestion on a brief with text only', () => {
  it('reads typed values and names straight from the sentences', () => {
    expect(answered(answerQuestion('How much did the repairs cost?', [bridge]))).toBe('48 million dollars');
    expect(answered(answerQuestion('How many steel cables were replaced?', [bridge]))).toBe('140');
    expect(answered(answerQuestion('When did the bridge reopen?', [bridge]))).toBe('Thursday');
    expect(answered(answerQuestion('Why did engineers replace the cables?', [bridge]))).toContain(
      'salt water',
    );
  });

  it('abstains on what the text does not say', () => {
    expect(answerQuestion('How long is the bridge?', [bridge]).abstained).toBe(true);
    expect(answerQuestion('Who designed the bridge?', [bridge]).abstained).toBe(true);
  });
});

describe('questions in other words than the article’s', () => {
  const court = briefFromText(
    '2024-05-02-court-wedding',
    'Royal wedding in Lindenberg',
    'Anna, sister of Duke Karl of Lindenberg, married King Olaf in 1021. The despot of Varsa, Ivo Brenn, seized the harbour in 1030.',
  );

  it('reads relations said in other words, as WordNet relates them', () => {
    expect(answered(answerQuestion('Who ruled Varsa?', [court]))).toContain('Ivo Brenn');
    expect(answered(answerQuestion('When did Anna wed?', [court]))).toBe('1021');
  });
});

describe('routing across a library', () => {
  it('sends each question to the brief it is about', () => {
    expect(answerQuestion('How much did the bridge repairs cost?', library).brief).toBe(bridge.id);
    expect(answerQuestion('How many projects were signed at the Smart Expo?', library).brief).toBe(seed.id);
  });

  it('keeps to the brief the asker names', () => {
    const result = answerQuestion('How many projects were signed?', library, { briefId: bridge.id });
    expect(result.brief).toBe(bridge.id);
    expect(result.abstained).toBe(true);
  });

  it('abstains, naming no brief, when the named brief does not exist', () => {
    const result = answerQuestion('How many projects were signed?', library, { briefId: 'no-such-brief' });
    expect(result).toMatchObject({ abstained: true, brief: null });
  });

  it('abstains rather than throws on empty or odd input', () => {
    for (const question of ['', '???', '1234', 'a'.repeat(5000)]) {
      expect(answerQuestion(question, library).abstained).toBe(true);
    }
    expect(answerQuestion('How many projects?', []).abstained).toBe(true);
  });
});
