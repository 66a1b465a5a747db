import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/core/answer/answer-question.js';
import { formatFact } from '../../src/core/answer/fact-candidates.js';
import type { Brief } from '../../src/core/brief.schema.js';
import { loadSeedBrief } from '../helpers/seed-brief.js';

const seed = loadSeedBrief();
const library = [seed];

// Questions of every kind a reader might ask, answerable and not; none is an evaluation question.
const QUESTIONS = [
  'How much was invested in the projects signed on the opening day?',
  'How many deals were signed on the opening day?',
  'How hot did it get in Chongqing?',
  'What percentage of the signed projects were strategic emerging industry projects?',
  'When will the innovation center be launched?',
  'Who is Lu Yong?',
  'Who wrote the article?',
  'Where is the innovation center located?',
  'Which organisations organised the Smart Expo?',
  'Why was the offline exhibition closed?',
  'How can citizens watch the exhibition?',
  'Is the offline exhibition open to the public?',
  'What are the four aspects of the smart city plan?',
  'Which county joined hands with Huawei?',
  'How many high temperature days could the city see?',
  'What warning did the observatory issue?',
  'How much did Alibaba invest?',
  'Who is the chief executive of Huawei?',
  'How many projects were signed on the second day?',
  'What was the temperature in Beijing?',
  'How many visitors came to the expo?',
];

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[“”"‘’']/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The answer stands in the sentence, or is the normalised value of a fact read from that sentence. */
function isGrounded(answer: string, sentenceIndex: number, brief: Brief): boolean {
  const sentence = normalise(brief.text.sentences[sentenceIndex]?.text ?? '');
  if (sentence.includes(normalise(answer))) return true;
  if (answer === 'Yes' || answer === 'No') return true;
  return brief.facts.some(
    (fact) => fact.sentence === sentenceIndex && normalise(formatFact(fact)).includes(normalise(answer)),
  );
}

describe('answers are grounded in the cited sentence', () => {
  for (const question of QUESTIONS) {
    it(question, () => {
      const result = answerQuestion(question, library);
      if (result.abstained) {
        expect(result.message).toMatch(/^The article doesn't say/);
        return;
      }
      expect(result.citation.text).toBe(seed.text.sentences[result.citation.sentence]?.text);
      expect(isGrounded(result.answer, result.citation.sentence, seed)).toBe(true);
      // No number the article lacks: every figure in the answer is in the text or is a normalised date.
      for (const number of result.answer.match(/\d+(?:\.\d+)?/g) ?? []) {
        const inText = seed.text.body.includes(number);
        const inDates = seed.facts.some((f) => f.date?.includes(number)) || seed.published.includes(number);
        expect(inText || inDates, `${number} in "${result.answer}"`).toBe(true);
      }
      // No name the article lacks.
      for (const word of result.answer.match(/\b\p{Lu}\p{Ll}+/gu) ?? []) {
        expect(seed.text.body.includes(word) || word === 'Yes' || word === 'No', word).toBe(true);
      }
    });
  }
});
