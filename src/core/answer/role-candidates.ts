import type { QuestionAnalysis } from './analyze-question.js';
import type { Candidate } from './candidate.js';
import type { PreparedBrief, PreparedEntity } from './prepare-brief.js';

/** "What is Lu Yong's position?", "Who is Lu Yong?": the named person's role, where the article gives it. */
export function roleCandidates(analysis: QuestionAnalysis, prepared: PreparedBrief): Candidate[] {
  if (analysis.expected !== 'role' && analysis.expected !== 'person') return [];
  const candidates: Candidate[] = [];
  for (const person of prepared.entities) {
    if (person.kind !== 'person' || !person.role || !namedInQuestion(person, analysis)) continue;
    const role =
      person.organisation && !person.role.includes(person.organisation)
        ? `${person.role}, ${person.organisation}`
        : person.role;
    const sentence = sentenceStating(prepared, person, person.role);
    const stated = prepared.sentences[sentence];
    if (!stated) continue;
    candidates.push({
      answer: role,
      sentence,
      evidence: { keys: [stated.keys], nearby: stated.nearby },
      typeFit: analysis.expected === 'role' ? 1 : 0.9,
      support: 1,
      origin: 'entity',
    });
  }
  return candidates;
}

function namedInQuestion(person: PreparedEntity, analysis: QuestionAnalysis): boolean {
  const named = new Set(analysis.tokens.filter((t) => t.capitalised).map((t) => t.stem));
  return person.forms.some(
    (form) => form.contentStems.length > 0 && form.contentStems.every((s) => named.has(s)),
  );
}

/** The sentence where the role is written, else the person's first mention. */
function sentenceStating(prepared: PreparedBrief, person: PreparedEntity, role: string): number {
  const first = role.split(/\s+/).slice(0, 3).join(' ').toLowerCase();
  const stating = person.sentences.find((s) => prepared.sentences[s]?.text.toLowerCase().includes(first));
  return stating ?? person.sentences[0] ?? 0;
}
