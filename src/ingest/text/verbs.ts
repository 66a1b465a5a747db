/**
 * Telling verbs from other words without a part-of-speech model: auxiliaries, common irregular past
 * forms, and regular past forms ("joined", "continued") that no determiner stands before ("the advanced").
 */

const AUXILIARIES = new Set(
  'is are was were be been am has have had will would shall should can could may might must do does did'.split(
    ' ',
  ),
);

const IRREGULAR = new Set(
  `said says told tells met won lost took made began begun held went came became gave saw set put left led
ran fell rose hit sent spent paid built bought sold brought found got kept knew thought wrote spoke broke
chose drove grew threw flew struck stood sat shot cut let quit meant fought caught taught sought sank swore
wore bore beat bid forgot froze hid hung lay lit rode rang shook shut slid spun stole swept swam tore woke
wound adds`.split(/\s+/),
);

/** Words in -ed that are not verbs. */
const NOT_VERBS = new Set(
  'hundred kindred sacred naked wicked rugged ragged aged beloved bed red shed'.split(' '),
);

/** Before these a participle is an adjective: "the advanced technology", "a limited number". */
const MODIFIER_SLOTS = new Set(
  'the a an its their his her our my your this that these those more most less least very well newly highly so fully'.split(
    ' ',
  ),
);

export function isVerb(word: string, previous: string | undefined, sentenceInitial: boolean): boolean {
  const lower = word.toLowerCase();
  if (lower !== word && !sentenceInitial) return false;
  if (AUXILIARIES.has(lower) || IRREGULAR.has(lower)) return true;
  if (!/^[a-z]{2,}ed$/.test(lower) || NOT_VERBS.has(lower) || lower.endsWith('eed')) return false;
  return previous === undefined || !MODIFIER_SLOTS.has(previous.toLowerCase());
}

/** "was", "had", "did": auxiliaries that put their clause in the past. */
const PAST_AUXILIARIES = new Set(['was', 'were', 'had', 'did']);

/** A verb in the past tense (or a past participle): "joined", "said", "was"; "says" and "is" are not. */
export function isPastVerb(word: string, previous: string | undefined, sentenceInitial: boolean): boolean {
  const lower = word.toLowerCase();
  if (PAST_AUXILIARIES.has(lower)) return true;
  if (AUXILIARIES.has(lower) || lower.endsWith('s')) return false;
  return isVerb(word, previous, sentenceInitial);
}
