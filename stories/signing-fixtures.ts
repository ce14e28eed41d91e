/**
 * Invented plans at each step of agreeing and signing, made the way the kit makes them (the
 * content hash is read with Web Crypto, so these are async: stories load them with `loaders`).
 */
import { createPlan, type TreatmentPlan } from '../src/model/index.js';
import { planHash } from '../src/model/signing.js';
import { applyCommand, type PlanCommand } from '../src/plan/reducer.js';
import { fullPlan } from './fixtures.js';

export const STORY_SIGNER = { name: 'Dr. Ines Calder', credentials: 'PsyD', role: 'clinician' as const };
const AT = '2026-09-01T10:00:00.000Z';

let n = 0;
const ctx = (now: string) => ({ now, newId: () => `story-sign-${++n}` });

function run(plan: TreatmentPlan, command: PlanCommand, now: string): TreatmentPlan {
  const r = applyCommand(plan, command, ctx(now));
  if (!r.ok) throw new Error(r.error.message);
  return r.value.plan;
}

/** The full plan's content as a draft nobody has agreed with or signed yet. */
export function unsignedPlan(id = 'story-sign-draft'): TreatmentPlan {
  const { client, assessment, problems, phases, interventions, supports } = fullPlan(id);
  return { ...createPlan(id, AT), ...(client ? { client } : {}), assessment, problems, phases, interventions, supports };
}

/** The client agreed (typed their name); the clinician has not signed. */
export async function agreedPlan(id = 'story-sign-agreed'): Promise<TreatmentPlan> {
  const plan = unsignedPlan(id);
  return run(plan, { type: 'plan/agree', how: 'client', name: 'Dana Whitfield', hash: await planHash(plan), revision: plan.revision }, '2026-09-08T10:00:00.000Z');
}

/** Agreed and signed: version 1 is frozen with its hash and the plan is active. */
export async function signedPlan(id = 'story-sign-signed'): Promise<TreatmentPlan> {
  const plan = await agreedPlan(id);
  return run(plan, { type: 'plan/sign', signer: STORY_SIGNER, hash: await planHash(plan), revision: plan.revision }, '2026-09-08T10:05:00.000Z');
}

/** Signed, then an objective's target changed: "changed since signed version 1". */
export async function changedSinceSignedPlan(id = 'story-sign-changed'): Promise<TreatmentPlan> {
  const plan = await signedPlan(id);
  const objective = plan.problems[0]!.goals[0]!.objectives[0]!;
  return run(plan, { type: 'objective/update', objectiveId: objective.id, fields: { measure: { ...objective.measure, target: (objective.measure.target ?? 0) + 1 } } }, '2026-10-01T10:00:00.000Z');
}
