import { describe, expect, it } from 'vitest';
import { findTypedSpans, type TypedSpan } from '../../src/core/answer/typed-spans.js';

/** kind, text, shape and counted words of each span, checking each stands at its offsets. */
function spansOf(sentence: string): string[] {
  return findTypedSpans(sentence).map((span: TypedSpan) => {
    expect(sentence.slice(span.start, span.end).trim()).toBe(span.text);
    return [span.kind, span.text, span.shape, span.counts].filter(Boolean).join(' | ');
  });
}

describe('findTypedSpans', () => {
  it('reads a value whole, with its scale, qualifier and number words', () => {
    expect(spansOf('The charity raised more than $15 billion.')).toEqual(['money | more than $15 billion']);
    expect(spansOf('The port paid £40m and $2bn.')).toEqual(['money | £40m', 'money | $2bn']);
    expect(spansOf('Twenty-five lorries queued for six years.')).toEqual([
      'count | Twenty-five | lorries',
      'duration | six years',
    ]);
    expect(spansOf('Turnout hit 71% here and 64 percent there.')).toEqual([
      'percent | 71%',
      'percent | 64 percent',
    ]);
  });

  it('reads a score or a tally as one value', () => {
    expect(spansOf('The assembly approved it 148-139.')).toEqual(['count | 148-139 | score']);
    expect(spansOf('The motion carried 61 to 44.')).toEqual(['count | 61 to 44 | score']);
  });

  it('reads ranges as one value of the kind of their second number', () => {
    expect(spansOf('Fares went up between 12 and 18 percent.')).toEqual([
      'percent | between 12 and 18 percent | range',
    ]);
    expect(spansOf('Fares went up 12-18%.')).toEqual(['percent | 12-18% | range']);
    expect(spansOf('Repairs cost $40-55 million.')).toEqual(['money | $40-55 million | range']);
    expect(spansOf('Between 200 and 300 volunteers came.')).toEqual([
      'count | Between 200 and 300 | range | volunteers',
    ]);
  });

  it('reads a part of a whole and a rate as one value, with what they count', () => {
    expect(spansOf('Only 9 of 412 seedlings survived.')).toEqual(['count | 9 of 412 | ratio | seedlings']);
    expect(spansOf('One in four tenants complained.')).toEqual(['count | One in four | ratio | tenants']);
    expect(spansOf('He is one of the founders.')).toEqual([]);
  });

  it('says what a count counts when the words right after it say', () => {
    expect(spansOf('The walkout involved 2.4 million cleaners at 8,000 offices.')).toEqual([
      'count | 2.4 million | cleaners',
      'count | 8,000 | offices',
    ]);
    expect(spansOf('The avalanche buried three and left eight stranded.')).toEqual([
      'count | three',
      'count | eight | stranded',
    ]);
    expect(spansOf('Six were rescued from the ferry.')).toEqual(['count | Six | rescued']);
  });

  it('keeps apart numbers that are not one value', () => {
    expect(spansOf('Fares climbed from 12 to 18 percent.')).toEqual(['count | 12', 'percent | 18 percent']);
    expect(spansOf('The carrier flew a Boeing 767-300 home.')).toEqual(['count | 767', 'count | 300']);
    expect(spansOf('She won 3 of 5 races in 2021.')).toEqual([
      'count | 3 of 5 | ratio | races',
      'date | 2021',
    ]);
  });
});
