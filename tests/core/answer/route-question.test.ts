import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../../../src/core/answer/analyze-question.js';
import { routeQuestion } from '../../../src/core/answer/route-question.js';
import type { Brief } from '../../../src/core/brief.schema.js';
import { buildBrief } from '../../../src/ingest/build-brief.js';

// Words that recur across the library in different measure: some in most articles, some in a few.
const PLACES = ['Lisbon', 'Nairobi', 'Osaka', 'Denver', 'Krakow', 'Lima'];
const THINGS = ['bridge', 'harbour', 'festival', 'election', 'flood', 'airport', 'museum', 'strike'];
const ACTS = ['opened', 'closed', 'delayed', 'approved', 'cancelled'];
// Each named in one article only: a question naming one may still be about another brief.
const NAMES = ['Okafor', 'Lindqvist', 'Moreau', 'Takahashi', 'Castellanos', 'Novak', 'Haddad'];

/** mulberry32: a small seeded generator, so the library and the questions are the same every run. */
function seeded(seed: number) {
  let state = seed;
  return (n: number) => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

function library(count: number): Brief[] {
  const pick = seeded(7);
  return Array.from({ length: count }, (_, i) => {
    const sentence = () =>
      `The ${THINGS[pick(THINGS.length)]} in ${PLACES[pick(PLACES.length)]} was ${ACTS[pick(ACTS.length)]} on Monday.`;
    // Two sentences: the brief a question fits best often lacks one of its words, even the rarest.
    const text = [sentence(), sentence(), i < NAMES.length ? `${NAMES[i]} spoke.` : ''].join(' ');
    const day = String(1 + pick(28)).padStart(2, '0');
    return buildBrief({ origin: `article ${i}`, id: `article-${i}`, text, published: `2024-03-${day}` });
  });
}

describe('routing a question that names no brief', () => {
  const briefs = library(60);

  it('picks the same brief with pruning as with every posting read', () => {
    const pick = seeded(11);
    for (let i = 0; i < 200; i++) {
      const name = i % 2 === 0 ? `${NAMES[pick(NAMES.length)]} ` : '';
      const thing = () => THINGS[pick(THINGS.length)];
      const act = () => ACTS[pick(ACTS.length)];
      const question = `Did ${name}the ${thing()} or ${thing()} in ${PLACES[pick(PLACES.length)]} get ${act()} or ${act()}?`;
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
