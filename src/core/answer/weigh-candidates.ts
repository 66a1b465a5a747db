import { tokenize } from '../text/tokenize.js';
import type { QuestionAnalysis } from './analyze-question.js';
import { attributeCandidates } from './attribute-candidates.js';
import type { Candidate } from './candidate.js';
import { placeCandidates } from './candidate-context.js';
import { candidateFeatures, type SentenceStanding } from './candidate-features.js';
import { clauseCandidates } from './clause-candidates.js';
import { type Coverage, measureCoverage } from './evidence.js';
import { factCandidates } from './fact-candidates.js';
import { metadataCandidates } from './metadata-candidates.js';
import type { PreparedBrief } from './prepare-brief.js';
import type { RankedSentence } from './rank-sentences.js';
import { sentenceCandidates } from './sentence-candidates.js';
import { sentenceReader, spanContext } from './span-context.js';

/** A candidate with the evidence measured and the features the answer model reads. */
export interface Weighed {
  candidate: Candidate;
  coverage: Coverage;
  features: number[];
}

/**
 * Every answer the brief offers for the question, with its features: facts, entity attributes, metadata,
 * typed spans and clauses of the best sentences. Runtime and training (`npm run train`) both call this,
 * so the model is trained on exactly what it will see.
 */
export function weighCandidates(
  analysis: QuestionAnalysis,
  prepared: PreparedBrief,
  ranked: readonly RankedSentence[],
): Weighed[] {
  const asked = new Set(analysis.tokens.map((t) => t.stem));
  const read = collectCandidates(analysis, prepared, ranked)
    .map((candidate) => ({ candidate, tokens: tokenize(candidate.answer) }))
    // "The combined investment of the 70 projects" is not 70: an answer must add to the question.
    .filter(({ tokens }) => tokens.some((t) => !t.isStopword && !asked.has(t.stem)));
  const known = new Map(ranked.map((r) => [r.sentence.index, r.tokens]));
  const sentence = sentenceReader(analysis, prepared.sentences, known);
  placeCandidates(
    analysis,
    read.map((r) => r.candidate),
    prepared,
    sentence,
  );
  const standing = new Map<number, SentenceStanding>(
    ranked.map((r, rank) => [r.sentence.index, { rank, coverage: r.coverage.score }]),
  );
  const weighed: Weighed[] = [];
  for (const { candidate, tokens } of read) {
    const coverage = measureCoverage(analysis, { ...candidate.evidence, title: prepared.titleKeys });
    // A name or number of the question that the answer's evidence (its sentence, the sentences before
    // it, the headline) never mentions is not connected to the answer: the article doesn't say.
    if (coverage.missingKey) continue;
    const where = standing.get(candidate.sentence);
    const reading = sentence(candidate.sentence);
    const context = reading && spanContext(analysis, candidate, reading);
    const features = candidateFeatures(analysis, candidate, coverage, prepared, where, tokens, context);
    weighed.push({ candidate, coverage, features });
  }
  return weighed;
}

function collectCandidates(
  analysis: QuestionAnalysis,
  prepared: PreparedBrief,
  ranked: readonly RankedSentence[],
): Candidate[] {
  const facts = factCandidates(analysis, prepared);
  // A value the brief already holds as a fact is judged as that fact, which knows what it measures and
  // gives it normalised ("March 22" as written, "August 22, 2022" as meant).
  const written = new Map<number, string[]>();
  for (const { fact } of prepared.facts) {
    const words = [fact.value, fact.text ?? ''].map((w) => w.toLowerCase()).filter(Boolean);
    written.set(fact.sentence, [...(written.get(fact.sentence) ?? []), ...words]);
  }
  const spans = sentenceCandidates(analysis, prepared, ranked).filter((span) => {
    const answer = span.answer.toLowerCase();
    return !(written.get(span.sentence) ?? []).some((words) => words.includes(answer));
  });
  return [
    ...facts,
    ...attributeCandidates(analysis, prepared),
    ...metadataCandidates(analysis, prepared),
    ...spans,
    ...clauseCandidates(analysis, ranked),
  ];
}
