import { stem } from '../../core/text/stem.js';
import { FUNCTION_WORDS, type Word } from './words.js';

/** Words too common in news to say what an article is about. */
const GENERIC = new Set(
  `said say says told tell added according will would could should make made makes take took taken get got
gets give gave go went goes come came put see saw seen want wanted know known think thought look looked
use used way ways thing things time times year years day days week weeks month months today people person
man men woman women lot lots part parts number numbers kind kinds one two three four five six seven eight nine
ten many much well back just also even still including
told reporters percent per cent total said that there are can may might must has have had been being get
first last next including around including mr ms mrs dr according the`.split(/\s+/),
);

/** Adjectives that make a topic with the noun after them ("high temperature") but are none alone. */
const MODIFIERS = new Set(
  'new old good great big small large high low long short major main key top local current other same total'.split(
    ' ',
  ),
);

const MAX_TOPICS = 6;
const MIN_TOPICS = 3;
const PAIR_BONUS = 1.6;

interface Candidate {
  score: number;
  forms: Map<string, number>;
  words: string[];
}

/**
 * 3–6 key phrases, lower case: the content words and word pairs an article repeats, weighted up where they
 * stand in the title or the opening sentences. Names are left to the entity lists.
 */
export function findTopics(
  sentences: ReadonlyArray<readonly Word[]>,
  texts: readonly string[],
  title?: string,
  names: ReadonlySet<string> = new Set(),
): string[] {
  const candidates = new Map<string, Candidate>();
  const add = (key: string, form: string, words: string[], weight: number) => {
    const found = candidates.get(key) ?? { score: 0, forms: new Map<string, number>(), words };
    found.score += weight;
    found.forms.set(form, (found.forms.get(form) ?? 0) + 1);
    candidates.set(key, found);
  };
  const titleWords = new Set((title ?? '').toLowerCase().match(/[\p{L}-]+/gu) ?? []);
  sentences.forEach((words, s) => {
    const text = texts[s] ?? '';
    let previous: Word | undefined;
    words.forEach((word, i) => {
      const content = isContent(word, i) && !names.has(word.lower);
      if (!content) {
        previous = undefined;
        return;
      }
      const weight = (s < 3 ? 1.5 : 1) * (titleWords.has(word.lower) ? 2 : 1);
      // Adjectives and past tenses say something about a topic, not what it is.
      if (!MODIFIERS.has(word.lower) && !word.lower.endsWith('ed'))
        add(singular(word.lower), word.lower, [word.lower], weight);
      if (previous && /^\s+$/.test(text.slice(previous.end, word.start))) {
        const form = `${previous.lower} ${word.lower}`;
        add(
          `${singular(previous.lower)} ${singular(word.lower)}`,
          form,
          [previous.lower, word.lower],
          weight * PAIR_BONUS,
        );
      }
      previous = word;
    });
  });
  return choose(candidates);
}

function isContent(word: Word, index: number): boolean {
  if (word.isNumber || word.lower.length < 3 || FUNCTION_WORDS.has(word.lower) || GENERIC.has(word.lower))
    return false;
  if (word.capitalised && index > 0) return false;
  return /^[\p{L}-]+$/u.test(word.lower) && !/['’]/.test(word.lower);
}

function choose(candidates: ReadonlyMap<string, Candidate>): string[] {
  // A word counts as a topic of its own only where it stands outside its frequent pairs ("smart" in "smart city").
  for (const [key, pair] of candidates) {
    if (pair.words.length !== 2 || pair.score < 2 * PAIR_BONUS) continue;
    for (const part of key.split(' ')) {
      const single = candidates.get(part);
      if (single) single.score -= pair.score / PAIR_BONUS;
    }
  }
  const seen = (c: Candidate) => [...c.forms.values()].reduce((a, b) => a + b, 0);
  const byScore = ([a, x]: [string, Candidate], [b, y]: [string, Candidate]) =>
    y.score - x.score || a.localeCompare(b);
  const all = [...candidates.entries()].filter(([, c]) => c.score > 0);
  // Phrases said twice or more come first; single mentions only fill up to the minimum.
  const ranked = [
    ...all.filter(([, c]) => seen(c) >= 2).sort(byScore),
    ...all.filter(([, c]) => seen(c) < 2).sort(byScore),
  ];
  const chosen: string[] = [];
  const used = new Set<string>();
  for (const [, candidate] of ranked) {
    if (chosen.length >= MAX_TOPICS || (seen(candidate) < 2 && chosen.length >= MIN_TOPICS)) break;
    // A word already in a topic adds nothing alone; a pair adds something while one of its words is new.
    if (candidate.words.every((w) => used.has(singular(w)))) continue;
    chosen.push(mostCommon(candidate.forms));
    for (const w of candidate.words) used.add(singular(w));
  }
  return chosen;
}

function mostCommon(forms: ReadonlyMap<string, number>): string {
  let best = '';
  let count = 0;
  for (const [form, seen] of forms) {
    if (seen > count || (seen === count && form < best)) {
      best = form;
      count = seen;
    }
  }
  return best;
}

/** One key for the forms of a word: "cities" and "city", "divorce" and "divorced". */
function singular(word: string): string {
  let key = stemCache.get(word);
  if (key === undefined) {
    key = stem(word);
    if (stemCache.size < STEM_CACHE_LIMIT) stemCache.set(word, key);
  }
  return key;
}

// Articles repeat the same words: each is stemmed once per process, up to a bound.
const STEM_CACHE_LIMIT = 100_000;
const stemCache = new Map<string, string>();
