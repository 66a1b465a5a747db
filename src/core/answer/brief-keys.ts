import type { Brief } from '../brief.schema.js';
import { keysOfText } from '../text/tokenize.js';

/**
 * Bump when briefKeys gives other keys for the same brief (tokenising, stemming, spelling or the WordNet
 * data changed): a library index made with the old keys is then rebuilt from the briefs folder.
 */
export const BRIEF_KEYS_VERSION = 1;

/**
 * Every match key of a brief's text, title, quote speakers and entity names, in one pass: what the brief
 * is about, and what a routing index holds for it. A library index needs only this, not the prepared form
 * a question reads.
 */
export function briefKeys(brief: Brief): Set<string> {
  const keys = new Set<string>();
  const add = (text: string) => {
    for (const key of keysOfText(text)) keys.add(key);
  };
  for (const sentence of brief.text.sentences) add(sentence.text);
  for (const quote of brief.quotes) add(quote.speaker);
  add(brief.title);
  for (const entity of [...brief.people, ...brief.organisations, ...brief.places, ...brief.events]) {
    add(entity.name);
    for (const alias of entity.aliases) add(alias);
  }
  return keys;
}
