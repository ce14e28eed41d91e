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

/**
 * `plan` as the kit holds it once its client agreed with its current content (typed in client
 * mode, at `at`) and {@link STORY_SIGNER} signed it five minutes later — through `plan/agree` and
 * `plan/sign`, the content hash read as the provider reads it. Signatures and agreements written
 * by hand are dropped first: the kit records a client's agreement as an agreement, never as a
 * signature, and signs only content the client agreed with. The newest version is frozen with the
 * hash when it holds this content; otherwise signing makes a new version, as it would for real.
 */
export async function agreedAndSigned(written: TreatmentPlan, at: string): Promise<TreatmentPlan> {
  const plan = { ...written, signatures: [], agreements: [] };
  const name = plan.client?.displayName ?? 'The client';
  const agreed = run(plan, { type: 'plan/agree', how: 'client', name, hash: await planHash(plan), revision: plan.revision }, at);
  const later = new Date(Date.parse(at) + 5 * 60_000).toISOString();
  return run(agreed, { type: 'plan/sign', signer: STORY_SIGNER, hash: await planHash(agreed), revision: agreed.revision }, later);
}

/** Signed, then an objective's target changed: "changed since signed version 1". */
export async function changedSinceSignedPlan(id = 'story-sign-changed'): Promise<TreatmentPlan> {
  const plan = await signedPlan(id);
  const objective = plan.problems[0]!.goals[0]!.objectives[0]!;
  return run(plan, { type: 'objective/update', objectiveId: objective.id, fields: { measure: { ...objective.measure, target: (objective.measure.target ?? 0) + 1 } } }, '2026-10-01T10:00:00.000Z');
}
