import { describe, expect, it } from 'vitest';
import { bundledBriefingModel } from '../../src/core/briefing/briefing-model.js';
import { briefingFromScores, buildBriefing } from '../../src/core/briefing/build-briefing.js';
import { makeHeadline } from '../../src/core/briefing/headline.js';
import { scoreSentences } from '../../src/core/briefing/select-sentences.js';
import { briefFromText } from '../helpers/brief-from-text.js';
import { loadSeedBrief } from '../helpers/seed-brief.js';

const seed = loadSeedBrief();
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe('buildBriefing on the seed brief', () => {
  const briefing = buildBriefing(seed);
  const text = briefing.bullets.join(' ');

  it('has a headline of at most 90 characters and 3–5 bullets of about 80 words', () => {
    expect(briefing.headline.length).toBeLessThanOrEqual(90);
    expect(briefing.headline).toContain('212.1 billion yuan');
    expect(briefing.bullets.length).toBeGreaterThanOrEqual(3);
    expect(briefing.bullets.length).toBeLessThanOrEqual(5);
    expect(words(text)).toBeLessThanOrEqual(90);
  });

  it('leads with the key figures: 70 projects worth 212.1 billion yuan on the opening day', () => {
    const lead = briefing.bullets[0] ?? '';
    expect(lead).toContain('70');
    expect(lead).toContain('212.1 billion yuan');
    expect(lead).toMatch(/opening day/);
  });

  it('tells a reader what the story is about: Huawei and Chongqing’s smart city, and the Ascend centre', () => {
    expect(text).toMatch(/Huawei[^.]*Chongqing[^.]*smart city/);
    expect(text).toMatch(/innovation center[^.]*Ascend/);
  });

  it('uses only the article’s own words', () => {
    const body = seed.text.body.toLowerCase();
    for (const bullet of briefing.bullets) {
      for (const word of bullet.toLowerCase().match(/[\p{L}\d.]+/gu) ?? []) {
        expect(body, word).toContain(word.replace(/\.$/, ''));
      }
    }
  });

  it('names its source and is the same every time', () => {
    expect(briefing.source).toEqual({
      outlet: '21st Century Business Herald',
      published: '2022-08-22',
      url: null,
    });
    expect(buildBriefing(seed)).toEqual(briefing);
  });
});

describe('buildBriefing on any brief', () => {
  it('briefs a text-only article, bylines left out', () => {
    const brief = briefFromText(
      '2024-05-01-port-strike',
      'Port workers strike over pay',
      [
        'Reporter Sam Lee reports from Port Elling.',
        'About 2,400 dock workers at Port Elling walked out on Monday, halting traffic at the country’s third-busiest port.',
        'The union wants a 9% raise over two years; the port authority has offered 4%. Talks broke down late on Sunday after eleven hours.',
        'Shipping firms said at least 30 vessels were waiting offshore. The strike is the first at the port since 1998.',
      ].join('\n\n'),
      { author: 'Sam Lee' },
    );
    const briefing = buildBriefing(brief);
    expect(briefing.bullets.length).toBeGreaterThanOrEqual(3);
    expect(briefing.bullets.join(' ')).not.toContain('reports from');
    expect(briefing.bullets.join(' ')).toContain('2,400');
    expect(briefing.source.outlet).toBeNull();
  });

  it('shortens long titles at a sentence or a word, never mid-word', () => {
    const long =
      'Regional council approves a sweeping plan to rebuild the old harbour district, with new housing, parks and a ferry terminal';
    const headline = makeHeadline(long);
    expect(headline.length).toBeLessThanOrEqual(90);
    expect(headline.endsWith('…')).toBe(true);
    expect(long.startsWith(headline.slice(0, -1))).toBe(true);
    expect(long.charAt(headline.length - 1)).toMatch(/[\s,]/);
  });
});

describe('how many bullets a briefing takes', () => {
  // The seed's sentences as the model scores them, except that only the first three are likely summary
  // sentences and the rest are barely worth a bullet.
  const model = bundledBriefingModel();
  const scored = scoreSentences(seed, model).map((s, rank) => ({
    ...s,
    score: rank < 3 ? 3 : -4,
    figures: 0,
  }));
  const bulletsWith = (minimumWorth: number) =>
    briefingFromScores(
      seed,
      scored,
      { ...model.selection, minimumWorth },
      { maxWords: 400, bullets: new Map() },
    ).bullets;

  it('stops at three when a fourth would be a filler', () => {
    expect(bulletsWith(0.3)).toHaveLength(3);
  });

  it('fills up to five when the words allow and every candidate is welcome', () => {
    expect(bulletsWith(0)).toHaveLength(5);
  });
});
