import { msg } from '@lit/localize';
import type { ConcernArea } from '../model/plan.js';

/**
 * The one name of each concern area, used by every widget (the intake's choices, the goal
 * editor's sentences, the picker's filters and "often used for"). Two forms of the same words:
 * a label ("Generalized anxiety") and inside a sentence ("Areas of concern: generalized anxiety").
 */
export const concernAreaNames = (): Record<ConcernArea, string> => ({
  depression: msg('Depression'),
  'generalized-anxiety': msg('Generalized anxiety'),
  panic: msg('Panic'),
  'specific-phobia': msg('Specific phobia'),
  'social-anxiety': msg('Social anxiety'),
  ptsd: msg('PTSD'),
  'complex-trauma': msg('Complex trauma'),
  'substance-use': msg('Substance use'),
  neurodivergence: msg('Neurodivergent needs'),
  sleep: msg('Sleep'),
  grief: msg('Grief'),
  relationships: msg('Relationships'),
  stress: msg('Stress'),
});

/** The same names inside a sentence. All at once: many per render. */
export const concernAreaPhrases = (): Record<ConcernArea, string> => ({
  depression: msg('depression'),
  'generalized-anxiety': msg('generalized anxiety'),
  panic: msg('panic'),
  'specific-phobia': msg('specific phobia'),
  'social-anxiety': msg('social anxiety'),
  ptsd: msg('PTSD'),
  'complex-trauma': msg('complex trauma'),
  'substance-use': msg('substance use'),
  neurodivergence: msg('neurodivergent needs'),
  sleep: msg('sleep'),
  grief: msg('grief'),
  relationships: msg('relationships'),
  stress: msg('stress'),
});
