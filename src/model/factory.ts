import { CURRENT_SCHEMA_VERSION, type Intake, type TreatmentPlan } from './plan.js';

export function emptyIntake(): Intake {
  return {
    concerns: { areas: [], traumaFeatures: [] },
    history: { pastTreatments: [] },
    profile: {},
    biological: {},
    social: { supportSystem: [], lifeEvents: [] },
    preferences: {},
    substanceUse: {},
    accommodations: {},
    strengths: {},
  };
}

export const DEFAULT_REVIEW_INTERVAL_DAYS = 90;

/** A new, empty draft plan. `now` is injectable so tests and reducers stay deterministic. */
export function createPlan(id: string, now: Date | string = new Date()): TreatmentPlan {
  const at = typeof now === 'string' ? now : now.toISOString();
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id,
    revision: 0,
    version: 0,
    createdAt: at,
    updatedAt: at,
    status: 'draft',
    assessment: { intake: emptyIntake(), administrations: [], diagnoses: [] },
    phases: [],
    problems: [],
    interventions: [],
    supports: [],
    dismissals: [],
    timeline: [],
    versions: [],
    signatures: [],
    agreements: [],
    review: { intervalDays: DEFAULT_REVIEW_INTERVAL_DAYS },
  };
}
