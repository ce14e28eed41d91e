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

/** An entry of a repeatable intake list, read by field name (each list's schema checks the fields). */
export type IntakeListEntry = { id: string } & Record<string, unknown>;

/** The entries of one repeatable intake list. */
export function intakeListItems(intake: Intake, list: IntakeListName): IntakeListEntry[] {
  switch (list) {
    case 'pastTreatments':
      return intake.history.pastTreatments;
    case 'supportSystem':
      return intake.social.supportSystem;
    case 'lifeEvents':
      return intake.social.lifeEvents;
  }
}
