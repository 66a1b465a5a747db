/** The figures training prints for a set of questions answered by a model: the same measures as the eval. */
import { expectedCalibrationError, reliabilityBins } from '../eval/calibration.js';

export interface Judged {
  /** Which training set the question came from, for figures per set. */
  source: string;
  unanswerable: boolean;
  /** F1 of the answer the model would give, 0 when there was no candidate. */
  f1: number;
  /** The model's confidence in that answer (0 when there was no candidate). */
  confidence: number;
}

export interface Figures {
  threshold: number;
  answerableF1: number;
  unanswerableAbstained: number;
  /** Given answers that are wrong (F1 < 0.5, or any answer to an unanswerable question). */
  wrongAmongGiven: number;
  wrongSureAmongGiven: number;
  given: number;
}

const RIGHT = 0.5;

export function figuresAt(judged: readonly Judged[], threshold: number): Figures {
  let f1 = 0;
  let answerable = 0;
  let unanswerable = 0;
  let abstained = 0;
  let given = 0;
  let wrong = 0;
  let wrongSure = 0;
  for (const j of judged) {
    const answers = j.confidence >= threshold && j.confidence > 0;
    if (j.unanswerable) {
      unanswerable++;
      if (!answers) abstained++;
    } else {
      answerable++;
      if (answers) f1 += j.f1;
    }
    if (!answers) continue;
    given++;
    const isWrong = j.unanswerable || j.f1 < RIGHT;
    if (isWrong) wrong++;
    if (isWrong && j.confidence >= 0.8) wrongSure++;
  }
  return {
    threshold,
    answerableF1: answerable ? f1 / answerable : 0,
    unanswerableAbstained: unanswerable ? abstained / unanswerable : 0,
    wrongAmongGiven: given ? wrong / given : 0,
    wrongSureAmongGiven: given ? wrongSure / given : 0,
    given,
  };
}

/** Expected calibration error over the answers the model would give at threshold 0 (the eval's measure). */
export function calibrationError(judged: readonly Judged[]): number {
  const pairs = judged
    .filter((j) => j.confidence > 0)
    .map((j) => ({ confidence: j.confidence, correct: !j.unanswerable && j.f1 >= RIGHT }));
  return expectedCalibrationError(reliabilityBins(pairs)) ?? 0;
}

/** Share of answerable questions whose chosen answer is right, and whose candidates hold a right one. */
export function pickRate(judged: readonly Judged[], oracle: readonly boolean[]): string {
  const answerable = judged.filter((j) => !j.unanswerable);
  const picked = answerable.filter((j) => j.f1 >= RIGHT).length;
  const reachable = oracle.filter(Boolean).length;
  const pct = (n: number) => `${((n / Math.max(1, answerable.length)) * 100).toFixed(1)}%`;
  return `ranker's first choice right on ${pct(picked)} of answerable questions; a right candidate exists for ${pct(reachable)}`;
}

export function formatFigures(label: string, f: Figures, ece: number): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  return `${label.padEnd(28)} F1 ${(f.answerableF1 * 100).toFixed(1).padStart(5)}  unanswerable abstained ${pct(f.unanswerableAbstained).padStart(6)}  wrong among given ${pct(f.wrongAmongGiven).padStart(6)}  wrong & ≥0.8 ${pct(f.wrongSureAmongGiven).padStart(5)}  ECE ${ece.toFixed(3)}`;
}
