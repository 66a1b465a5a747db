import { nounClasses } from '../text/wordnet.js';

/**
 * What a bullet opens with, when it opens by pointing back into its article: a pronoun ("He", "Its") or
 * a description of a kind of entity ("The company", "The former Chelsea boss"). Which nouns name a kind
 * of entity — a person, an organisation, a place — comes from WordNet's noun classes ("striker" is
 * noun.person, "company" noun.group, "city" noun.location), not from a word list.
 */

export type EntityKind = 'person' | 'organisation' | 'place';

export interface Reference {
  /** The words replaced: "He", "His", "The Chelsea boss", "The company's". */
  span: string;
  kind: EntityKind;
  possessive: boolean;
  /** A pronoun, or the head noun of a description ("boss"). */
  pronoun?: 'he' | 'she' | 'it';
  head?: string;
  /** The head with the names and nouns before it ("Chelsea boss", "rights group"), which a tie must repeat. */
  qualifier?: string;
}

/** "It is unclear whether…", "It has been 20 years since…": "it" pointing at nothing. */
const EXPLETIVE =
  /^It(?:['’]s|\s+(?:is|was|has|had|will|would|could|may|might|seems|seemed|appears|appeared|remains|remained|takes|took))\b(?:\s+(?!(?:a|an|the|this|that|something|one|our|their|his|her|my|your|its)\b)[^\s,;'‘’"“]+){0,4}?\s+(?:that|whether|if|to|since|until|before|when|how|why|what)\b/;
/** After "It"/"They", only a verb of saying or deciding makes an organisation likely. */
const AGENT_VERB =
  /^(?:(?:also|later|previously|then|now|has|have|had|will|would|did not|does not|didn['’]t|doesn['’]t|has not)\s+){0,2}(?:say|said|says|add|added|adds|announce[ds]?|announced|state[ds]?|note[ds]?|report(?:s|ed)?|confirm(?:s|ed)?|den(?:y|ies|ied)|insist(?:s|ed)?|warn(?:s|ed)?|claim(?:s|ed)?|argue[ds]?|explain(?:s|ed)?|reveal(?:s|ed)?|told|tell|tells|decline[ds]?|refuse[ds]?|agree[ds]?|expect(?:s|ed)?|plan(?:s|ned)?|hope[ds]?|want(?:s|ed)?|apologi[sz]e[ds]?|admit(?:s|ted)?|acknowledge[ds]?|respond(?:s|ed)?|wrote|write|writes|tweet(?:s|ed)?|post(?:s|ed)|issue[ds]?|release[ds]?|sued|sue|sues|employ(?:s|ed)?|own(?:s|ed)?)\b/;
export const STOP_WORDS = new Set(
  'a an the this these those his her its their our my your some any no every each is was are were be been has have had will would could can may might must should said says say told of in on at for to with by from who whom whose that which and or but as after before when while than into about over under also not'.split(
    ' ',
  ),
);
/** After the head noun, words that make a description complete in itself: "The man who…", "The man in…". */
const SELF_DESCRIBING = new Set(
  'and or who whom whose that which behind accused charged suspected known named called dubbed responsible of from in at with'.split(
    ' ',
  ),
);
/** WordNet files these with organisations (noun.group), but no organisation is what they mean. */
const COLLECTIVE = new Set(
  'species family couple pair duo trio crowd population generation audience herd flock pack litter colony breed genus brood'.split(
    ' ',
  ),
);
/** Group nouns a reader takes without a name: "The public can…", "The police said…". */
const GENERIC = new Set(['public', 'world', 'media', 'press', 'police']);
const IRREGULAR_PLURALS = new Map([
  ['men', 'man'],
  ['women', 'woman'],
  ['people', 'person'],
  ['children', 'child'],
]);

/** Modifiers that pick one out of several ("The second student"): the words do not point back to one. */
const CONTRASTIVE = new Set('first second third fourth fifth last other another same next'.split(' '));

type NounKind = EntityKind | 'other';

/** What a head noun names, by its WordNet classes: undefined when it names no kind of entity ("report"). */
export function kindOfNoun(noun: string): NounKind | undefined {
  if (GENERIC.has(noun)) return undefined;
  if (COLLECTIVE.has(noun)) return 'other';
  if (noun === 'group') return 'organisation'; // WordNet's top-level "group" (noun.Tops)
  const classes = nounClasses(noun);
  const first = classes[0];
  if (first === 'noun.person') return 'person';
  if (first === 'noun.group') return 'organisation';
  if (first === 'noun.location') return 'place';
  if (first === 'noun.animal') return 'other';
  if (classes.includes('noun.person') && !classes.includes('noun.animal')) return 'person';
  return undefined;
}

/**
 * The reference a text opens with: 'none' when it opens with none (or with a pronoun that points at
 * nothing: "It is unclear whether…", "This week…"), 'dangling' when it points back at something no name
 * can stand for ("It was…", "This is…", "The species…").
 */
export function findReference(text: string): Reference | 'none' | 'dangling' {
  const match = /^(\p{L}+)(['’](?:s|ll|d|re|ve))?(?=[\s,;:]|$)/u.exec(text);
  if (!match) return 'none';
  const word = match[1] as string;
  const contracted = match[2] !== undefined;
  const rest = text.slice(match[0].length).trimStart();
  switch (word) {
    case 'He':
    case 'She':
      if (contracted) return 'dangling';
      return { span: word, kind: 'person', possessive: false, pronoun: word === 'He' ? 'he' : 'she' };
    case 'His':
    case 'Her':
      return { span: word, kind: 'person', possessive: true, pronoun: word === 'His' ? 'he' : 'she' };
    case 'It':
    case 'They':
      if (EXPLETIVE.test(text)) return 'none';
      if (contracted || !AGENT_VERB.test(rest)) return 'dangling';
      return { span: word, kind: 'organisation', possessive: false, pronoun: 'it' };
    case 'Its':
    case 'Their':
      if (!ownedByOrganisation(rest)) return 'dangling';
      return { span: word, kind: 'organisation', possessive: true, pronoun: 'it' };
    case 'The':
      return findDescription(text, match[0].length) ?? 'none';
    case 'This':
    case 'These':
    case 'Those':
    case 'That':
      return demonstrative(text, match[0].length, rest, contracted);
    default:
      return 'none';
  }
}

/** "Its shares", "Their spokesman": a thing an organisation has, not one a product or event has. */
function ownedByOrganisation(rest: string): boolean {
  const next = /^\p{Ll}[\p{L}-]*/u.exec(rest)?.[0];
  const first = next === undefined ? undefined : nounClasses(next)[0];
  return ['noun.person', 'noun.group', 'noun.possession', 'noun.communication'].includes(first ?? '');
}

/**
 * "This week" and "Those who…" point at nothing; "This is…", "That really…" and "This item…" point back
 * at something. Only a kind noun tied to an entity ("This company…") can be given its name.
 */
function demonstrative(
  text: string,
  end: number,
  rest: string,
  contracted: boolean,
): Reference | 'none' | 'dangling' {
  if (contracted) return 'dangling';
  const next = /^[\p{L}\d-]+/u.exec(rest)?.[0] ?? '';
  if (next === 'who') return 'none';
  if (nounClasses(next.toLowerCase()).includes('noun.time')) return 'none';
  return findDescription(text, end) ?? 'dangling';
}

/**
 * "The [former] [Chelsea] boss", "The company's": up to three modifiers, then a head noun that names a
 * kind of entity. Undefined for "The White House", "The report", "The attack killed…", "The man who…":
 * nothing there points back.
 */
function findDescription(text: string, start: number): Reference | 'dangling' | undefined {
  const words = [...text.slice(start, start + 300).matchAll(/\s*([\p{L}\d][\p{L}\d'’.-]*)(,?)/gu)].slice(
    0,
    6,
  );
  const qualifiers: string[] = [];
  let named = false;
  for (let i = 0; i < Math.min(words.length, 5); i++) {
    const word = words[i] as RegExpExecArray;
    const token = bareWord(word[1]);
    if (STOP_WORDS.has(token) || CONTRASTIVE.has(token)) return undefined;
    if (/^\p{Lu}/u.test(token)) {
      qualifiers.push(token);
      named = true;
      continue;
    }
    if (/[\d-]/.test(token)) continue;
    // "The city finance director", "The young man": a noun before a noun is a modifier.
    const ends = word[2] !== '' || /['’]s?$/.test(word[1] as string);
    if (!ends && isNoun(words[i + 1]?.[1])) {
      if (!isAdjective(token)) qualifiers.push(token);
      continue;
    }
    const kind = kindOfNoun(token);
    // After a name, only a kind noun goes on the description: "The Lift Garage now serves…" is a name.
    if (kind === undefined) {
      if (!named && isAdjective(token)) continue;
      return undefined;
    }
    const end = start + word.index + word[0].length;
    const following = /^\s*(\p{L}+)/u.exec(text.slice(end))?.[1] ?? '';
    // "The man who…", "The group Medecins Sans Frontieres", "The pilot and co-pilot": complete in themselves.
    if (!word[2] && (SELF_DESCRIBING.has(following) || /^\p{Lu}/u.test(following))) return undefined;
    // "The researchers", "The victims" read as the story's own; only a single one needs its name.
    if (singularOf(token) !== token) return undefined;
    if (kind === 'other') return 'dangling';
    const possessive = /['’]s?$/.test(word[1] as string);
    const span = text.slice(0, end - (word[2] ?? '').length);
    return { span, kind, possessive, head: token, qualifier: [...qualifiers, token].join(' ') };
  }
  return undefined;
}

/** A noun that can follow another in a compound: not a verb form ("says", "announced") nor "first" or "now". */
function isNoun(token: string | undefined): boolean {
  if (token === undefined || !/^\p{Ll}+$/u.test(token) || STOP_WORDS.has(token)) return false;
  const first = nounClasses(token)[0];
  return (
    !/(?:[^s]s|ed)$/.test(token) && first !== undefined && first !== 'noun.relation' && first !== 'noun.time'
  );
}

function bareWord(token: string | undefined): string {
  return (token ?? '').replace(/['’]s?$/, '').replace(/[.]$/, '');
}

/** A word WordNet knows as no noun ("new", "alleged"), or only as a relation or an amount ("former"). */
function isAdjective(token: string): boolean {
  const first = nounClasses(token)[0];
  return first === undefined || first === 'noun.relation' || first === 'noun.quantity';
}

export function singularOf(noun: string): string {
  const irregular = IRREGULAR_PLURALS.get(noun);
  if (irregular) return irregular;
  if (!/s$/.test(noun) || /(?:ss|us|is)$/.test(noun) || noun === 'species' || noun === 'series') return noun;
  for (const [ending, replacement] of [
    ['ies', 'y'],
    ['ches', 'ch'],
    ['shes', 'sh'],
    ['ses', 's'],
    ['xes', 'x'],
    ['s', ''],
  ] as const) {
    const candidate = noun.slice(0, -ending.length) + replacement;
    if (noun.endsWith(ending) && nounClasses(candidate).length > 0) return candidate;
  }
  return noun;
}
