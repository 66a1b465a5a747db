import { words } from './normalize-text.js';

/**
 * A cheap test that a text is English: English prose is roughly a third function words ("the", "of",
 * "and"…), other languages have almost none of them. Returns why a text fails, or null when it passes.
 */

const ENGLISH = new Set(
  `the of and to a an in is was are were be been has have had that for on with as by at from it its he she his
her they their them this these those not but or will would which who what when where there than also after
about into over we our you your i if so can could should may might do does did`.split(/\s+/),
);

/** Share of English function words below which a text is not English (English news runs 30–45%). */
const MIN_ENGLISH_SHARE = 0.15;
/** Fewer words than this are too few to judge by function words. */
const MIN_WORDS_TO_JUDGE = 20;

const OTHER_LANGUAGES: Record<string, Set<string>> = {
  German: set('der die das und ist nicht ein eine mit den von zu sich auf für dem des im wird sind'),
  French: set('le la les et est des une du que dans pour pas qui sur au avec ce sont aux'),
  Spanish: set('el la los las y es del que en por con para una se al lo como más'),
  Italian: set('il di che e la per non sono della del una gli le con nel alla è'),
  Portuguese: set('o os as e é do da que em para com não uma um no na dos das'),
  Dutch: set('de het een en van is dat niet op te zijn voor met ook bij naar'),
};

const SCRIPTS: [string, RegExp][] = [
  ['Chinese', /\p{Script=Han}/gu],
  ['Japanese', /[\p{Script=Hiragana}\p{Script=Katakana}]/gu],
  ['Korean', /\p{Script=Hangul}/gu],
  ['Cyrillic script', /\p{Script=Cyrillic}/gu],
  ['Arabic script', /\p{Script=Arabic}/gu],
  ['Greek', /\p{Script=Greek}/gu],
  ['Hebrew', /\p{Script=Hebrew}/gu],
  ['Devanagari script', /\p{Script=Devanagari}/gu],
  ['Thai', /\p{Script=Thai}/gu],
];

function set(list: string): Set<string> {
  return new Set(list.split(' '));
}

export function whyNotEnglish(text: string): string | null {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (letters > 0 && latin / letters < 0.5) {
    const script = dominantScript(text);
    return `does not look like English: it is written mostly in ${script}; newsbrief reads English articles only`;
  }
  const all = words(text)
    .filter((w) => /\p{L}/u.test(w))
    .map((w) => w.toLowerCase());
  if (all.length < MIN_WORDS_TO_JUDGE) return null;
  const english = all.filter((w) => ENGLISH.has(w)).length;
  if (english / all.length >= MIN_ENGLISH_SHARE) return null;
  const guess = guessLanguage(all);
  const share = Math.round((100 * english) / all.length);
  return (
    `does not look like English${guess ? ` (it reads like ${guess})` : ''}: only ${english} of its ` +
    `${all.length} words (${share}%) are common English words such as "the", "of", "and" — English ` +
    `articles have ${Math.round(100 * MIN_ENGLISH_SHARE)}% or more; newsbrief reads English articles only`
  );
}

function dominantScript(text: string): string {
  let best = 'a non-Latin script';
  let bestCount = 0;
  for (const [name, pattern] of SCRIPTS) {
    const count = text.match(pattern)?.length ?? 0;
    if (count > bestCount) [best, bestCount] = [name, count];
  }
  return best;
}

function guessLanguage(all: string[]): string | null {
  let best: string | null = null;
  let bestCount = 0;
  for (const [name, list] of Object.entries(OTHER_LANGUAGES)) {
    const count = all.filter((w) => list.has(w)).length;
    if (count > bestCount) [best, bestCount] = [name, count];
  }
  return bestCount / all.length >= MIN_ENGLISH_SHARE ? best : null;
}
