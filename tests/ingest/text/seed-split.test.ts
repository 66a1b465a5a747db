import { describe, expect, it } from 'vitest';
import { readMetadata } from '../../../src/ingest/text/read-metadata.js';
import { splitText } from '../../../src/ingest/text/split-text.js';
import { loadSeedBrief } from '../../helpers/seed-brief.js';

/**
 * The seed article as it arrives (/work/shared/seeds/000_090bfcc126570e30.txt): a header line with the date
 * and original title, then the body the curated brief keeps verbatim.
 */
function seedArticleText(): string {
  const brief = loadSeedBrief();
  return ` date 2022-08-22 Original title: ${brief.title}\n\n${brief.text.body}\n\n`;
}

describe('the seed article', () => {
  const curated = loadSeedBrief();

  it('reads the header line and keeps the byline paragraph, giving the curated body exactly', () => {
    const metadata = readMetadata(seedArticleText());
    expect(metadata).toEqual({
      title: curated.title,
      published: '2022-08-22',
      author: 'Wen Jing',
      outlet: '21st Century Business Herald',
      dateline: 'Chongqing',
      body: curated.text.body,
    });
  });

  it('splits into the curated paragraphs and all 26 curated sentences, offsets included', () => {
    const split = splitText(curated.text.body);
    expect(split.paragraphs).toEqual(curated.text.paragraphs);
    expect(split.sentences).toEqual(curated.text.sentences);
  });

  it('keeps the source’s artefacts where a careful reader would', () => {
    const texts = splitText(curated.text.body).sentences.map((s) => s.text);
    // A stray "8" after a closing quote; a stray stop before a lower-case word; a verbless fragment.
    expect(texts).toContain(curated.text.sentences[2]?.text);
    expect(texts[2]?.endsWith('ecology.”8')).toBe(true);
    expect(texts).toContain(
      'A total of more than 100 small and medium-sized enterprises have realized cloud access. on the platform.',
    );
    expect(texts).toContain('Dynamic, new trends.');
  });
});
