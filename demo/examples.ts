// The demo's example plans, made the way the kit makes them: the content is written by hand (shared
// with the stories and tests), and the client's agreement and the clinician's signature are
// recorded through the kit's own commands (`plan/agree`, `plan/sign`, with the content hash read by
// Web Crypto) — so what a clinician sees in the demo is what a real plan would hold.
import { createPlan, type TreatmentPlan } from '../src/index.js';
import { fullPlan } from '../stories/fixtures.js';
import { agreedAndSigned } from '../stories/signing-fixtures.js';
import { sudPlan } from '../stories/sud-fixtures.js';
import { sixMonthPlan } from '../test/fixtures/progress-plans.js';

/** The demo's (invented) patient, as the portal names her. */
export const DEMO_CLIENT = { hostId: 'MRN-0048-2213', displayName: 'Maya Torres' };

export const EXAMPLES = ['full', 'six', 'sud', 'empty'] as const;
export type ExampleKind = (typeof EXAMPLES)[number];

/**
 * Example `kind` as plan `id`, for the demo's patient: a new empty draft, or a plan in force —
 * agreed by her and signed by the demo's clinician on the day its newest version was made.
 */
export async function examplePlan(kind: ExampleKind, id: string): Promise<TreatmentPlan> {
  if (kind === 'empty') return { ...createPlan(id), client: DEMO_CLIENT };
  const written = kind === 'six' ? sixMonthPlan(id) : kind === 'sud' ? sudPlan(id, 'section') : fullPlan(id);
  return agreedAndSigned({ ...written, client: DEMO_CLIENT }, written.versions.at(-1)?.createdAt ?? written.updatedAt);
}
