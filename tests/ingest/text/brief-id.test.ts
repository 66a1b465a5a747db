import { describe, expect, it } from 'vitest';
import { BRIEF_ID_PATTERN } from '../../../src/core/brief.schema.js';
import { briefIdFor } from '../../../src/ingest/text/brief-id.js';

describe('briefIdFor', () => {
  it('joins the date and the title’s first content words', () => {
    expect(briefIdFor('2018-05-29T12:00:00Z', 'Pompeo to Meet with Top N. Korean Official in NY')).toBe(
      '2018-05-29-pompeo-meet-top-korean-official-ny',
    );
    expect(briefIdFor('2022-08-22', 'Huawei will join hands with Chongqing to build a smart city')).toBe(
      '2022-08-22-huawei-join-hands-chongqing-build-smart',
    );
  });

  it('is deterministic and always a valid brief id', () => {
    const titles = [
      'On the day of the Smart Expo, the contract investment amounted to 212.1 billion yuan',
      'Café société: Zürich’s naïve élan',
      '重庆智博会',
      'The',
      'Supercalifragilisticexpialidocious-antidisestablishmentarianism-pneumonoultramicroscopic',
    ];
    for (const title of titles) {
      const id = briefIdFor('2022-08-22', title);
      expect(id).toMatch(BRIEF_ID_PATTERN);
      expect(id.length).toBeLessThanOrEqual(71);
      expect(briefIdFor('2022-08-22', title)).toBe(id);
    }
    expect(briefIdFor('2022-08-22', 'Café société: Zürich’s naïve élan')).toBe(
      '2022-08-22-cafe-societe-zurich-naive-elan',
    );
    expect(briefIdFor('2022-08-22', '重庆智博会')).not.toBe(briefIdFor('2022-08-22', '成都'));
  });

  it('refuses a publication date it cannot read', () => {
    expect(() => briefIdFor('22 August 2022', 'A title')).toThrow(RangeError);
  });
});
