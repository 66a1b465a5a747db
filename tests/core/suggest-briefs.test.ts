import { describe, expect, it } from 'vitest';
import { suggestBriefs } from '../../src/core/commands/find-brief.js';
import { twoCityBriefs } from '../platforms/slack/slack-library.js';

describe('brief suggestions as a person types', () => {
  const briefs = twoCityBriefs();
  const ids = (typed: string, limit = 25) => suggestBriefs(briefs, typed, limit).map((b) => b.id);

  it('keeps briefs whose id and title hold every word typed, in any case and order', () => {
    expect(ids('STADIUM pine')).toEqual(['pinecrest-stadium']);
    expect(ids('stadium library')).toEqual([]);
  });

  it('offers the newest first, at most the limit, when nothing is typed', () => {
    const all = ids('');
    expect(all).toHaveLength(briefs.length);
    expect(ids('', 1)).toEqual(all.slice(0, 1));
    const dates = all.map((id) => briefs.find((b) => b.id === id)?.published ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
  });
});
