import { libraryWithWords } from '../../clinical/goals/library-structure.js';
import type { GoalLibrary } from '../../clinical/goals/library-schema.js';
import { contentLocaleOf } from '../../model/localized-text.js';
import { ContentSource } from '../source.js';

/** The built-in goal library in each locale, loaded on demand (key: the locale) with `<goal-editor>`. */
export const goalLibraryContent = new ContentSource<GoalLibrary>((locale) =>
  contentLocaleOf(locale) === 'es'
    ? import('./es.js').then((m) => libraryWithWords(m.GOAL_LIBRARY_ES))
    : import('./en.js').then((m) => libraryWithWords(m.GOAL_LIBRARY_EN)),
);
