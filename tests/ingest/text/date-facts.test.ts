import { describe, expect, it } from 'vitest';
import { FactSchema } from '../../../src/core/brief.schema.js';
import { dateFacts } from '../../../src/ingest/text/date-facts.js';
import { loadSeedBrief } from '../../helpers/seed-brief.js';

describe('dateFacts', () => {
  const seed = loadSeedBrief();
  const facts = dateFacts(seed.text.sentences, new Date(seed.published));

  it('finds the seed’s dates with subjects, descriptions and normalised values', () => {
    const summary = facts.map((f) => [
      f.sentence,
      f.subject,
      f.description,
      f.value,
      f.text,
      f.date,
      f.qualifier,
    ]);
    expect(summary).toEqual([
      [
        3,
        'Lu Yong',
        'said at the summit of the 2022 China International Intelligent Industry Expo',
        '22 March 2022',
        'March 22',
        '2022-03-22',
        undefined,
      ],
      [
        4,
        'Chongqing Meteorological Observatory',
        'continued to issue a high temperature red warning signal',
        '22 August 2022',
        'the 22nd',
        '2022-08-22',
        undefined,
      ],
      [
        5,
        'heads of world-renowned companies',
        'gave speeches through online video to discuss new technologies',
        '22 August 2022',
        'the 22nd',
        '2022-08-22',
        undefined,
      ],
      [
        7,
        'government of Yunyang County',
        'joined hands with Huawei to build a cloud base',
        'April 2018',
        undefined,
        '2018-04',
        'as early as',
      ],
      [
        13,
        'Chongqing Artificial Intelligence Innovation Center',
        'launched',
        'October 2022',
        'October this year',
        '2022-10',
        undefined,
      ],
      [
        19,
        '70 major investment projects',
        'were signed and landed in Chongqing',
        '22 August 2022',
        'August 22',
        '2022-08-22',
        undefined,
      ],
      [
        22,
        'city’s average high temperature cumulative days',
        'may reach 40.8 days',
        '1 July to 25 August 2022',
        'July 1 to August 25',
        '2022-07-01/2022-08-25',
        undefined,
      ],
      [23, 'Smart Expo', 'focuses on the annual theme of Smart City', '2022', 'This year', '2022', undefined],
    ]);
  });

  it('gives valid facts whose value, or text when normalised, stands in the sentence', () => {
    for (const fact of facts) {
      expect(FactSchema.parse(fact)).toEqual(fact);
      const sentence = seed.text.sentences[fact.sentence]?.text ?? '';
      expect(sentence).toContain(fact.text ?? fact.value);
    }
  });

  it('gives a valid fact for a sentence that is nothing but a date', () => {
    const [fact] = dateFacts([{ text: 'Monday, 22 August 2022' }], new Date('2022-08-22'));
    expect(FactSchema.parse(fact)).toMatchObject({ value: '22 August 2022', date: '2022-08-22' });
  });

  it('takes the subject from subjectOf when the caller knows it', () => {
    const sentences = [{ text: 'The centre was built in 2019.' }, { text: 'Launched in October this year.' }];
    const subjects = dateFacts(sentences, new Date('2022-08-22'), (i) =>
      i === 1 ? 'the innovation centre' : '',
    );
    expect(subjects.map((f) => f.subject)).toEqual(['centre', 'the innovation centre']);
  });
});
