/**
 * WordNet 3.1 as the engine's lexical resource. The core may not read files, so the data reaches it as
 * JSON under models/ (built by scripts/train/build-wordnet.ts), parsed into Maps on the first lookup.
 *   nounClasses  what kind of thing a noun names: person, place, time, group, quantity...
 *   relatedKeys  keys that synonyms and derivations share ("buy" ~ "purchase", "invest" ~ "investment")
 *   antonyms     direct opposites ("low" → "high")
 */
export { antonyms } from './wordnet-antonyms.js';
export { nounClasses } from './wordnet-classes.js';
export { type RelatedPart, relatedKeys } from './wordnet-related.js';
