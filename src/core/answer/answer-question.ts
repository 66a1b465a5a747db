import { tokenize } from '../text/tokenize.js';
import { abstentionMessage } from './abstention-message.js';
import {
  analyzeQuestion,
  type QuestionAnalysis,
  type QuestionTerm,
  withKnownNames,
} from './analyze-question.js';
import type { AnswerOptions, AnswerResult, BriefCollection } from './answer.js';
import { attributeCandidates } from './attribute-candidates.js';
import type { Candidate } from './candidate.js';
import { clauseCandidates } from './clause-candidates.js';
import { type Coverage, measureCoverage } from './evidence.js';
import { factCandidates } from './fact-candidates.js';
import { metadataCandidates } from './metadata-candidates.js';
import { type PreparedBrief, prepareBrief } from './prepare-brief.js';
import { rankSentences } from './rank-sentences.js';
import { routeQuestion } from './route-question.js';
import { sentenceCandidates } from './sentence-candidates.js';
import { readYesNo } from './yes-no.js';

/** The thing asked about is absent from the evidence ("how many [exhibitors]"): most likely not answered. */
const HEAD_MISSING = 0.4;
/** Only the question's closing verb is absent ("who [ruled] Normandy"): often the article's other words. */
const VERB_HEAD_MISSING = 0.65;

/** Below this confidence the engine says the article doesn't say, rather than guess. */
export const DEFAULT_THRESHOLD = 0.4;

// Facts were curated or extracted with their subject; a span read off a sentence is a weaker bet.
const ORIGIN_WEIGHT: Record<Candidate['origin'], number> = {
  fact: 1,
  entity: 1,
  span: 0.9,
  cue: 0.9,
  clause: 0.7,
};

interface Scored {
  candidate: Candidate;
  coverage: Coverage;
  confidence: number;
}

/**
 * Answers a question from the briefs with a short answer and the one sentence it stands on, or says that
 * the article doesn't say. Never throws on odd input; "no answer" is a value.
 */
export function answerQuestion(
  question: string,
  briefs: BriefCollection,
  options: AnswerOptions = {},
): AnswerResult {
  const first = analyzeQuestion(question);
  const brief = options.briefId ? briefs.find((b) => b.id === options.briefId) : routeQuestion(first, briefs);
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  if (!brief) return abstain(first, undefined, first.terms);
  const prepared = prepareBrief(brief);
  const analysis = withKnownNames(first, prepared.names);
  const ranked = rankSentences(analysis, prepared);

  if (analysis.expected === 'yesno') {
    const reading = readYesNo(analysis, ranked);
    if (!reading || reading.confidence < threshold) {
      return abstain(
        analysis,
        prepared,
        ranked[0]?.coverage.missing ?? analysis.terms,
        ranked[0]?.sentence.index,
      );
    }
    return given(analysis, prepared, reading.answer, reading.sentence, reading.confidence);
  }

  const candidates = collectCandidates(analysis, prepared, ranked);
  const best = pickBest(analysis, candidates, prepared);
  if (!best || best.confidence < threshold) {
    return abstain(
      analysis,
      prepared,
      best?.coverage.missing ?? ranked[0]?.coverage.missing ?? analysis.terms,
      ranked[0]?.sentence.index ?? best?.candidate.sentence,
    );
  }
  return given(analysis, prepared, best.candidate.answer, best.candidate.sentence, best.confidence);
}

/** The best few candidates with their scores, for evaluation reports and debugging. */
export function explainQuestion(question: string, briefs: BriefCollection, briefId?: string, limit = 5) {
  const analysis = analyzeQuestion(question);
  const brief = briefId ? briefs.find((b) => b.id === briefId) : routeQuestion(analysis, briefs);
  if (!brief) return { analysis, candidates: [] };
  const prepared = prepareBrief(brief);
  const named = withKnownNames(analysis, prepared.names);
  const scored = collectCandidates(named, prepared, rankSentences(named, prepared)).map((candidate) => {
    const coverage = measureCoverage(named, { ...candidate.evidence, title: prepared.titleKeys });
    return { candidate, coverage, confidence: score(named, candidate, coverage, prepared) };
  });
  scored.sort((a, b) => b.confidence - a.confidence);
  return { analysis: named, candidates: scored.slice(0, limit) };
}

function collectCandidates(
  analysis: QuestionAnalysis,
  prepared: PreparedBrief,
  ranked: ReturnType<typeof rankSentences>,
): Candidate[] {
  const facts = factCandidates(analysis, prepared);
  // A value the brief already holds as a fact is judged as that fact, which knows what it measures.
  const spans = sentenceCandidates(analysis, prepared, ranked).filter(
    (span) =>
      !facts.some(
        (f) => f.sentence === span.sentence && f.answer.toLowerCase().includes(span.answer.toLowerCase()),
      ),
  );
  const all = [
    ...facts,
    ...attributeCandidates(analysis, prepared),
    ...metadataCandidates(analysis, prepared),
    ...spans,
    ...clauseCandidates(analysis, ranked),
  ];
  return all;
}

function pickBest(
  analysis: QuestionAnalysis,
  candidates: readonly Candidate[],
  prepared: PreparedBrief,
): Scored | undefined {
  const scored = candidates.map((candidate) => {
    const coverage = measureCoverage(analysis, { ...candidate.evidence, title: prepared.titleKeys });
    return { candidate, coverage, confidence: score(analysis, candidate, coverage, prepared) };
  });
  scored.sort((a, b) => b.confidence - a.confidence);
  const asked = new Set(analysis.tokens.map((t) => t.stem));
  return scored.find((s) => {
    const words = tokenize(s.candidate.answer);
    // "The combined investment of the 70 projects" is not 70: an answer must add something to the question.
    if (!words.some((t) => !t.isStopword && !asked.has(t.stem))) return false;
    // "Who …?" is answered by a name, not by "brother" or a bare title like "King".
    return (
      !NAME_WANTED.has(analysis.expected) || words.some((t) => t.capitalised && !TITLE_ONLY.test(t.norm))
    );
  });
}

const NAME_WANTED = new Set(['person', 'organisation', 'place']);
const TITLE_ONLY = /^(king|queen|duke|prince|princess|lord|sir|president|mr|mrs|ms|dr|the)$/;

function score(
  analysis: QuestionAnalysis,
  candidate: Candidate,
  coverage: Coverage,
  prepared: PreparedBrief,
): number {
  let confidence =
    candidate.typeFit *
    (0.15 + 0.85 * coverage.score) *
    (0.55 + 0.45 * candidate.support) *
    ORIGIN_WEIGHT[candidate.origin];
  if (coverage.missingKey) confidence *= 0.25;
  if (coverage.missingHead) {
    const onlyVerbs = coverage.missing.every((t) => t.role !== 'head' || t.verbHead);
    confidence *= onlyVerbs ? VERB_HEAD_MISSING : HEAD_MISSING;
  } else if (coverage.weakHead) confidence *= 0.6;
  // A noun the article uses elsewhere points elsewhere ("projects in biomedicine"); a word it never uses,
  // or a verb form, is more likely a paraphrase ("start working with" for "joined hands with").
  for (const term of coverage.missing) {
    if (term.role !== 'content') continue;
    const pointsElsewhere =
      prepared.keys.has(term.token.stem) &&
      !prepared.titleKeys.has(term.token.stem) &&
      !/(?:ing|ed)$/.test(term.token.norm);
    const unknown = !term.token.keys.some((k) => prepared.keys.has(k));
    confidence *= pointsElsewhere ? 0.6 : unknown && analysis.caseless ? 0.5 : 0.85;
  }
  return Math.min(1, confidence);
}

function given(
  analysis: QuestionAnalysis,
  prepared: PreparedBrief,
  answer: string,
  sentence: number,
  confidence: number,
): AnswerResult {
  const brief = prepared.brief;
  // The brief's editorial notes on the cited sentence ("March 22" is a slip for August 22) travel with it.
  const notes = [...new Set(brief.facts.filter((f) => f.sentence === sentence && f.note).map((f) => f.note))];
  return {
    abstained: false,
    question: analysis.question,
    brief: brief.id,
    answer,
    citation: { brief: brief.id, sentence, text: prepared.sentences[sentence]?.text ?? '' },
    confidence: round(confidence),
    expected: analysis.expected,
    ...(notes.length > 0 ? { notes: notes as string[] } : {}),
  };
}

function abstain(
  analysis: QuestionAnalysis,
  prepared: PreparedBrief | undefined,
  missing: readonly QuestionTerm[],
  closestSentence?: number,
): AnswerResult {
  const closest = prepared && closestSentence !== undefined ? prepared.sentences[closestSentence] : undefined;
  return {
    abstained: true,
    question: analysis.question,
    brief: prepared?.brief.id ?? null,
    message: abstentionMessage(analysis, prepared, missing),
    confidence: 0,
    expected: analysis.expected,
    ...(closest && prepared
      ? { closest: { brief: prepared.brief.id, sentence: closest.index, text: closest.text } }
      : {}),
  };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
