import { GOAL_LIBRARY_EN } from '../../content/goals/en.js';
import type { TreatmentPlan } from '../../model/plan.js';
import type { GoalLibrary } from './library-schema.js';
import { libraryWithWords } from './library-structure.js';
import { ENGLISH_SUGGESTION_CONTENT, type SuggestionContent } from './suggestion-content.js';
import { suggestGoals as suggestFromLibrary, type GoalSuggestion } from './suggestions.js';

/**
 * The kit's own goal library in English: starting points written for tailored-plan-kit (MIT, like
 * the rest of the kit), to be inserted and then edited with the client. It deliberately copies no
 * published planner text. Hosts may supply their own through `<goal-editor>.library`. The widgets
 * never import it: `<goal-editor>` loads the library in the page's language (src/content/goals/).
 */
export const DEFAULT_GOAL_LIBRARY: GoalLibrary = /* @__PURE__ */ libraryWithWords(GOAL_LIBRARY_EN);

/**
 * `suggestGoals` with the built-in English library and English suggestion words when none are given
 * (the public API).
 */
export function suggestGoals(
  plan: TreatmentPlan,
  library: GoalLibrary = DEFAULT_GOAL_LIBRARY,
  content: SuggestionContent = ENGLISH_SUGGESTION_CONTENT,
): GoalSuggestion[] {
  return suggestFromLibrary(plan, library, content);
}
