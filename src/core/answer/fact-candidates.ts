import type { Fact } from '../brief.schema.js';
import type { KeySet } from '../text/key-set.js';
import { tokenize } from '../text/tokenize.js';
import type { QuestionAnalysis } from './analyze-question.js';
import { type Candidate, kindFit } from './candidate.js';
import { matchStrength } from './evidence.js';
import { keySet, type PreparedBrief } from './prepare-brief.js';

/** The brief's typed facts as answers: the value, cited to the sentence it was read from. */
export function factCandidates(analysis: QuestionAnalysis, prepared: PreparedBrief): Candidate[] {
  const candidates: Candidate[] = [];
  for (const { fact, aboutKeys, list } of prepared.facts) {
    let typeFit = kindFit(analysis.expected, fact.kind);
    if (typeFit === 0) continue;
    const sentence = prepared.sentences[fact.sentence];
    if (!sentence) continue;
    const counts = analysis.counted ? countsTheAskedThing(analysis, fact, aboutKeys) : undefined;
    if (counts === false) typeFit *= 0.3;
    // "What was the contracted investment …?" is not answered by how many projects there were.
    if (fact.kind === 'count' && analysis.expected !== 'count' && !mentionsUnit(analysis, fact))
      typeFit *= 0.7;
    const { itemStems, listsNames } = list;
    // "Who spoke?" wants a list of names, not a list of reasons.
    if (fact.kind === 'list' && NAMED_KINDS.has(analysis.expected) && !listsNames) typeFit *= 0.25;
    const picked = listsNames ? pickItems(analysis, fact, itemStems) : undefined;
    if (picked) typeFit = Math.max(typeFit, 0.95);
    candidates.push({
      answer: picked ?? formatFact(fact),
      sentence: fact.sentence,
      evidence: { keys: [aboutKeys, sentence.keys], nearby: sentence.nearby },
      typeFit,
      // Items picked out by the question's own names are as specific as a fact gets.
      support: picked ? Math.max(0.9, aboutSupport(analysis, aboutKeys)) : aboutSupport(analysis, aboutKeys),
      origin: 'fact',
      kind: fact.kind,
      ...(counts === undefined ? {} : { counted: counts ? ('follows' as const) : ('absent' as const) }),
    });
  }
  return candidates;
}

const NAMED_KINDS = new Set(['person', 'organisation', 'place']);

function mentionsUnit(analysis: QuestionAnalysis, fact: Fact): boolean {
  if (!fact.unit) return true;
  const unit = new Set(tokenize(fact.unit).map((t) => t.stem));
  return analysis.tokens.some((t) => !t.isStopword && unit.has(t.stem));
}

/** "How many projects": a count of enterprises is not an answer, however close it stands. */
function countsTheAskedThing(analysis: QuestionAnalysis, fact: Fact, aboutKeys: KeySet): boolean {
  const counted = analysis.counted;
  if (!counted) return true;
  const unitKeys = keySet(tokenize(`${fact.unit ?? ''} ${fact.value}`));
  return matchStrength(counted, unitKeys) > 0 || matchStrength(counted, aboutKeys) > 0;
}

/** Share of the question's weight found in what the fact is about (not just its sentence). */
function aboutSupport(analysis: QuestionAnalysis, aboutKeys: KeySet): number {
  let total = 0;
  let found = 0;
  for (const term of analysis.terms) {
    total += term.weight;
    found += term.weight * matchStrength(term.token, aboutKeys);
  }
  return total === 0 ? 0 : found / total;
}

/** "Which Singapore ministry …?" of a list of organisers: only the items the question's names point at. */
function pickItems(
  analysis: QuestionAnalysis,
  fact: Fact,
  itemStems: readonly (readonly string[])[],
): string | undefined {
  if (fact.kind !== 'list' || !fact.items || analysis.wantsList) return undefined;
  const names = analysis.terms.filter((t) => t.role === 'proper');
  if (names.length === 0) return undefined;
  const chosen = fact.items.filter((_, i) => names.some((name) => itemStems[i]?.includes(name.token.stem)));
  return chosen.length > 0 && chosen.length < fact.items.length ? joinItems(chosen) : undefined;
}

export function formatFact(fact: Fact): string {
  const value =
    fact.kind === 'list' && fact.items && fact.items.length > 0 && fact.value.length < 3
      ? joinItems(fact.items)
      : fact.value;
  if (fact.qualifier && !value.toLowerCase().startsWith(fact.qualifier.toLowerCase())) {
    return `${fact.qualifier} ${value}`;
  }
  return value;
}

export function joinItems(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
