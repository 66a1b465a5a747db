import type { KeySet } from '../text/key-set.js';
import { tokenize } from '../text/tokenize.js';
import type { QuestionAnalysis } from './analyze-question.js';
import type { Candidate } from './candidate.js';
import { keySet, type PreparedBrief } from './prepare-brief.js';

/**
 * Questions about the article itself — who wrote it, which outlet ran it, where it was filed from —
 * answered from the brief's metadata, but only when a sentence of the article states it, so it can be cited.
 */
const ASPECTS = [
  {
    field: 'author',
    expected: ['person', 'entity', 'organisation'],
    cue: /^(wrote|write|written|writer|author|reporter|reported|report|journalist|byline|correspondent)$/,
    words: 'wrote written author reporter journalist',
  },
  {
    field: 'outlet',
    expected: ['organisation', 'entity', 'person'],
    cue: /^(newspaper|outlet|publication|published|publish|paper|media|source|agency|ran)$/,
    words: 'newspaper outlet publication published',
  },
  {
    field: 'dateline',
    expected: ['place'],
    cue: /^(reported|report|reports|filed|dateline|written|wrote)$/,
    words: 'reported filed written dateline',
  },
] as const;

// The few aspects' words, read once.
const ASPECT_KEYS = new Map<string, KeySet>();

function aspectKeys(words: string): KeySet {
  let keys = ASPECT_KEYS.get(words);
  if (!keys) {
    keys = keySet(tokenize(`${words} article story`));
    ASPECT_KEYS.set(words, keys);
  }
  return keys;
}

export function metadataCandidates(analysis: QuestionAnalysis, prepared: PreparedBrief): Candidate[] {
  const candidates: Candidate[] = [];
  for (const aspect of ASPECTS) {
    const value = prepared.brief[aspect.field];
    if (!value || !(aspect.expected as readonly string[]).includes(analysis.expected)) continue;
    if (!analysis.tokens.some((t) => aspect.cue.test(t.norm))) continue;
    const sentence = prepared.sentences.find((s) => s.text.includes(value));
    if (!sentence) continue;
    candidates.push({
      answer: value,
      sentence: sentence.index,
      evidence: {
        keys: [sentence.keys, aspectKeys(aspect.words)],
        nearby: sentence.nearby,
      },
      typeFit: 1,
      support: 1,
      origin: 'fact',
    });
  }
  return candidates;
}
