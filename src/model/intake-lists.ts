import type { Intake } from './plan.js';

/**
 * The repeatable intake lists: the section each lives in and the field an entry cannot be saved
 * without. Kept in the model (not the commands) so a widget can read it without bundling the
 * command set.
 */
export const INTAKE_LIST_FIELDS = {
  pastTreatments: { section: 'history', required: 'approach' },
  supportSystem: { section: 'social', required: 'who' },
  lifeEvents: { section: 'social', required: 'description' },
} as const satisfies Record<string, { section: keyof Intake; required: string }>;

export type IntakeListName = keyof typeof INTAKE_LIST_FIELDS;
export const INTAKE_LIST_NAMES = Object.keys(INTAKE_LIST_FIELDS) as IntakeListName[];
