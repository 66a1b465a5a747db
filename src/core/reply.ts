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
  footer?: string;
  /** Only the person who asked should see it (Slack ephemeral, Discord ephemeral). */
  private?: boolean;
}

export function errorReply(message: string, hint?: string): Reply {
  return {
    kind: 'error',
    sections: [{ text: hint ? `${message}\n${hint}` : message }],
    citations: [],
    private: true,
  };
}
