import { KeySet } from '../text/key-set.js';
import type { QuestionAnalysis } from './analyze-question.js';
import type { ExpectedType } from './answer.js';
import type { Candidate } from './candidate.js';
import { entitiesOf, type PreparedBrief, type PreparedEntity } from './prepare-brief.js';

/**
 * What the brief records about an entity the question names: a person's role ("Who is Lu Yong?") or
 * organisation, an event's place ("Where was the Smart Expo held?") — cited to a sentence that states it.
 */
export function attributeCandidates(analysis: QuestionAnalysis, prepared: PreparedBrief): Candidate[] {
  const candidates: Candidate[] = [];
  for (const entity of entitiesOf(prepared.brief)) {
    if (!namedInQuestion(entity, analysis)) continue;
    for (const { value, fit } of attributes(entity, analysis.expected)) {
      const sentence = sentenceStating(prepared, entity, value);
      if (sentence === undefined) continue;
      const stated = prepared.sentences[sentence];
      if (!stated) continue;
      // The question's words for the entity are met by the entity itself, whatever the sentence calls it.
      const names = KeySet.of(entity.forms.flatMap((form) => form.stems));
      candidates.push({
        answer: value,
        sentence,
        evidence: { keys: [stated.keys, names], nearby: stated.nearby },
        typeFit: fit,
        support: 1,
        origin: 'entity',
      });
    }
  }
  return candidates;
}

function attributes(entity: PreparedEntity, expected: ExpectedType): { value: string; fit: number }[] {
  const found: { value: string; fit: number }[] = [];
  if (entity.kind === 'person' && entity.role && (expected === 'role' || expected === 'person')) {
    const role =
      entity.organisation && !entity.role.includes(entity.organisation)
        ? `${entity.role}, ${entity.organisation}`
        : entity.role;
    found.push({ value: role, fit: expected === 'role' ? 1 : 0.9 });
  }
  if (entity.kind === 'person' && entity.organisation && expected === 'organisation') {
    found.push({ value: entity.organisation, fit: 1 });
  }
  if (entity.kind === 'event' && entity.place && expected === 'place')
    found.push({ value: entity.place, fit: 1 });
  return found;
}

function namedInQuestion(entity: PreparedEntity, analysis: QuestionAnalysis): boolean {
  const named = new Set(analysis.tokens.filter((t) => t.capitalised).map((t) => t.stem));
  return entity.forms.some(
    (form) => form.contentStems.length > 0 && form.contentStems.every((s) => named.has(s)),
  );
}

/** A sentence mentioning the entity that states the value (its first words, for a long role). */
function sentenceStating(prepared: PreparedBrief, entity: PreparedEntity, value: string): number | undefined {
  const start = value.split(/\s+/).slice(0, 3).join(' ').toLowerCase();
  return entity.sentences.find((s) => prepared.sentences[s]?.text.toLowerCase().includes(start));
}
