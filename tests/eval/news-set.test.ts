import { describe, expect, it } from 'vitest';
import { parseNewsSet } from '../../scripts/eval/news-set.js';
import { EvalSetError } from '../../scripts/eval/read-set.js';

const article = { text: 'Six years.', key_facts: [[['six']]], source_id: 'abc' };
const setWith = (questions: unknown[]) =>
  JSON.stringify({ about: 'news', articles: { 'art-a': article }, questions });

function errorOf(text: string): EvalSetError {
  try {
    parseNewsSet(text, '/sets/news-qa.dev.json');
  } catch (error) {
    if (error instanceof EvalSetError) return error;
    throw error;
  }
  throw new Error('expected an EvalSetError');
}

describe('news question set', () => {
  it('reads articles keyed by id and questions of both kinds', () => {
    const set = parseNewsSet(
      setWith([
        { id: 'd1', article: 'art-a', q: 'How long?', any: [['six']], kind: 'how-many' },
        { id: 'd2', article: 'art-a', q: 'Why?', unanswerable: true, near_miss: false },
      ]),
      'news.json',
    );
    expect(set.articles.map((a) => a.id)).toEqual(['art-a']);
    expect(set.questions.map((q) => q.id)).toEqual(['d1', 'd2']);
  });

  it('names the file and the bad field', () => {
    const missing = errorOf(setWith([{ id: 'd1', article: 'art-a', any: [['six']] }]));
    expect(missing.message).toContain('/sets/news-qa.dev.json');
    expect(missing.message).toMatch(/questions\.0\.q/);
    const noGroups = errorOf(setWith([{ id: 'd1', article: 'art-a', q: 'How long?' }]));
    expect(noGroups.message).toMatch(/questions\.0\.any/);
    const badFacts = errorOf(JSON.stringify({ about: 'x', articles: { a: { text: 't' } }, questions: [] }));
    expect(badFacts.message).toMatch(/articles\.a\.key_facts/);
  });

  it('rejects a question about an article the set does not have', () => {
    const stray = errorOf(setWith([{ id: 'd1', article: 'art-z', q: 'Who?', any: [['x']] }]));
    expect(stray.message).toMatch(/questions\.0\.article.*art-z/);
  });

  it('says when the file is not JSON', () => {
    expect(errorOf('{').message).toMatch(/news-qa\.dev\.json.*not valid JSON/);
  });
});
