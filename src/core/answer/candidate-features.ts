import { type Token, tokenize } from '../text/tokenize.js';
import type { QuestionAnalysis } from './analyze-question.js';
import type { ExpectedType } from './answer.js';
import { SHAPE_FEATURE_NAMES, shapeFeatures } from './answer-shape.js';
import type { Candidate } from './candidate.js';
import type { Coverage } from './evidence.js';
import type { PreparedBrief } from './prepare-brief.js';
import { priorScore } from './prior-score.js';
import { FAR, type SpanContext } from './span-context.js';
import { typeAgreement } from './type-agreement.js';

/**
 * What the answer model knows about one candidate answer: numbers read off the question, the candidate and
 * the evidence it stands on. The model's weights (learned by `npm run train`) say how much each counts; the
 * names are stored with the weights, so a model trained on another list is refused rather than misread.
 */
const EVIDENCE_FEATURE_NAMES = [
  'log type fit',
  'coverage',
  'coverage squared',
  'support',
  'origin fact',
  'origin entity',
  'origin cue',
  'origin clause',
  'missing name or number',
  'missing asked-about noun',
  'missing asked-about verb only',
  'asked-about word only nearby',
  'missing words used elsewhere',
  'missing words unknown to the article',
  'missing other words',
  'wants a figure',
  'wants a name',
  'wants a thing or list',
  'wants a reason or manner',
  'wants a role',
  'answer words (log)',
  'long answer',
  'answer has a figure',
  'name wanted, none given',
  'possessive answer',
  'answer repeats a name of the question',
  'sentence rank',
  'sentence coverage',
  'question typed in lower case',
  'WordNet class agrees',
  'WordNet class disagrees',
  'counted noun follows the value',
  'counted noun absent after the value',
  'question name in the clause',
  'polarity conflict',
  'placed in its sentence',
  'question words just before',
  'question words just after',
  'question words inside the answer',
  'distance to a question word (log)',
  'share of its sentence',
  'kind: figure',
  'kind: name',
  'kind: list',
  'kind: statement or clause',
  'question word pairs in the sentence',
  'distance to the asked-about word (log)',
  'hand-weighted prior',
  'asked-about word nowhere in the article',
] as const;

export const FEATURE_NAMES = [...EVIDENCE_FEATURE_NAMES, ...SHAPE_FEATURE_NAMES] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];

/** Where a candidate's sentence stood when the sentences were ranked for the question. */
export interface SentenceStanding {
  rank: number;
  coverage: number;
}

/** Figures, whether asked for (an expected type) or given (a candidate's kind). */
const FIGURE_TYPES: ReadonlySet<string> = new Set<ExpectedType>([
  'money',
  'count',
  'percent',
  'temperature',
  'date',
  'duration',
  'quantity',
  'number',
]);
const NAME_TYPES = new Set<ExpectedType>(['person', 'organisation', 'place']);
const THING_TYPES = new Set<ExpectedType>(['entity', 'list', 'description']);
const TITLE_ONLY = /^(king|queen|duke|prince|princess|lord|sir|president|mr|mrs|ms|dr|the)$/;
/** Ranked sentences are the top three; a fact's sentence outside them stands behind them. */
const UNRANKED = 3;

export function candidateFeatures(
  analysis: QuestionAnalysis,
  candidate: Candidate,
  coverage: Coverage,
  prepared: PreparedBrief,
  standing: SentenceStanding | undefined,
  answerTokens: readonly Token[] = tokenize(candidate.answer),
  context?: SpanContext,
): number[] {
  const kind = kindGroup(candidate.kind);
  const missing = missingCounts(analysis, coverage, prepared);
  const onlyVerbs = coverage.missing.every((t) => t.role !== 'head' || t.verbHead);
  const expected = analysis.expected;
  const wantsName = NAME_TYPES.has(expected);
  const agreement = typeAgreement(analysis, candidate, answerTokens);
  const values: Record<(typeof EVIDENCE_FEATURE_NAMES)[number], number> = {
    'log type fit': Math.log(Math.max(candidate.typeFit, 0.01)),
    coverage: coverage.score,
    'coverage squared': coverage.score * coverage.score,
    support: candidate.support,
    'origin fact': candidate.origin === 'fact' ? 1 : 0,
    'origin entity': candidate.origin === 'entity' ? 1 : 0,
    'origin cue': candidate.origin === 'cue' ? 1 : 0,
    'origin clause': candidate.origin === 'clause' ? 1 : 0,
    'missing name or number': coverage.missingKey ? 1 : 0,
    'missing asked-about noun': coverage.missingHead && !onlyVerbs ? 1 : 0,
    'missing asked-about verb only': coverage.missingHead && onlyVerbs ? 1 : 0,
    'asked-about word only nearby': coverage.weakHead ? 1 : 0,
    'missing words used elsewhere': missing.elsewhere,
    'missing words unknown to the article': missing.unknown,
    'missing other words': missing.other,
    'wants a figure': FIGURE_TYPES.has(expected) ? 1 : 0,
    'wants a name': wantsName ? 1 : 0,
    'wants a thing or list': THING_TYPES.has(expected) ? 1 : 0,
    'wants a reason or manner': expected === 'reason' || expected === 'manner' ? 1 : 0,
    'wants a role': expected === 'role' ? 1 : 0,
    'answer words (log)': Math.log1p(answerTokens.length),
    'long answer': answerTokens.length > 8 ? 1 : 0,
    'answer has a figure': answerTokens.some((t) => t.isNumber) ? 1 : 0,
    'name wanted, none given':
      wantsName && !answerTokens.some((t) => t.capitalised && !TITLE_ONLY.test(t.norm)) ? 1 : 0,
    'possessive answer': /['’]s$/.test(candidate.answer) ? 1 : 0,
    'answer repeats a name of the question': repeatsName(analysis, answerTokens) ? 1 : 0,
    'sentence rank': standing?.rank ?? UNRANKED,
    'sentence coverage': standing?.coverage ?? coverage.score,
    'question typed in lower case': analysis.caseless ? 1 : 0,
    'WordNet class agrees': agreement === 'agrees' ? 1 : 0,
    'WordNet class disagrees': agreement === 'disagrees' ? 1 : 0,
    'counted noun follows the value': candidate.counted === 'follows' ? 1 : 0,
    'counted noun absent after the value': candidate.counted === 'absent' ? 1 : 0,
    'question name in the clause': candidate.nameInClause ?? 0,
    'polarity conflict': candidate.polarityConflict ? 1 : 0,
    'placed in its sentence': context ? 1 : 0,
    'question words just before': context?.left ?? 0,
    'question words just after': context?.right ?? 0,
    'question words inside the answer': context?.inside ?? 0,
    'distance to a question word (log)': context ? Math.log1p(context.distance) : 0,
    'share of its sentence': context?.share ?? 0,
    'kind: figure': kind === 'figure' ? 1 : 0,
    'kind: name': kind === 'name' ? 1 : 0,
    'kind: list': kind === 'list' ? 1 : 0,
    'kind: statement or clause': kind === 'statement' ? 1 : 0,
    'question word pairs in the sentence': context?.pairs ?? 0,
    'distance to the asked-about word (log)': Math.log1p(context?.headDistance ?? FAR),
    'hand-weighted prior': priorScore(analysis, candidate, coverage, prepared),
    'asked-about word nowhere in the article': coverage.missing.some(
      (t) => t.role === 'head' && !t.token.keys.some((k) => prepared.keys.has(k)),
    )
      ? 1
      : 0,
  };
  return [...EVIDENCE_FEATURE_NAMES.map((name) => values[name]), ...shapeFeatures(analysis, answerTokens)];
}

const NAME_KINDS = new Set(['person', 'organisation', 'place', 'entity', 'event', 'role']);

function kindGroup(kind: string | undefined): 'figure' | 'name' | 'list' | 'statement' | undefined {
  if (!kind) return undefined;
  if (FIGURE_TYPES.has(kind)) return 'figure';
  if (NAME_KINDS.has(kind)) return 'name';
  if (kind === 'list') return 'list';
  return 'statement';
}

/**
 * Question words the evidence lacks, by what their absence suggests: a noun the article uses elsewhere
 * points elsewhere; a word it never uses is as likely a paraphrase as a different question.
 */
function missingCounts(analysis: QuestionAnalysis, coverage: Coverage, prepared: PreparedBrief) {
  let elsewhere = 0;
  let unknown = 0;
  let other = 0;
  for (const term of coverage.missing) {
    if (term.role !== 'content') continue;
    const known = term.token.keys.some((k) => prepared.keys.has(k));
    if (prepared.keys.has(term.token.stem) && !prepared.titleKeys.has(term.token.stem)) elsewhere++;
    else if (!known) unknown++;
    else other++;
  }
  // A question typed in lower case may hide a name among its unknown words.
  if (analysis.caseless) unknown *= 1.5;
  return { elsewhere, unknown, other };
}

function repeatsName(analysis: QuestionAnalysis, answer: readonly Token[]): boolean {
  const names = new Set(analysis.terms.filter((t) => t.role === 'proper').map((t) => t.token.stem));
  return answer.some((t) => names.has(t.stem));
}
