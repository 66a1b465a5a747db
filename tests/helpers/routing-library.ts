import type { Brief } from '../../src/core/brief.schema.js';
import { buildBrief } from '../../src/ingest/build-brief.js';

/**
 * A small library for routing tests: short articles over a few recurring words, some in most articles and
 * some in a few, and questions over the same words; seeded, so every run sees the same ones.
 */
// Words that recur across the library in different measure: some in most articles, some in a few.
const PLACES = ['Lisbon', 'Nairobi', 'Osaka', 'Denver', 'Krakow', 'Lima'];
const THINGS = ['bridge', 'harbour', 'festival', 'election', 'flood', 'airport', 'museum', 'strike'];
const ACTS = ['opened', 'closed', 'delayed', 'approved', 'cancelled'];
// Each named in one article only: a question naming one may still be about another brief.
const NAMES = ['Okafor', 'Lindqvist', 'Moreau', 'Takahashi', 'Castellanos', 'Novak', 'Haddad'];

/** mulberry32: a small seeded generator, so the library and the questions are the same every run. */
export function seeded(seed: number) {
  let state = seed;
  return (n: number) => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

export function routingLibrary(count: number): Brief[] {
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

/** `count` questions over the library's words, half of them naming a person named in one article only. */
export function routingQuestions(count: number): string[] {
  const pick = seeded(11);
  return Array.from({ length: count }, (_, i) => {
    const name = i % 2 === 0 ? `${NAMES[pick(NAMES.length)]} ` : '';
    const thing = () => THINGS[pick(THINGS.length)];
    const act = () => ACTS[pick(ACTS.length)];
    return `Did ${name}the ${thing()} or ${thing()} in ${PLACES[pick(PLACES.length)]} get ${act()} or ${act()}?`;
  });
}
