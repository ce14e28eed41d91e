import type { CatalogEntryStructure, CatalogWords } from './catalog-types.js';
import { FIRST_LINE_STRUCTURE } from './first-line.js';
import type { CatalogEntry } from './schema.js';

export type { CatalogEntryStructure, CatalogEntryWords, CatalogWords } from './catalog-types.js';

/**
 * The kit's catalog of therapeutic approaches without its words: ids, kind, structure, typical
 * dose and what each is used for. The words (names, plain-language descriptions, the dose in
 * words, techniques), written for this kit, are per locale in src/content/catalog/ and load with
 * the widgets that show them. Doses are typical courses to prefill a plan entry, not
 * prescriptions: the clinician sets the real dose with the client. Medication-assisted treatment
 * appears only as a referral to a prescriber and never carries a dose.
 */
export const CATALOG_STRUCTURE: readonly CatalogEntryStructure[] = [
  {
    id: 'cbt',
    kind: 'therapy',
    structure: 'structured',
    dose: { frequency: 'weekly', sessionMinutes: 50, sessions: { min: 12, max: 20 }, format: 'individual' },
    techniques: [
      'cognitive-restructuring',
      'exposure',
      'interoceptive-exposure',
      'behavioral-activation',
      'thought-records',
      'problem-solving',
      'sleep-scheduling',
    ],
    usedFor: [
      'depression',
      'generalized-anxiety',
      'panic',
      'specific-phobia',
      'social-anxiety',
      'ptsd',
      'sleep',
      'stress',
      'substance-use',
    ],
  },
  {
    id: 'dbt',
    kind: 'therapy',
    structure: 'structured',
    dose: { frequency: 'weekly', sessionMinutes: 60, sessions: { min: 24, max: 52 }, format: 'individual' },
    techniques: [
      'distress-tolerance',
      'emotion-regulation',
      'interpersonal-effectiveness',
      'dbt-mindfulness',
      'diary-card',
    ],
    usedFor: ['complex-trauma', 'substance-use', 'relationships', 'depression'],
  },
  {
    id: 'act',
    kind: 'therapy',
    structure: 'balanced',
    dose: { frequency: 'weekly', sessionMinutes: 50, sessions: { min: 8, max: 16 }, format: 'individual' },
    techniques: ['defusion', 'acceptance', 'values-clarification', 'committed-action'],
    usedFor: ['depression', 'generalized-anxiety', 'stress', 'substance-use', 'social-anxiety'],
  },
  {
    id: 'mindfulness',
    kind: 'therapy',
    structure: 'structured',
    dose: { frequency: 'weekly', sessionMinutes: 150, sessions: { min: 8, max: 8 }, format: 'group' },
    techniques: ['body-scan', 'mindful-breathing', 'mindful-movement', 'breathing-space'],
    usedFor: ['stress', 'depression', 'generalized-anxiety', 'sleep'],
  },
  {
    id: 'psychodynamic',
    kind: 'therapy',
    structure: 'exploratory',
    dose: { frequency: 'weekly', sessionMinutes: 50, sessions: { min: 16, max: 30 }, format: 'individual' },
    techniques: ['exploring-patterns', 'exploring-feelings', 'therapeutic-relationship'],
    usedFor: ['depression', 'relationships', 'generalized-anxiety', 'social-anxiety'],
  },
  {
    id: 'person-centered',
    kind: 'therapy',
    structure: 'exploratory',
    dose: { frequency: 'weekly', sessionMinutes: 50, format: 'individual' },
    techniques: ['reflective-listening', 'unconditional-regard'],
    usedFor: ['grief', 'depression', 'relationships', 'stress'],
  },
  {
    id: 'psychoeducation',
    kind: 'therapy',
    structure: 'structured',
    dose: { frequency: 'weekly', sessionMinutes: 45, sessions: { min: 2, max: 8 }, format: 'individual' },
    techniques: ['condition-information', 'warning-signs', 'family-information'],
    usedFor: ['depression', 'generalized-anxiety', 'panic', 'ptsd', 'substance-use', 'neurodivergence', 'sleep'],
  },
  {
    id: 'somatic',
    kind: 'therapy',
    structure: 'balanced',
    dose: { frequency: 'weekly', sessionMinutes: 55, format: 'individual' },
    techniques: ['grounding', 'paced-breathing', 'body-awareness', 'titration'],
    usedFor: ['ptsd', 'complex-trauma', 'stress', 'panic'],
  },
  {
    id: 'narrative',
    kind: 'therapy',
    structure: 'exploratory',
    dose: { frequency: 'weekly', sessionMinutes: 50, format: 'individual' },
    techniques: ['externalizing', 'life-story', 're-authoring'],
    // Not a PTSD treatment (and not Narrative Exposure Therapy): no guideline lists it for PTSD.
    usedFor: ['grief', 'relationships', 'depression'],
  },
  {
    id: 'motivational-interviewing',
    kind: 'therapy',
    structure: 'balanced',
    dose: { frequency: 'weekly', sessionMinutes: 50, sessions: { min: 1, max: 4 }, format: 'individual' },
    techniques: ['open-questions', 'decisional-balance', 'change-plan'],
    usedFor: ['substance-use'],
  },
  {
    id: 'trauma-informed',
    kind: 'framework',
    structure: 'balanced',
    dose: { frequency: 'weekly', sessionMinutes: 50, format: 'individual' },
    techniques: ['phase-safety', 'phase-processing', 'phase-reconnection', 'choice-and-control'],
    usedFor: ['ptsd', 'complex-trauma'],
  },
  {
    id: 'play-therapy',
    kind: 'therapy',
    structure: 'exploratory',
    dose: { frequency: 'weekly', sessionMinutes: 45, format: 'individual' },
    techniques: ['child-led-play', 'sand-tray', 'carer-sessions'],
    usedFor: ['neurodivergence', 'ptsd', 'grief', 'relationships'],
  },
  {
    id: 'art-therapy',
    kind: 'therapy',
    structure: 'exploratory',
    dose: { frequency: 'weekly', sessionMinutes: 60, format: 'individual' },
    techniques: ['free-art-making', 'guided-art'],
    usedFor: ['complex-trauma', 'ptsd', 'grief', 'neurodivergence', 'depression'],
  },
  {
    id: 'family-therapy',
    kind: 'therapy',
    structure: 'balanced',
    dose: { frequency: 'every-two-weeks', sessionMinutes: 75, sessions: { min: 6, max: 20 }, format: 'family' },
    techniques: ['communication-skills', 'family-patterns', 'shared-problem-solving'],
    usedFor: ['relationships', 'substance-use', 'neurodivergence', 'depression'],
  },
  {
    id: 'integrative',
    kind: 'framework',
    structure: 'balanced',
    dose: { frequency: 'weekly', sessionMinutes: 50, format: 'individual' },
    techniques: ['shared-formulation', 'combined-skills', 'care-coordination'],
    usedFor: ['depression', 'substance-use', 'complex-trauma'],
  },
  {
    id: 'mat-referral',
    kind: 'referral',
    structure: 'structured',
    techniques: ['prescriber-referral', 'care-coordination'],
    usedFor: ['substance-use'],
  },
  {
    id: 'support-groups',
    kind: 'support',
    structure: 'balanced',
    dose: { frequency: 'weekly', sessionMinutes: 90, format: 'group' },
    techniques: ['in-person-group', 'online-group', 'mutual-help'],
    usedFor: ['substance-use', 'grief', 'ptsd', 'neurodivergence', 'depression'],
  },
  {
    id: 'lifestyle',
    kind: 'lifestyle',
    structure: 'structured',
    dose: { frequency: 'weekly', sessionMinutes: 15, format: 'individual' },
    techniques: ['exercise', 'sleep-routine', 'stress-management'],
    usedFor: ['sleep', 'stress', 'depression', 'generalized-anxiety'],
  },
  // First-line approaches named by the guidelines the suggestion rules cite (first-line.ts).
  ...FIRST_LINE_STRUCTURE,
];

/** The catalog in one language. An entry missing from `words` keeps its id as its name (the completeness test prevents it). */
export function catalogWithWords(words: CatalogWords, structure: readonly CatalogEntryStructure[] = CATALOG_STRUCTURE): CatalogEntry[] {
  return structure.map((s) => {
    const w = words[s.id];
    const { dose, ...rest } = s;
    return {
      ...rest,
      name: w?.name ?? s.id,
      summary: w?.summary ?? s.id,
      forClient: w?.forClient ?? s.id,
      sessionInvolves: w?.sessionInvolves ?? s.id,
      ...(dose ? { dose: { ...dose, text: w?.dose ?? s.id } } : {}),
      techniques: s.techniques.map((id) => ({ id, name: w?.techniques[id]?.name ?? id, description: w?.techniques[id]?.description ?? id })),
      usedFor: [...s.usedFor],
    };
  });
}
