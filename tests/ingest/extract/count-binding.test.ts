import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../src/core/brief.schema.js';
import { extractStructure } from '../../../src/ingest/extract/extract-structure.js';

/** Each count of an invented sentence as "value: unit | description". */
function counts(sentence: string): string[] {
  return extractStructure([sentence], { published: '2024-05-01' })
    .facts.filter((f: Fact) => f.kind === 'count' || f.kind === 'quantity')
    .map((f) => `${f.value}: ${f.unit ?? '-'} | ${f.description}`);
}

describe('what a number counts', () => {
  it('binds a number with no noun to the verb before it or the state after it', () => {
    expect(counts('The avalanche buried three and left eight stranded.')).toEqual([
      'three: buried | buried',
      'eight: stranded | left … stranded',
    ]);
    expect(counts('Police detained at least 14 in the raids.')).toEqual([
      'at least 14: detained | detained in the raids',
    ]);
    expect(counts('Six were rescued from the ferry.')).toEqual(['Six: rescued | rescued from the ferry']);
    expect(counts('The flood displaced 40 and left 6 homeless.')).toEqual([
      '40: displaced | displaced',
      '6: homeless | left … homeless',
    ]);
  });

  it('keeps each value’s description to its own words when a sentence has several', () => {
    expect(counts('Nine passengers were hurt and 2 died.')).toEqual([
      'Nine: passengers | passengers were hurt',
      '2: died | died',
    ]);
    const [workers, shops] = counts('The walkout involved 2.4 million cleaners at 8,000 offices.');
    expect(workers).toBe('2.4 million: cleaners | cleaners that The walkout involved');
    expect(shops?.startsWith('8,000: offices |')).toBe(true);
    expect(shops).not.toContain('cleaners');
  });

  it('binds the parts of a whole to the noun after the whole', () => {
    expect(counts('Only 9 of 412 seedlings survived the frost.')).toEqual([
      'Only 9 of 412: seedlings | seedlings survived the frost',
    ]);
  });

  it('binds nothing where nothing says what is counted', () => {
    expect(counts('Sales rose 5 to 10 over the summer.')).toEqual([]);
    expect(counts('He said 12 and left.')).toEqual([]);
    expect(counts('There were 12 in the hall.')).toEqual([]);
    expect(counts('The company was founded 1998.')).toEqual([]);
  });
});
