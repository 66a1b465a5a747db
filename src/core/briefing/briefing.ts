export interface Briefing {
  briefId: string;
  /** At most 90 characters. */
  headline: string;
  /** 3–5 bullets, key figures and who/what/when/where first. */
  bullets: string[];
  source: {
    outlet: string | null;
    /** The article's date; null when the brief is undated. */
    published: string | null;
    url: string | null;
  };
}

export interface BriefingOptions {
  /** Roughly how many words the bullets may use together. Default 80. */
  maxWords?: number;
}
