/**
 * The words of one sentence with their offsets: the one tokenisation every extraction rule reads, made
 * once per sentence because the extractor has about 50 µs to spend on each.
 */

export interface Word {
  /** As written ("Huawei’s", "medium-sized", "U.S."). */
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Starts with a capital letter (or is an abbreviation like "U.S."). */
  capitalised: boolean;
  isNumber: boolean;
}

// Abbreviations with points ("U.S."), numbers with separators or ordinal endings ("212.1", "1,200", "22nd"),
// words with inner hyphens and apostrophes ("medium-sized", "Huawei’s").
const WORD_PATTERN =
  /(?:\p{Lu}\.){2,}|\d+(?:[.,]\d+)*(?:st|nd|rd|th)?|[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}\d]+)*/gu;

export function wordsOf(sentence: string): Word[] {
  const words: Word[] = [];
  for (const match of sentence.matchAll(WORD_PATTERN)) {
    const text = match[0];
    const first = text.charCodeAt(0);
    const isNumber = first >= 48 && first <= 57;
    words.push({
      text,
      lower: text.toLowerCase(),
      start: match.index,
      end: match.index + text.length,
      capitalised: !isNumber && text[0] !== text[0]?.toLowerCase(),
      isNumber,
    });
  }
  return words;
}

/** "Huawei’s" → "Huawei"; other words unchanged. */
export function withoutPossessive(text: string): string {
  return text.replace(/['’]s$/, '');
}

export function isPossessive(text: string): boolean {
  return /['’]s$/.test(text);
}

/** Only white space between two words (a name may run across it; not across a comma or a bracket). */
export function onlySpaceBetween(sentence: string, left: Word, right: Word): boolean {
  for (let i = left.end; i < right.start; i++) {
    const c = sentence.charCodeAt(i);
    if (c !== 32 && c !== 160 && c !== 9) return false;
  }
  return true;
}

/** Words that never start or end a name, whatever their case: "The", "In", "However". */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  `a an the this that these those it its he she they we i you his her their our my your him them us me who whom
whose which what when where why how there here and or but nor so yet if then than as at by for from in into of
off on onto out over to up upon with within without about above across after against along amid among around
before behind below beneath beside besides between beyond despite down during except inside near outside past
since through throughout till toward towards under until via is are was were be been being am do does did
have has had will would shall should can could may might must not no yes all any both each either neither every
few many more most much some such other another only also even just still already however meanwhile moreover
furthermore therefore thus instead although though while because unless whether once ago according per last
next first second third later earlier today yesterday tomorrow now again indeed perhaps maybe several often
never always sometimes nevertheless otherwise overall altogether finally initially currently recently
previously instead like unlike mr ms mrs dr`
    .split(/\s+/)
    .filter(Boolean),
);

export const MONTHS: ReadonlySet<string> = new Set(
  `january february march april may june july august september october november december jan feb mar apr jun
jul aug sep sept oct nov dec`.split(/\s+/),
);

export const WEEKDAYS: ReadonlySet<string> = new Set(
  'monday tuesday wednesday thursday friday saturday sunday'.split(' '),
);

/** Verbs that introduce what someone said. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(
  `said says told tells added adds explained explains noted notes stressed stresses warned warns insisted
insists admitted admits revealed reveals introduced announced announces claimed claims argued argues wrote
writes tweeted recalled recalls asked asks replied replies commented comments confirmed confirms declared
declares emphasised emphasized urged urges predicted acknowledged conceded continued concluded suggested
suggests believes believed thinks thought pointed`
    .split(/\s+/)
    .filter(Boolean),
);

/** Forms of "be", "have" and the modals: they end a noun phrase and start a predicate. */
export const AUXILIARIES: ReadonlySet<string> = new Set(
  `is are was were be been being am has have had will would shall should can could may might must do does did
won't can't isn't aren't wasn't weren't hasn't haven't hadn't didn't doesn't don't`.split(/\s+/),
);

export const DETERMINERS: ReadonlySet<string> = new Set(
  'a an the this that these those its his her their our my your some'.split(' '),
);
