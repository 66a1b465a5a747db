/**
 * The packed lemma lists of the WordNet data files under models/ (written by scripts/train/wordnet-pack.ts).
 * One long string per list, because a JSON key per lemma would make the type checker walk 100,000
 * properties. Lemmas are sorted and front-coded, which shrinks the noun list by two fifths:
 *
 *   entry   = shared  rest-of-lemma  payload          entries are joined by "|"
 *   shared  = one base-36 digit: how many leading characters the lemma shares with the previous one
 *   payload = starts at the first character a lemma cannot contain (an upper-case letter or ":")
 *
 * Lemmas are lower-case with "_" between words, as WordNet writes them; they hold only a-z, 0-9 and _ ' . / -.
 */

export const ENTRY_SEPARATOR = '|';
export const LIST_SEPARATOR = ':';
export const MAX_SHARED_PREFIX = 35;
/** Entries each per-word lookup cache holds: enough for every distinct word of a large library. */
export const CACHE_SIZE = 100_000;
/** A noun's payload letter "A" + i stands for the i-th class the file lists (noun.Tops, noun.act, ...). */
export const NOUN_CLASS_CODE_BASE = 65;

/** Whether a character code can occur in a lemma (a plain comparison: this runs for every packed byte). */
export function isLemmaCode(code: number): boolean {
  return (
    (code >= 97 && code <= 122) || // a-z
    (code >= 45 && code <= 57) || // - . / 0-9
    code === 95 || // _
    code === 39 // '
  );
}

function base36Digit(code: number): number {
  return code <= 57 ? code - 48 : code - 87;
}

/** Calls `visit` with every lemma of a packed list and its payload, in sorted order. */
export function forEachPackedEntry(packed: string, visit: (lemma: string, payload: string) => void): void {
  let previous = '';
  let start = 0;
  while (start < packed.length) {
    let end = packed.indexOf(ENTRY_SEPARATOR, start);
    if (end < 0) end = packed.length;
    let payloadStart = start + 1;
    while (payloadStart < end && isLemmaCode(packed.charCodeAt(payloadStart))) payloadStart++;
    const shared = base36Digit(packed.charCodeAt(start));
    const lemma = previous.slice(0, shared) + packed.slice(start + 1, payloadStart);
    visit(lemma, packed.slice(payloadStart, end));
    previous = lemma;
    start = end + 1;
  }
}

/** The items of a ":a:b:c" payload. */
export function payloadList(payload: string): string[] {
  return payload.length > 1 ? payload.slice(1).split(LIST_SEPARATOR) : [];
}

/** What the user typed, in the table's spelling: lower-case, "_" between words. */
export function lemmaSpelling(word: string): string {
  return word.trim().toLowerCase().replace(/\s+/g, '_');
}
