/**
 * English stemmer: the Porter (1980) algorithm, written from its published description
 * (steps 1a, 1b, 1c, 2, 3, 4, 5a, 5b). We use it to match question words to article words
 * whatever their inflection ("signed"~"signing", "investments"~"investment").
 *
 * Terms follow the paper: a word is [C](VC)^m[V]; m is its "measure"; *v* means the stem
 * has a vowel; *d that it ends in a double consonant; *o that it ends consonant-vowel-consonant
 * with the last consonant not w, x or y.
 */

type Rule = readonly [suffix: string, replacement: string];

const LOWER_LETTERS_ONLY = /^[a-z]+$/;

/** Rules grouped by their suffix's last letter, longest suffix first within a group. */
type RuleTable = ReadonlyMap<string, readonly Rule[]>;

/** Builds a table in which the first rule whose suffix matches is the longest match, as the paper asks. */
function ruleTable(rules: readonly Rule[]): RuleTable {
  const table = new Map<string, Rule[]>();
  for (const rule of [...rules].sort((a, b) => b[0].length - a[0].length)) {
    const last = rule[0].slice(-1);
    table.set(last, [...(table.get(last) ?? []), rule]);
  }
  return table;
}

/** The longest rule whose suffix ends the word, if any. */
function findRule(word: string, table: RuleTable): Rule | undefined {
  const candidates = table.get(word.slice(-1));
  return candidates?.find(([suffix]) => word.endsWith(suffix));
}

/** Step 2, applied when the remaining stem has m > 0. */
const STEP2_RULES = ruleTable([
  ['ational', 'ate'],
  ['tional', 'tion'],
  ['enci', 'ence'],
  ['anci', 'ance'],
  ['izer', 'ize'],
  ['abli', 'able'],
  ['alli', 'al'],
  ['entli', 'ent'],
  ['eli', 'e'],
  ['ousli', 'ous'],
  ['ization', 'ize'],
  ['ation', 'ate'],
  ['ator', 'ate'],
  ['alism', 'al'],
  ['iveness', 'ive'],
  ['fulness', 'ful'],
  ['ousness', 'ous'],
  ['aliti', 'al'],
  ['iviti', 'ive'],
  ['biliti', 'ble'],
]);

/** Step 3, applied when the remaining stem has m > 0. */
const STEP3_RULES = ruleTable([
  ['icate', 'ic'],
  ['ative', ''],
  ['alize', 'al'],
  ['iciti', 'ic'],
  ['ical', 'ic'],
  ['ful', ''],
  ['ness', ''],
]);

/** Step 4 suffixes, removed when the remaining stem has m > 1 ("ion" also needs a preceding s or t). */
const STEP4_RULES = ruleTable(
  ['al', 'ance', 'ence', 'er', 'ic', 'able', 'ible', 'ant', 'ement', 'ment', 'ent', 'ion', 'ou', 'ism']
    .concat(['ate', 'iti', 'ous', 'ive', 'ize'])
    .map((suffix): Rule => [suffix, '']),
);

/** A consonant is a letter other than a, e, i, o, u, and other than a y preceded by a consonant. */
function isConsonant(word: string, i: number): boolean {
  switch (word[i]) {
    case 'a':
    case 'e':
    case 'i':
    case 'o':
    case 'u':
      return false;
    case 'y':
      return i === 0 || !isConsonant(word, i - 1);
    default:
      return true;
  }
}

/** The measure m of word[0, end): the number of vowel-run + consonant-run pairs. */
function measure(word: string, end: number): number {
  let i = 0;
  while (i < end && isConsonant(word, i)) i++;
  let m = 0;
  while (i < end) {
    while (i < end && !isConsonant(word, i)) i++;
    if (i >= end) break;
    while (i < end && isConsonant(word, i)) i++;
    m++;
  }
  return m;
}

/** *v*: word[0, end) contains a vowel. */
function hasVowel(word: string, end: number): boolean {
  for (let i = 0; i < end; i++) {
    if (!isConsonant(word, i)) return true;
  }
  return false;
}

/** *d: word[0, end) ends with a double consonant. */
function endsWithDoubleConsonant(word: string, end: number): boolean {
  return end >= 2 && word[end - 1] === word[end - 2] && isConsonant(word, end - 1);
}

/** *o: word[0, end) ends consonant-vowel-consonant, the last consonant not w, x or y. */
function endsWithCvc(word: string, end: number): boolean {
  if (end < 3 || !isConsonant(word, end - 1) || isConsonant(word, end - 2) || !isConsonant(word, end - 3)) {
    return false;
  }
  const last = word[end - 1];
  return last !== 'w' && last !== 'x' && last !== 'y';
}

/** Applies the longest matching rule if the stem left has m > minMeasure; only that one rule is tried. */
function applyLongestRule(word: string, table: RuleTable, minMeasure: number): string {
  const rule = findRule(word, table);
  if (rule === undefined) return word;
  const end = word.length - rule[0].length;
  return measure(word, end) > minMeasure ? word.slice(0, end) + rule[1] : word;
}

function step1a(word: string): string {
  if (word.endsWith('sses') || word.endsWith('ies')) return word.slice(0, -2);
  if (word.endsWith('ss') || !word.endsWith('s')) return word;
  return word.slice(0, -1);
}

function step1b(word: string): string {
  if (word.endsWith('eed')) return measure(word, word.length - 3) > 0 ? word.slice(0, -1) : word;
  const cut = word.endsWith('ed') ? 2 : word.endsWith('ing') ? 3 : 0;
  if (cut === 0 || !hasVowel(word, word.length - cut)) return word;
  return tidyAfterStep1b(word.slice(0, -cut));
}

/** After "ed"/"ing" is removed: restore an "e" or undouble a final consonant. */
function tidyAfterStep1b(stem: string): string {
  if (stem.endsWith('at') || stem.endsWith('bl') || stem.endsWith('iz')) return `${stem}e`;
  const end = stem.length;
  if (endsWithDoubleConsonant(stem, end)) {
    const last = stem[end - 1];
    return last === 'l' || last === 's' || last === 'z' ? stem : stem.slice(0, -1);
  }
  if (measure(stem, end) === 1 && endsWithCvc(stem, end)) return `${stem}e`;
  return stem;
}

function step1c(word: string): string {
  return word.endsWith('y') && hasVowel(word, word.length - 1) ? `${word.slice(0, -1)}i` : word;
}

function step4(word: string): string {
  const rule = findRule(word, STEP4_RULES);
  if (rule === undefined) return word;
  const end = word.length - rule[0].length;
  const before = word[end - 1];
  if (rule[0] === 'ion' && before !== 's' && before !== 't') return word;
  return measure(word, end) > 1 ? word.slice(0, end) : word;
}

function step5a(word: string): string {
  if (!word.endsWith('e')) return word;
  const end = word.length - 1;
  const m = measure(word, end);
  return m > 1 || (m === 1 && !endsWithCvc(word, end)) ? word.slice(0, end) : word;
}

function step5b(word: string): string {
  const end = word.length;
  const undouble = word.endsWith('ll') && measure(word, end) > 1;
  return undouble ? word.slice(0, -1) : word;
}

/** Porter stem of a lower-case word; words of length <= 2 or with any non a-z character are returned as is. */
export function stem(word: string): string {
  if (word.length <= 2 || !LOWER_LETTERS_ONLY.test(word)) return word;
  let w = step1c(step1b(step1a(word)));
  w = applyLongestRule(w, STEP2_RULES, 0);
  w = applyLongestRule(w, STEP3_RULES, 0);
  return step5b(step5a(step4(w)));
}
