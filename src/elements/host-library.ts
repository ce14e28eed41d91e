import { parseGoalLibrary, type GoalLibrary } from '../clinical/goals/library-schema.js';
import type { Locale } from '../context/plan-context.js';
import { fail, ok, type Result } from '../model/errors.js';
import { contentLocaleOf, localizeEntries, localizedTextIssues, resolveLocalized } from '../model/localized-text.js';
import { markLang } from './templates/content.js';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A host's goal library in `locale`, validated: texts may be `{ en, es }` (English required). A
 * problem whose texts are not all in `locale` is shown whole in English, marked `lang="en"`;
 * both languages are validated.
 */
export function hostGoalLibrary(input: unknown, locale: Locale): Result<GoalLibrary> {
  const textIssues = localizedTextIssues(input);
  if (textIssues.length) return fail('invalid-definition', `The goal library is not valid: ${textIssues[0]}`, textIssues);
  const english = parseGoalLibrary(resolveLocalized(input, 'en').value);
  const content = contentLocaleOf(locale);
  if (!english.ok || content === 'en' || !isRecord(input) || !Array.isArray(input.problems)) return english;
  const problems = localizeEntries(input.problems, content);
  const title = resolveLocalized(input.title, content);
  const parsed = parseGoalLibrary({
    ...input,
    title: title.complete ? title.value : english.value.title,
    problems: problems.value,
  });
  if (!parsed.ok) return parsed;
  for (const i of problems.english) markLang(parsed.value.problems[i]!, 'en');
  return ok(parsed.value);
}
