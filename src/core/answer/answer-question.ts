import { asLibrary } from '../library/memory-library.js';
import { absentNames } from './absent-names.js';
import { absentWords, abstentionMessage } from './abstention-message.js';
import {
  analyzeQuestion,
  type QuestionAnalysis,
  type QuestionTerm,
  withKnownNames,
} from './analyze-question.js';
import type { AnswerOptions, AnswerResult, BriefCollection } from './answer.js';
import { BUNDLED_THRESHOLD, bundledAnswerModel } from './model/answer-model.js';
import { chooseAnswer } from './model/choose-answer.js';
import { probability } from './model/logistic.js';
import { type PreparedBrief, prepareBrief } from './prepare-brief.js';
import { rankSentences } from './rank-sentences.js';
import { routeQuestion } from './route-question.js';
import { weighCandidates } from './weigh-candidates.js';
import { readYesNo, yesNoFeatures } from './yes-no.js';

/** Below this confidence (the probability that the answer is right) the engine says the article doesn't say. */
export const DEFAULT_THRESHOLD = BUNDLED_THRESHOLD;

/**
 * The longest question read. A chat question is a line or two; anything longer is several questions, pasted
 * text or an attack on the bot's time, and is refused before any analysis, so no message can stall the bot
 * and no reader gets an abstention listing the filler words of a pasted page.
 */
export const MAX_QUESTION_CHARS = 500;

/** What the reader is told about a question over MAX_QUESTION_CHARS. */
export function tooLongMessage(length: number): string {
  return `That question is ${length.toLocaleString('en')} characters long: ask one thing at a time, in at most ${MAX_QUESTION_CHARS.toLocaleString('en')} characters.`;
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
  if (question.length > MAX_QUESTION_CHARS) return tooLong(question);
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const reading = readQuestion(question, briefs, options.briefId);
  const { analysis, prepared, ranked } = reading;
  if (!prepared) return abstain(analysis, undefined, analysis.terms);
  const closest = ranked[0]?.sentence.index;
  // The message names every word the article lacks, not only the one that decided.
  if (reading.absent.length > 0) return abstain(analysis, prepared, analysis.terms, closest);

  const model = options.model ?? bundledAnswerModel();
  if (analysis.expected === 'yesno') {
    const yesNo = readYesNo(analysis, ranked);
    const confidence = yesNo ? probability(model.yesNo, yesNoFeatures(yesNo)) : 0;
    if (!yesNo || confidence < threshold)
      return abstain(analysis, prepared, ranked[0]?.coverage.missing ?? analysis.terms, closest);
    return given(analysis, prepared, yesNo.answer, yesNo.sentence, confidence);
  }

  const choice = chooseAnswer(
    weighCandidates(analysis, prepared, ranked),
    options.model ?? bundledAnswerModel(),
  );
  const best = choice?.ranked[0]?.weighed;
  if (!choice || !best || choice.confidence < threshold) {
    const missing = best?.coverage.missing ?? ranked[0]?.coverage.missing ?? analysis.terms;
    return abstain(analysis, prepared, missing, closest ?? best?.candidate.sentence);
  }
  return given(analysis, prepared, best.candidate.answer, best.candidate.sentence, choice.confidence);
}

/**
 * How the engine reads a question against one brief (the named one, or the one routing picks): the reading
 * with the brief's names recognised, the best sentences, and the names the article never mentions.
 */
function readQuestion(question: string, briefs: BriefCollection, briefId: string | undefined) {
  const first = analyzeQuestion(question);
  const brief = briefId ? asLibrary(briefs).brief(briefId) : routeQuestion(first, briefs);
  if (!brief) return { analysis: first, prepared: undefined, ranked: [], absent: [] };
  const prepared = prepareBrief(brief);
  const analysis = withKnownNames(first, prepared.names);
  return {
    analysis,
    prepared,
    ranked: rankSentences(analysis, prepared),
    absent: absentNames(analysis, prepared),
  };
}

/**
 * Every candidate answer the engine weighs for a question, with its features — none when the article never
 * mentions one of the question's names, since the engine abstains before weighing. Training reads this.
 */
export function weighQuestion(question: string, briefs: BriefCollection, briefId?: string) {
  const { analysis, prepared, ranked, absent } = readQuestion(question, briefs, briefId);
  const open = prepared !== undefined && absent.length === 0;
  const weighed = open && analysis.expected !== 'yesno' ? weighCandidates(analysis, prepared, ranked) : [];
  const yesNo = open && analysis.expected === 'yesno' ? readYesNo(analysis, ranked) : null;
  return { analysis, weighed, yesNo };
}

/** The best few candidates with each one's share of the ranker's softmax, for `ask --explain` and debugging. */
export function explainQuestion(question: string, briefs: BriefCollection, briefId?: string, limit = 5) {
  const { analysis, weighed } = weighQuestion(question, briefs, briefId);
  const choice = chooseAnswer(weighed, bundledAnswerModel());
  const ranked = choice?.ranked ?? [];
  const top = ranked[0]?.logit ?? 0;
  const total = ranked.reduce((sum, r) => sum + Math.exp(r.logit - top), 0);
  const candidates = ranked.slice(0, limit).map(({ weighed: w, logit }) => ({
    candidate: w.candidate,
    coverage: w.coverage,
    confidence: Math.exp(logit - top) / total,
  }));
  return { analysis, candidates, confidence: choice?.confidence ?? 0 };
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
    missing: prepared ? absentWords(missing, prepared) : [],
    confidence: 0,
    expected: analysis.expected,
    ...(closest && prepared
      ? { closest: { brief: prepared.brief.id, sentence: closest.index, text: closest.text } }
      : {}),
  };
}

function tooLong(question: string): AnswerResult {
  return {
    abstained: true,
    question: `${question.slice(0, 80)}…`,
    brief: null,
    message: tooLongMessage(question.length),
    missing: [],
    confidence: 0,
    expected: 'description',
  };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
