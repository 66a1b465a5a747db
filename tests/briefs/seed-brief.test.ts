import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Brief, BriefSchema, type Fact } from '../../src/core/brief.schema.js';

const FILE = new URL('../../briefs/2022-08-22-smart-expo-chongqing.json', import.meta.url);
const raw: unknown = JSON.parse(readFileSync(FILE, 'utf8'));
const parsed = BriefSchema.safeParse(raw);
// Falls back to the raw data so that the other checks still report when the schema rejects the file.
const brief = (parsed.success ? parsed.data : raw) as Brief;
const { body, paragraphs, sentences } = brief.text;

const lower = (s: string) => s.toLowerCase();
const sentenceText = (index: number): string => {
  const sentence = sentences[index];
  if (!sentence) throw new Error(`sentence ${index} does not exist`);
  return sentence.text;
};
const mentions = (index: number, words: string) => lower(sentenceText(index)).includes(lower(words));
const indexOfSentence = (text: string) => sentences.findIndex((s) => s.text === text);

/** The plain number a value such as "212.1 billion yuan", "80%" or "40.8 days" states. */
function numberIn(value: string): number | undefined {
  const match = /(\d+(?:\.\d+)?)\s*(billion|million|thousand)?/i.exec(value.replaceAll(',', ''));
  if (!match?.[1]) return undefined;
  const scale = { billion: 1e9, million: 1e6, thousand: 1e3 }[lower(match[2] ?? '')] ?? 1;
  return Math.round(Number(match[1]) * scale * 1000) / 1000;
}

function factsWhere(predicate: (fact: Fact) => boolean): Fact[] {
  return brief.facts.filter(predicate);
}

function onlyFact(predicate: (fact: Fact) => boolean): Fact {
  const found = factsWhere(predicate);
  expect(found).toHaveLength(1);
  return found[0] as Fact;
}

describe('seed brief 2022-08-22-smart-expo-chongqing', () => {
  it('parses with BriefSchema, offsets and sentence references included', () => {
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  it('carries the article metadata', () => {
    expect((raw as Record<string, unknown>).$schema).toBe('./brief.schema.json');
    expect(Object.keys(raw as object)[0]).toBe('$schema');
    expect(brief.id).toBe('2022-08-22-smart-expo-chongqing');
    expect(brief.title).toBe(
      'On the day of the Smart Expo, the contract investment amounted to 212.1 billion yuan. Huawei will join hands with Chongqing to build a smart city',
    );
    expect(brief.published).toBe('2022-08-22');
    expect(brief.outlet).toBe('21st Century Business Herald');
    expect(brief.author).toBe('Wen Jing');
    expect(brief.dateline).toBe('Chongqing');
    expect(brief.language).toBe('en');
    expect(brief.url).toBeUndefined();
  });

  it('keeps the body verbatim from the byline on, artefacts included', () => {
    expect(
      body.startsWith('21st Century Business Herald reporter Wen Jing reports from Chongqing\n\n“Smart'),
    ).toBe(true);
    expect(body.endsWith('to watch the exhibition online.')).toBe(true);
    expect(body).not.toContain('Original title');
    expect(body).toContain('prosperous application ecology.”8 On the morning of March 22');
    expect(body).toContain('have realized cloud access. on the platform.');
    expect(body).not.toMatch(/\r|\n{3,}|[ \t]\n|\n[ \t]/);
    expect(body.split('\n\n')).toHaveLength(8);
  });

  it('has paragraphs that tile the body exactly', () => {
    const pieces = body.split('\n\n');
    expect(paragraphs).toHaveLength(pieces.length);
    let offset = 0;
    paragraphs.forEach((paragraph, i) => {
      expect(paragraph.start).toBe(offset);
      expect(body.slice(paragraph.start, paragraph.end)).toBe(pieces[i]);
      offset = paragraph.end + 2;
    });
    expect(paragraphs.at(-1)?.end).toBe(body.length);
  });

  it('has sentences that cover every paragraph in order, separated only by spaces', () => {
    paragraphs.forEach((paragraph, p) => {
      const inParagraph = sentences.filter((s) => s.paragraph === p);
      expect(inParagraph.length).toBeGreaterThan(0);
      let cursor = paragraph.start;
      for (const sentence of inParagraph) {
        expect(body.slice(cursor, sentence.start)).toMatch(/^ ?$/);
        expect(sentence.text).toBe(sentence.text.trim());
        expect(sentence.end).toBeLessThanOrEqual(paragraph.end);
        cursor = sentence.end;
      }
      expect(cursor).toBe(paragraph.end);
    });
    const paragraphOrder = sentences.map((s) => s.paragraph);
    expect(paragraphOrder).toEqual([...paragraphOrder].sort((a, b) => a - b));
  });

  it('splits sentences at the agreed points', () => {
    expect(sentences).toHaveLength(26);
    expect(sentenceText(0)).toBe('21st Century Business Herald reporter Wen Jing reports from Chongqing');
    expect(sentenceText(1)).toBe(
      '“Smart cities require ‘good perception, ability to think, evolution, and warmth’.',
    );
    expect(sentenceText(2).startsWith('Huawei will work with Chongqing')).toBe(true);
    expect(sentenceText(2).endsWith('ecology.”8')).toBe(true);
    expect(sentenceText(3).startsWith('On the morning of March 22, at the summit')).toBe(true);
    expect(sentenceText(3).endsWith('President of China Region, said.')).toBe(true);
    expect(
      indexOfSentence(
        'A total of more than 100 small and medium-sized enterprises have realized cloud access. on the platform.',
      ),
    ).toBe(8);
    expect(indexOfSentence('Launched in October this year.')).toBe(13);
    expect(indexOfSentence('Dynamic, new trends.')).toBe(6);
    for (const sentence of sentences.slice(1)) expect(sentence.text).toMatch(/[.”8]$/);
  });

  it('grounds every fact in its sentence', () => {
    expect(brief.facts.length).toBeGreaterThanOrEqual(40);
    for (const fact of brief.facts) {
      const where = `${fact.kind} fact "${fact.value}" (sentence ${fact.sentence})`;
      expect(mentions(fact.sentence, fact.text ?? fact.value), where).toBe(true);
      if (fact.qualifier) expect(mentions(fact.sentence, fact.qualifier), where).toBe(true);
      if (fact.kind === 'list') {
        expect(fact.items?.length ?? 0, where).toBeGreaterThanOrEqual(2);
        for (const item of fact.items ?? []) {
          expect(mentions(fact.sentence, item), `${where}: item "${item}"`).toBe(true);
          expect(lower(fact.text ?? fact.value), `${where}: item "${item}"`).toContain(lower(item));
        }
      } else {
        expect(fact.items, where).toBeUndefined();
      }
      if (fact.kind === 'date') expect(fact.date, where).toBeDefined();
      if (fact.date)
        expect(fact.date, where).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?(\/\d{4}(-\d{2}(-\d{2})?)?)?$/);
      if (['money', 'count', 'percent', 'temperature', 'duration'].includes(fact.kind)) {
        expect(fact.number, where).toBeDefined();
        expect(fact.unit, where).toBeDefined();
        expect(numberIn(fact.value), where).toBe(fact.number);
      }
      if (fact.text !== undefined) expect(fact.text, where).not.toBe(fact.value);
    }
  });

  it('grounds every quote in its sentence and gives it a known speaker', () => {
    const people = new Set(brief.people.map((p) => p.name));
    expect(brief.quotes.length).toBeGreaterThanOrEqual(3);
    for (const quote of brief.quotes) {
      expect(sentenceText(quote.sentence), quote.text).toContain(quote.text);
      expect(people.has(quote.speaker), quote.speaker).toBe(true);
    }
    expect(brief.quotes.filter((q) => q.speaker === 'Lu Yong').map((q) => q.sentence)).toEqual([1, 2, 17]);
  });

  it('grounds every entity: a name or alias appears in its first listed sentence', () => {
    const groups = [brief.people, brief.organisations, brief.places, brief.events] as const;
    const allNames: string[] = [];
    for (const group of groups) {
      for (const entity of group) {
        const names = [entity.name, ...entity.aliases];
        allNames.push(...names.map(lower));
        const first = entity.sentences[0] as number;
        expect(
          names.some((name) => mentions(first, name)),
          `${entity.name} in sentence ${first}`,
        ).toBe(true);
        expect(entity.sentences, entity.name).toEqual([...new Set(entity.sentences)].sort((a, b) => a - b));
      }
    }
    expect(allNames.length, 'names and aliases are unique').toBe(new Set(allNames).size);
  });

  it('links roles, places and events to entities the brief names', () => {
    const organisations = new Set(brief.organisations.map((o) => o.name));
    const places = new Set(brief.places.map((p) => p.name));
    for (const person of brief.people) {
      if (person.organisation) expect(organisations.has(person.organisation), person.name).toBe(true);
    }
    for (const place of brief.places)
      if (place.within) expect(places.has(place.within), place.name).toBe(true);
    for (const event of brief.events) if (event.place) expect(places.has(event.place), event.name).toBe(true);
    for (const fact of factsWhere((f) => f.description.includes('companies whose heads'))) {
      for (const item of fact.items ?? []) expect(organisations.has(item), item).toBe(true);
    }
  });

  it('names the people, organisations, places and events', () => {
    const lu = brief.people.find((p) => p.name === 'Lu Yong');
    expect(lu?.role).toBe('Senior Vice President of Huawei and President of China Region');
    expect(lu?.organisation).toBe('Huawei');
    const wen = brief.people.find((p) => p.name === 'Wen Jing');
    expect(wen?.role).toBe('reporter');
    expect(wen?.organisation).toBe('21st Century Business Herald');

    const organisations = brief.organisations.map((o) => o.name);
    for (const name of [
      'Huawei',
      'Alibaba',
      'Changan Automobile',
      'CCID',
      'Chongqing Meteorological Observatory',
      'Chongqing Meteorological Bureau',
      'government of Yunyang County',
      '21st Century Business Herald',
      'Chongqing Artificial Intelligence Innovation Center',
    ]) {
      expect(organisations).toContain(name);
    }
    expect(brief.organisations.find((o) => o.name === 'Changan Automobile')?.aliases).toContain('Changan');

    const places = Object.fromEntries(brief.places.map((p) => [p.name, p.within]));
    expect(places['Yunyang County']).toBe('Chongqing');
    expect(places['northeastern Chongqing area']).toBe('Chongqing');
    expect(places['Xiyong Microelectronics Park']).toBe('Western (Chongqing) Science City');
    expect(places['Western (Chongqing) Science City']).toBe('Chongqing');
    expect(Object.keys(places)).toEqual(
      expect.arrayContaining(['Chongqing', 'Southwest China', 'Chengdu-Chongqing national hub']),
    );

    const expo = brief.events.find((e) => e.name === '2022 China International Intelligent Industry Expo');
    expect(expo?.aliases).toEqual(expect.arrayContaining(['Smart Expo', '2022 Smart Expo']));
    expect(expo?.date).toBe('2022-08-22');
    expect(expo?.place).toBe('Chongqing');
    const summit = brief.events.find((e) => lower(e.name).includes('summit'));
    expect(summit?.date).toBe('2022-08-22');
    expect(summit?.sentences).toEqual([3, 5]);
  });

  it('cites every sentence except the garbled fragment "Dynamic, new trends."', () => {
    const cited = new Set<number>();
    for (const fact of brief.facts) cited.add(fact.sentence);
    for (const quote of brief.quotes) cited.add(quote.sentence);
    for (const group of [brief.people, brief.organisations, brief.places, brief.events]) {
      for (const entity of group) for (const s of entity.sentences) cited.add(s);
    }
    const uncited = sentences.map((_, i) => i).filter((i) => !cited.has(i));
    expect(uncited).toEqual([indexOfSentence('Dynamic, new trends.')]);
  });

  it('records the must-have figures as typed facts', () => {
    const money = onlyFact((f) => f.kind === 'money' && f.number === 212_100_000_000);
    expect(money.value).toBe('212.1 billion yuan');
    expect(money.unit).toBe('CNY');
    expect(money.description).toContain('contracted investment');

    const projects = onlyFact((f) => f.kind === 'count' && f.number === 70);
    expect(projects.unit).toBe('projects');
    expect(projects.sentence).toBe(money.sentence);

    const share = onlyFact((f) => f.kind === 'percent');
    expect(share.number).toBe(80);
    expect(share.value).toBe('80%');
    expect(share.description).toContain('strategic emerging industry');

    const heat = onlyFact((f) => f.kind === 'temperature');
    expect(heat.number).toBe(42);
    expect(heat.value).toBe('42 degrees');
    expect(heat.unit).toBe('°C');

    const days = onlyFact((f) => f.kind === 'duration' && f.number === 40.8);
    expect(days.unit).toBe('days');
    const extra = onlyFact((f) => f.kind === 'duration' && f.number === 20);
    expect(extra.qualifier).toBeUndefined();
    expect(extra.sentence).toBe(days.sentence);

    const smes = onlyFact((f) => f.kind === 'count' && f.sentence === 8);
    expect(smes).toMatchObject({ number: 100, qualifier: 'more than', unit: 'enterprises' });
    const partners = onlyFact((f) => f.kind === 'count' && f.sentence === 17);
    expect(partners).toMatchObject({ number: 100, qualifier: 'more than' });
  });

  it('records the dates, including the summit-date slip', () => {
    const summit = onlyFact((f) => f.kind === 'date' && f.text === 'March 22');
    expect(summit.date).toBe('2022-08-22');
    expect(summit.sentence).toBe(3);
    expect(summit.note).toMatch(/slip/);
    expect(brief.notes.some((n) => n.includes('March 22') && n.includes('August'))).toBe(true);

    expect(onlyFact((f) => f.kind === 'date' && f.date === '2018-04').value).toBe('April 2018');
    expect(onlyFact((f) => f.kind === 'date' && f.date === '2022-10')).toMatchObject({
      value: 'October 2022',
      text: 'October this year',
      sentence: 13,
    });
    expect(onlyFact((f) => f.kind === 'date' && f.sentence === 19).date).toBe('2022-08-22');
    expect(onlyFact((f) => f.kind === 'date' && f.sentence === 22).date).toBe('2022-07-01/2022-08-25');
  });

  it('records the lists in full', () => {
    const aspects = onlyFact((f) => f.kind === 'list' && f.description.includes('four aspects'));
    expect(aspects.items).toEqual([
      'urban digital base',
      'smart capability unified construction',
      'manufacturing industry development',
      'prosperous application ecology',
    ]);

    const organisers = onlyFact((f) => f.kind === 'list' && f.description.includes('organized'));
    expect(organisers.items).toHaveLength(9);
    const organisations = new Set(brief.organisations.map((o) => o.name));
    for (const item of organisers.items ?? []) expect(organisations.has(item), item).toBe(true);
    expect(organisers.items).toContain('Chongqing Municipal People’s Government');

    expect(onlyFact((f) => f.kind === 'list' && f.sentence === 1).items).toHaveLength(4);
    expect(
      onlyFact((f) => f.kind === 'list' && f.description.includes('companies whose heads')).items,
    ).toEqual(['Huawei', 'Alibaba', 'Changan Automobile']);
    expect(onlyFact((f) => f.kind === 'list' && f.description.includes('reasons')).items).toEqual([
      'weather',
      'epidemic prevention and control',
    ]);
    expect(
      onlyFact((f) => f.kind === 'list' && f.description.includes('characteristic industries')).items,
    ).toEqual(['intelligent manufacturing', 'life and health', 'autonomous driving']);
    expect(onlyFact((f) => f.kind === 'list' && f.sentence === 17).items).toEqual(['Changan', 'CCID']);
    expect(onlyFact((f) => f.kind === 'list' && f.description.includes('fields')).items).toHaveLength(4);
  });

  it('records the key statements', () => {
    const statement = (value: string) => onlyFact((f) => f.kind === 'statement' && f.value === value);
    expect(statement('high temperature red warning signal').sentence).toBe(4);
    expect(statement('one cloud for the city').sentence).toBe(10);
    expect(statement('Huawei Ascend series processors').sentence).toBe(14);
    expect(statement('the final stage').sentence).toBe(12);
    expect(statement('Xiyong Microelectronics Park, Western (Chongqing) Science City').sentence).toBe(12);
    expect(
      statement('the largest artificial intelligence public computing power platform in Southwest China')
        .sentence,
    ).toBe(15);
    expect(statement('Smart City').description).toContain('annual theme');
    expect(statement('temporarily closed to the public').sentence).toBe(24);
    expect(
      statement('log on to the official website of the Smart Expo to watch the exhibition online').sentence,
    ).toBe(25);
    expect(onlyFact((f) => f.value === 'tens of billions').sentence).toBe(16);
  });

  it('has a handful of lower-case topics', () => {
    expect(brief.topics.length).toBeGreaterThanOrEqual(4);
    for (const topic of brief.topics) expect(topic).toBe(lower(topic));
    expect(brief.topics).toEqual(
      expect.arrayContaining(['smart city', 'artificial intelligence', 'extreme heat']),
    );
  });
});
