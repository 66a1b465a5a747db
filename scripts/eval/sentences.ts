/**
 * A fixed sentence splitter for the eval's own needs (Lead-3, building bench articles), independent of the
 * extractor under test: ICU's sentence breaks, re-joined after common abbreviations and initials.
 */

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

// Words after which ICU breaks before a capital but a sentence rarely ends ("Mr. Smith", "the U.S. Senate",
// "Jan. 5", "J. K. Rowling"). Ambiguous ones ("No.", "p.m.") are left to ICU.
const ABBREVIATION =
  /(?:^|[\s(“"‘'])(?:mr|mrs|ms|dr|prof|st|sen|rep|gov|gen|col|capt|lt|sgt|jr|sr|inc|corp|ltd|vs|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|u\.s|u\.k|u\.n|[a-z])\.$/i;

/** The text's sentences, trimmed. */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let pending = '';
  for (const { segment } of segmenter.segment(text)) {
    pending += segment;
    if (!ABBREVIATION.test(pending.trimEnd())) {
      if (pending.trim()) sentences.push(pending.trim());
      pending = '';
    }
  }
  if (pending.trim()) sentences.push(pending.trim());
  return sentences;
}

/** The first `n` sentences joined with a space: Lead-3 with n = 3. */
export function leadSentences(text: string, n: number): string {
  return splitSentences(text).slice(0, n).join(' ');
}
