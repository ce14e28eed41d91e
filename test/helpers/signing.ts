// Agreeing and signing in tests the way the provider does: hash the content, send the command at that revision.
import { applyCommand } from '../../src/plan/reducer.js';
import { planHash } from '../../src/model/signing.js';
import type { CommandContext } from '../../src/plan/define.js';
import type { TreatmentPlan } from '../../src/model/plan.js';
import { createPlan } from '../../src/model/factory.js';
import { okValue } from './result.js';

export const CLINICIAN = { name: 'Dr. Ana Ruiz', credentials: 'PhD', role: 'clinician' as const };

/** The plan after the client typed their agreement with its current content. */
export async function agreed(plan: TreatmentPlan, ctx: CommandContext, name = 'Maya K.'): Promise<TreatmentPlan> {
  const hash = await planHash(plan);
  return okValue(applyCommand(plan, { type: 'plan/agree', how: 'client', name, hash, revision: plan.revision }, ctx)).plan;
}

/** The plan after `signer` signed its current content. */
export async function signed(plan: TreatmentPlan, ctx: CommandContext, signer = CLINICIAN): Promise<TreatmentPlan> {
  const hash = await planHash(plan);
  return okValue(applyCommand(plan, { type: 'plan/sign', signer, hash, revision: plan.revision }, ctx)).plan;
}

/** Agreed, then signed (a draft becomes active). */
export async function agreedAndSigned(plan: TreatmentPlan, ctx: CommandContext): Promise<TreatmentPlan> {
  return signed(await agreed(plan, ctx), ctx);
}

const DRAFTED_AT = '2026-03-01T08:00:00.000Z';

/** A draft plan for client `Maya K.` with one problem, one goal and one measurable objective: what the signing tests agree to and sign. */
export function draftToSign(id: string): TreatmentPlan {
  const at = DRAFTED_AT;
  return {
    ...createPlan(id, at),
    client: { hostId: 'MRN-7', displayName: 'Maya K.' },
    problems: [
      {
        id: 'p1',
        title: 'Panic attacks',
        evidencedBy: [],
        areas: ['panic'],
        createdAt: at,
        goals: [
          {
            id: 'g1',
            clinicalText: 'Fewer panic attacks',
            proposedBy: 'client',
            priority: 'high',
            status: 'proposed',
            createdAt: at,
            objectives: [
              { id: 'o1', clinicalText: 'From 7 a week to 1', proposedBy: 'together', priority: 'high', status: 'proposed', createdAt: at, measure: { kind: 'count', label: 'panic attacks', unit: 'per week', baseline: 7, target: 1, direction: 'decrease' } },
            ],
          },
        ],
      },
    ],
  };
}
