import type { SuggestionContent } from './suggestions.js';

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
