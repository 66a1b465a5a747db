import type { Brief } from '../brief.schema.js';
import { KeySet } from '../text/key-set.js';
import { keysOfText } from '../text/tokenize.js';

const PERSON_PRONOUN = /\b(?:he|she|him|his|her|hers)\b/i;
const ORGANISATION_REFERENCE =
  /\b(?:it|its|the (?:company|firm|group|agency|team|club|party|government|organization|organisation|bank|network))\b/i;

/**
 * Who a sentence's pronouns and "the company"-style references most likely point at: the person (for
 * he/she) or organisation (for it/the company) the article mentioned last, at or before the sentence. A
 * plain recency rule, but it lets "He was sentenced to six years" answer a question that names the man.
 * Returns, per sentence, the keys of the names referred to (empty when none).
 */
export function referentKeys(brief: Brief): KeySet[] {
  const people = lastMentions(brief.people, brief.text.sentences.length);
  const organisations = lastMentions(brief.organisations, brief.text.sentences.length);
  const cache = new Map<string, KeySet>();
  const keysOf = (name: string) => {
    let keys = cache.get(name);
    if (!keys) {
      keys = KeySet.of(keysOfText(name));
      cache.set(name, keys);
    }
    return keys;
  };
  return brief.text.sentences.map((sentence, index) => {
    const names: string[] = [];
    const person = people[index];
    const organisation = organisations[index];
    if (person && PERSON_PRONOUN.test(sentence.text)) names.push(person);
    if (organisation && ORGANISATION_REFERENCE.test(sentence.text)) names.push(organisation);
    return names.length === 1 ? keysOf(names[0] as string) : KeySet.of(names.flatMap(keysOfText));
  });
}

/** For each sentence, the entity named last at or before it. */
function lastMentions(
  entities: readonly { name: string; sentences: readonly number[] }[],
  count: number,
): (string | undefined)[] {
  const namedIn = new Map<number, string>();
  for (const entity of entities) for (const s of entity.sentences) namedIn.set(s, entity.name);
  const last: (string | undefined)[] = [];
  let current: string | undefined;
  for (let i = 0; i < count; i++) {
    // A sentence naming someone and then saying "he" most likely means someone named before it; close enough.
    current = namedIn.get(i) ?? current;
    last.push(current);
  }
  return last;
}
