/** Types for the parts of words-to-numbers (which ships none) that the number reader uses. */

declare module 'words-to-numbers' {
  /** Number words in `text` replaced by digits; a text that is one number comes back as that number. */
  export function wordsToNumbers(
    text: string,
    options?: { fuzzy?: boolean; impliedHundreds?: boolean },
  ): string | number | null;
}

declare module 'words-to-numbers/dist/constants.js' {
  /** "one" … "nineteen", their ordinals, and "a", with their values. */
  export const UNIT: Readonly<Record<string, number>>;
  /** "twenty" … "ninety" and their ordinals. */
  export const TEN: Readonly<Record<string, number>>;
}
