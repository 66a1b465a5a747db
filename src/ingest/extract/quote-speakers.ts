/**
 * Who "he" or "she" is when a quotation says only "he said": the person last seen speaking, else the one the
 * article names most among those named just before.
 */
import type { Mention } from './find-entities.js';
import { SPEECH_VERBS } from './words.js';

export interface SpeakerContext {
  sentences: readonly string[];
  mentions: readonly (readonly Mention[])[];
  salience: ReadonlyMap<string, number>;
  /** People seen speaking, in order: "Mertesacker insists …", "said Locke", an earlier quotation's speaker. */
  speakers: Array<{ sentence: number; at: number; name: string }>;
}

const SPEAKER_MEMORY = 8;
const SPEECH_AFTER = new RegExp(
  `^(?:,[^,]{1,80},)?\\s+(?:has\\s+|had\\s+|have\\s+)?(?:${[...SPEECH_VERBS].join('|')})\\b`,
  'i',
);
// "…,’ said Locke": the verb before the name only after a quotation or a comma.
const SPEECH_BEFORE = new RegExp(`[,’'”"]\\s*(?:${[...SPEECH_VERBS].join('|')})\\s+$`, 'i');

/** People named as the subject of a verb of saying ("Lu Yong said that", "said Locke"), in order. */
export function speakerMentions(sentences: readonly string[], mentions: readonly (readonly Mention[])[]) {
  const found: Array<{ sentence: number; at: number; name: string }> = [];
  mentions.forEach((list, sentence) => {
    const text = sentences[sentence] ?? '';
    for (const m of list) {
      if (m.kind !== 'person') continue;
      const after = text.slice(m.end, m.end + 120);
      if (SPEECH_AFTER.test(after) || SPEECH_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start))) {
        found.push({ sentence, at: m.start, name: m.name });
      }
    }
  });
  return found;
}

/**
 * Who "he" or "she" is: the person seen speaking last, within a few sentences; else, of the people named in
 * this sentence before the quotation and the three before it, the one the article names most.
 */
export function personMeant(context: SpeakerContext, sentence: number, at: number): string | undefined {
  const { mentions, salience, speakers } = context;
  const before = (s: { sentence: number; at: number }) =>
    s.sentence < sentence || (s.sentence === sentence && s.at < at);
  const spoke = speakers.filter((s) => before(s) && s.sentence >= sentence - SPEAKER_MEMORY);
  const latest = spoke.reduce<(typeof spoke)[number] | undefined>(
    (a, b) => (!a || b.sentence > a.sentence || (b.sentence === a.sentence && b.at > a.at) ? b : a),
    undefined,
  );
  if (latest) return latest.name;
  let best: string | undefined;
  let bestScore = -1;
  for (let s = sentence; s >= 0 && s >= sentence - 3; s--) {
    for (const m of mentions[s] ?? []) {
      if (m.kind !== 'person' || (s === sentence && m.end > at)) continue;
      const score = salience.get(m.name) ?? 0;
      if (score > bestScore) {
        best = m.name;
        bestScore = score;
      }
    }
  }
  return best;
}

/** In how many sentences each person is named. */
export function personSalience(mentions: readonly (readonly Mention[])[]): Map<string, number> {
  const salience = new Map<string, number>();
  for (const list of mentions) {
    for (const name of new Set(list.filter((m) => m.kind === 'person').map((m) => m.name))) {
      salience.set(name, (salience.get(name) ?? 0) + 1);
    }
  }
  return salience;
}
