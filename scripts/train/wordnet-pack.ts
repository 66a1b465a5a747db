import {
  ENTRY_SEPARATOR,
  forEachPackedEntry,
  isLemmaCode,
  LIST_SEPARATOR,
  MAX_SHARED_PREFIX,
} from '../../src/core/text/wordnet-packed.js';

/** Inverse of the core's forEachPackedEntry (format described there); lemmas are sorted by code unit. */
export function packLemmas(payloads: ReadonlyMap<string, string>): string {
  const lemmas = [...payloads.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const entries: string[] = [];
  let previous = '';
  for (const lemma of lemmas) {
    const payload = payloads.get(lemma) ?? '';
    check(lemma, payload);
    let shared = 0;
    const limit = Math.min(previous.length, lemma.length, MAX_SHARED_PREFIX);
    while (shared < limit && previous[shared] === lemma[shared]) shared++;
    entries.push(shared.toString(36) + lemma.slice(shared) + payload);
    previous = lemma;
  }
  const packed = entries.join(ENTRY_SEPARATOR);
  verifyRoundTrip(packed, payloads);
  return packed;
}

/** A ":a:b" payload, the form the core's payloadList reads. */
export function listPayload(items: readonly string[]): string {
  return items.map((item) => LIST_SEPARATOR + item).join('');
}

function check(lemma: string, payload: string): void {
  for (let i = 0; i < lemma.length; i++) {
    if (!isLemmaCode(lemma.charCodeAt(i)))
      throw new Error(`lemma "${lemma}" has a character packing reserves`);
  }
  if (
    lemma === '' ||
    payload === '' ||
    isLemmaCode(payload.charCodeAt(0)) ||
    payload.includes(ENTRY_SEPARATOR)
  ) {
    throw new Error(`payload "${payload}" of "${lemma}" would not unpack`);
  }
}

/** The build fails rather than ship a file the core would misread. */
function verifyRoundTrip(packed: string, payloads: ReadonlyMap<string, string>): void {
  let count = 0;
  forEachPackedEntry(packed, (lemma, payload) => {
    count++;
    if (payloads.get(lemma) !== payload) throw new Error(`"${lemma}" does not unpack to what was packed`);
  });
  if (count !== payloads.size) throw new Error(`unpacked ${count} lemmas, packed ${payloads.size}`);
}
