/**
 * What each part of `npm run fuzz` reports: its figures as table rows, and every way it found the bot
 * failing a rule (a crash, a replay acted on, a duplicate digest, an input over its budget with no clear
 * error). The run exits 1 when any part found one.
 */
export interface FuzzSection {
  title: string;
  /** Rows of [measure, figure]. */
  rows: [string, string][];
  /** Broken rules, each a sentence; empty when the bot held. */
  failures: string[];
}
