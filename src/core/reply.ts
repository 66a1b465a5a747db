/**
 * The neutral reply every platform renders: the core decides what to say, a renderer per platform decides
 * how it looks (console text, Slack Block Kit, Discord embeds).
 */

export type ReplyKind = 'briefing' | 'answer' | 'abstention' | 'list' | 'help' | 'error' | 'digest';

export interface Citation {
  briefId: string;
  /** Index of the sentence in the brief's text.sentences. */
  sentence: number;
  /** The sentence itself, verbatim. */
  text: string;
  /** The brief's title, so a reader knows which article is cited. */
  briefTitle: string;
}

/** A brief an abstention looked in: "the article doesn't say" must name which article. */
export interface CheckedBrief {
  briefId: string;
  /** The brief's title, as a citation names it. */
  briefTitle: string;
}

export interface ReplySection {
  heading?: string;
  text?: string;
  bullets?: string[];
}

export interface Reply {
  kind: ReplyKind;
  title?: string;
  /** A link for the title, e.g. the article's URL. */
  url?: string;
  sections: ReplySection[];
  citations: Citation[];
  /**
   * On an abstention, the briefs the engine looked in (the one it routed the question to, or the one
   * named); empty when no brief in the library fits the question. Every renderer shows checkedLine().
   */
  checked?: CheckedBrief[];
  footer?: string;
  /** Only the person who asked should see it (Slack ephemeral, Discord ephemeral). */
  private?: boolean;
}

/**
 * What every platform says about `checked`, so that a reader always knows which article "doesn't say":
 * "Checked: «Title»", or that no brief in the library covers the question.
 */
export function checkedLine(checked: readonly CheckedBrief[]): string {
  const titles = checked.map((brief) => `«${brief.briefTitle}»`);
  const last = titles.pop();
  if (last === undefined) return 'Checked: every brief in the library; none covers this question.';
  return `Checked: ${titles.length > 0 ? `${titles.join(', ')} and ${last}` : last}`;
}

export function errorReply(message: string, hint?: string): Reply {
  return {
    kind: 'error',
    sections: [{ text: hint ? `${message}\n${hint}` : message }],
    citations: [],
    private: true,
  };
}
