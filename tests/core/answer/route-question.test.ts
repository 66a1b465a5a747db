import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../../../src/core/answer/analyze-question.js';
import { routeQuestion } from '../../../src/core/answer/route-question.js';
import { buildBrief } from '../../../src/ingest/build-brief.js';
import { routingLibrary, routingQuestions } from '../../helpers/routing-library.js';

describe('routing a question that names no brief', () => {
  const briefs = routingLibrary(60);

  it('picks the same brief with pruning as with every posting read', () => {
    for (const question of routingQuestions(200)) {
      const analysis = analyzeQuestion(question);
      const everyPosting = routeQuestion(analysis, briefs, { commonAbove: Number.POSITIVE_INFINITY });
      for (const commonAbove of [0, 5, 20]) {
        expect(routeQuestion(analysis, briefs, { commonAbove })?.id, `${question} (${commonAbove})`).toBe(
          everyPosting?.id,
        );
      }
    }
  });

  it('goes to the brief sharing the rarest words, and to the newest when none is shared', () => {
    const special = buildBrief({
      origin: 'special',
      id: 'zeppelin-lisbon',
      text: 'A zeppelin landed in Lisbon on Monday. The zeppelin carried forty passengers.',
      published: '2020-01-01',
    });
    const withSpecial = [...briefs, special];
    expect(
      routeQuestion(analyzeQuestion('How many passengers did the zeppelin carry?'), withSpecial)?.id,
    ).toBe('zeppelin-lisbon');
    const newest = [...withSpecial].sort((a, b) => b.published.localeCompare(a.published))[0];
    const unrelated = routeQuestion(analyzeQuestion('What about quantum chromodynamics?'), withSpecial);
    expect(unrelated?.published).toBe(newest?.published);
  });
});
