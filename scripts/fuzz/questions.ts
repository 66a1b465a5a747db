/**
 * The question part of `npm run fuzz`: random questions — ordinary, odd, and built to be slow (runs of
 * names, walls of digits, unicode tricks, pasted pages up to 40,000 characters) — asked of the library in
 * this process, each one's CPU time measured. No question may throw, and none may cost more than the budget
 * a chat platform leaves the bot (the target is 50 ms; Slack acknowledges within 3 s for everyone).
 */
import type { BriefCollection } from '../../src/core/answer/answer.js';
import { answerQuestion, MAX_QUESTION_CHARS } from '../../src/core/answer/answer-question.js';
import type { Brief } from '../../src/core/brief.schema.js';
import { percentile } from '../bench/measure.js';
import { pick, pickIndex, type Random, seededRandom } from '../bench/random.js';
import type { FuzzSection } from './section.js';

export const QUESTION_TARGET_MS = 50;

const OPENERS = ['Who', 'What', 'When', 'Where', 'Why', 'How many', 'How much', 'Which', 'Did', 'Is', 'Was'];
const ODD_PIECES = [
  '??',
  '!!!',
  '…',
  '"',
  '“',
  '(',
  ')',
  '[',
  '’s',
  '-',
  '—',
  '$',
  '%',
  '1,000,000,000',
  '3.14159',
  '2022-08-22',
  'ß',
  'İ',
  'ﬁ',
  '\u200b',
  '\u202e',
  'e\u0301',
  '👍🏽',
  '中文',
  'العربية',
  '<@U123>',
  '@everyone',
  '`code`',
  '*bold*',
  '\n',
  '\t',
];

/** Builds a question of one of several shapes, from the library's own words so that routing finds briefs. */
function drawQuestion(random: Random, words: readonly string[], names: readonly string[]): string {
  const any = () => (random() < 0.7 ? pick(random, words) : pick(random, ODD_PIECES));
  const shape = pickIndex(random, 8);
  const length = (max: number) => 1 + pickIndex(random, max);
  switch (shape) {
    case 0: // an ordinary question
      return `${pick(random, OPENERS)} ${Array.from({ length: length(12) }, any).join(' ')}?`;
    case 1: // a run of names, the shape that once made analysis quadratic
      return `Who is ${Array.from({ length: length(400) }, () => pick(random, names)).join(' ')}?`;
    case 2: // digits and separators
      return `How many ${Array.from({ length: length(300) }, () => String(pickIndex(random, 1e6))).join(random() < 0.5 ? ' ' : ',')}?`;
    case 3: // one enormous token
      return `What is ${pick(random, words).repeat(length(5_000))}?`;
    case 4: // a pasted page, far past the cap
      return Array.from({ length: length(6_000) }, any).join(' ');
    case 5: // punctuation and unicode soup
      return Array.from({ length: length(200) }, () => pick(random, ODD_PIECES)).join('');
    case 6: // just under the cap, names and numbers mixed
      return `Which ${Array.from({ length: 400 }, () => (random() < 0.5 ? pick(random, names) : String(pickIndex(random, 100)))).join(' ')}`.slice(
        0,
        MAX_QUESTION_CHARS - 1,
      );
    default: // empty and near-empty
      return pick(random, ['', ' ', '?', '\n\n', 'a', '...']);
  }
}

function libraryWords(briefs: readonly Brief[]): { words: string[]; names: string[] } {
  const words = new Set<string>();
  const names = new Set<string>();
  for (const brief of briefs) {
    for (const sentence of brief.text.sentences)
      for (const word of sentence.text.split(/\s+/)) words.add(word);
    for (const entity of [...brief.people, ...brief.organisations, ...brief.places]) names.add(entity.name);
  }
  return { words: [...words], names: [...names] };
}

export function runQuestionFuzz(
  briefs: Brief[],
  options: { questions?: number; seconds?: number; seed?: number } = {},
): FuzzSection {
  const count = options.questions ?? 20_000;
  const deadline = performance.now() + (options.seconds ?? 60) * 1000;
  const random = seededRandom(options.seed ?? 12);
  const { words, names } = libraryWords(briefs);
  const library: BriefCollection = briefs;
  const underCap: number[] = [];
  const overCap: number[] = [];
  const failures: string[] = [];
  let worst = { ms: 0, question: '' };
  // Loading the answer model and WordNet, and the JIT, belong to start-up, not to any one question.
  for (let i = 0; i < 200; i++) answerQuestion(drawQuestion(seededRandom(i), words, names), library);
  let asked = 0;
  for (; asked < count && performance.now() < deadline; asked++) {
    const question = drawQuestion(random, words, names);
    const before = process.cpuUsage();
    try {
      answerQuestion(question, library);
    } catch (error) {
      failures.push(`a question of ${question.length} characters threw: ${String(error).split('\n')[0]}`);
    }
    const used = process.cpuUsage(before);
    const ms = (used.user + used.system) / 1000;
    (question.length > MAX_QUESTION_CHARS ? overCap : underCap).push(ms);
    if (ms > worst.ms) worst = { ms, question };
  }
  if (worst.ms > QUESTION_TARGET_MS) {
    failures.push(`a question of ${worst.question.length} characters cost ${worst.ms.toFixed(1)} ms of CPU`);
  }
  const describe = (samples: number[]) =>
    samples.length === 0
      ? 'none'
      : `${samples.length.toLocaleString('en')}: p99 ${percentile(samples, 99).toFixed(2)} ms, worst ${Math.max(...samples).toFixed(2)} ms`;
  return {
    title: 'Questions (CPU per question, answered in this process)',
    rows: [
      ['questions asked', `${asked.toLocaleString('en')} (seed ${options.seed ?? 12})`],
      [`up to ${MAX_QUESTION_CHARS} characters`, describe(underCap)],
      [`over ${MAX_QUESTION_CHARS} (refused before analysis)`, describe(overCap)],
      [
        'worst question',
        `${worst.ms.toFixed(2)} ms, ${worst.question.length} characters (target ≤ ${QUESTION_TARGET_MS} ms)`,
      ],
      ['questions that threw', String(failures.filter((f) => f.includes('threw')).length)],
    ],
    failures: failures.slice(0, 20),
  };
}
