/** A score as a new problem's evidence records it. */
export interface ScoreFact {
  /** The instrument's short name ("PHQ-9"). */
  instrument: string;
  /** The instrument's id and the band's code, so the band is worded in the page's language. */
  instrumentId?: string;
  band?: string;
  total: number;
  bandLabel?: string;
  positive?: boolean;
  /** Day of the administration, `YYYY-MM-DD`. */
  day: string;
}

/**
 * The words a suggestion writes into the plan when it is accepted, for instruments the goal library
 * has no problem for. They become the plan's own text (editable, kept as written), so the element
 * passes them in the page's language; {@link ENGLISH_SUGGESTION_CONTENT} is the default.
 */
export interface SuggestionContent {
  /** An objective's text: "PHQ-9 below 5". */
  objectiveText(instrument: string, below: number): string;
  /** What the objective measures: "PHQ-9 total". */
  measureLabel(instrument: string): string;
  /** A goal's text: "Reduce symptoms measured by the PHQ-9." */
  goalText(instrument: string): string;
  /** A new problem's title: "Symptoms measured by the PHQ-9". */
  problemTitle(instrument: string): string;
  /** A new problem's evidence: "PHQ-9 = 14 (Moderate) on 2026-01-05". */
  evidence(score: ScoreFact): string;
}

/**
 * Built-in content: the English words a goal suggestion writes into the plan when the goal library
 * has no problem for its instrument. Content, like the goal library: the goal editor passes the
 * same words in the page's language (`goalSuggestionContent` in `src/i18n/goal-words.ts`).
 */
export const ENGLISH_SUGGESTION_CONTENT: SuggestionContent = {
  objectiveText: (instrument, below) => `${instrument} below ${below}`,
  measureLabel: (instrument) => `${instrument} total`,
  goalText: (instrument) => `Reduce symptoms measured by the ${instrument}.`,
  problemTitle: (instrument) => `Symptoms measured by the ${instrument}`,
  evidence: ({ instrument, total, bandLabel, positive, day }) => {
    const label = bandLabel ?? (positive ? 'positive screen' : undefined);
    return `${instrument} = ${total}${label ? ` (${label})` : ''} on ${day}`;
  },
};
