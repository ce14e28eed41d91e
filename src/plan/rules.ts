import { measurabilityProblems, type ChecklistId } from '../clinical/goals/measurability.js';
import type { Goal, Intervention, Objective, PlanStatus, TreatmentPlan } from '../model/plan.js';
import { allObjectives } from '../model/tree.js';
import { agreementWith, signedAndAgreed, signingState, type Signer } from '../model/signing.js';

/**
 * The plan's domain rules, in one place: status transitions, measurability and links. Every
 * command that can change what a rule guards asks it here, and so does every widget that shows
 * or offers a status. A rule answers with `undefined` (allowed) or a {@link RuleViolation}: a
 * stable code and its parameters, worded by the element (`src/i18n/rule-words.ts`) and, for logs
 * and hosts, by {@link ruleMessage}.
 */

export type GoalStatus = Goal['status'];

/** Every goal/objective status, in the order widgets list them. */
export const GOAL_STATUSES: readonly GoalStatus[] = ['proposed', 'active', 'achieved', 'on-hold', 'discontinued'];

/** Goal/objective statuses that need a reason in words (why it paused or stopped). */
export const STATUSES_NEEDING_REASON: readonly GoalStatus[] = ['on-hold', 'discontinued'];

/** Which plan status may follow which. Completed and discontinued plans are closed for good. */
export const STATUS_TRANSITIONS: Readonly<Record<PlanStatus, readonly PlanStatus[]>> = {
  draft: ['active', 'discontinued'],
  active: ['under-review', 'completed', 'discontinued'],
  'under-review': ['active', 'completed', 'discontinued'],
  completed: [],
  discontinued: [],
};

/** Plan statuses that need a reason. */
export const PLAN_STATUSES_NEEDING_REASON: readonly PlanStatus[] = ['discontinued'];

export type RuleViolation =
  /** On hold / discontinued (goal, objective) or discontinued (plan) without a reason. */
  | { code: 'status-needs-reason'; params: { status: GoalStatus | PlanStatus } }
  /** An objective made active before it is measurable; `missing` lists the failing checklist lines. */
  | { code: 'objective-not-measurable'; params: { missing: ChecklistId[] } }
  /** A plan status change the lifecycle does not allow. */
  | { code: 'plan-transition-not-allowed'; params: { from: PlanStatus; to: PlanStatus } }
  /** An approach made active without a link to any objective in the plan. */
  | { code: 'approach-needs-objective'; params: Record<string, never> }
  /** A new link to an objective that is not in the plan. */
  | { code: 'unknown-objective'; params: { objectiveId: string } }
  /** The same technique listed twice on one approach. */
  | { code: 'duplicate-technique'; params: { techniqueId: string } }
  /** A draft made active before the client agreed with its current content. */
  | { code: 'plan-not-agreed'; params: Record<string, never> }
  /** A draft made active before a clinician signed its current content. */
  | { code: 'plan-not-signed'; params: Record<string, never> }
  /** The plan changed between reading its content hash and recording the agreement or signature. */
  | { code: 'plan-changed-while-signing'; params: { revision: number; current: number } }
  /** The same person already signed this content in this role. */
  | { code: 'already-signed'; params: { version: number } }
  /** A completed or discontinued plan cannot be agreed or signed again. */
  | { code: 'plan-closed'; params: { status: PlanStatus } }
  /** An agreement or signature without the person's name. */
  | { code: 'name-required'; params: Record<string, never> };

export type RuleCode = RuleViolation['code'];

/** Plain English for a violation (logs, hosts, the `message` of a rejected command). */
export function ruleMessage(v: RuleViolation): string {
  switch (v.code) {
    case 'status-needs-reason':
      return `Say why it is ${v.params.status === 'on-hold' ? 'on hold' : v.params.status}.`;
    case 'objective-not-measurable':
      return `This objective cannot be activated until it is measurable (missing: ${v.params.missing.join(', ')}).`;
    case 'plan-transition-not-allowed':
      return `A plan that is ${v.params.from} cannot become ${v.params.to}.`;
    case 'approach-needs-objective':
      return 'Link this approach to at least one objective before making it active.';
    case 'unknown-objective':
      return `No objective with id "${v.params.objectiveId}" in this plan.`;
    case 'duplicate-technique':
      return `The technique "${v.params.techniqueId}" is listed twice.`;
    case 'plan-not-agreed':
      return 'The plan becomes active only after the client has agreed with it.';
    case 'plan-not-signed':
      return 'The plan becomes active only after the client has agreed with it and a clinician has signed it.';
    case 'plan-changed-while-signing':
      return `The plan changed (revision ${v.params.revision} → ${v.params.current}) while it was being agreed or signed; look at it again and repeat.`;
    case 'already-signed':
      return `This person already signed version ${v.params.version} in this role.`;
    case 'plan-closed':
      return `A plan that is ${v.params.status} cannot be agreed or signed.`;
    case 'name-required':
      return 'Give the name of the person agreeing or signing.';
  }
}

const isObjective = (x: Goal | Objective): x is Objective => 'measure' in x;

/**
 * A goal or objective going from `before` (absent when new) to `after`: on hold and
 * discontinued need a reason; an objective becomes active only once it is measurable. Checked
 * only when the status changes (an item may keep a status a later edit would not allow to be set).
 */
export function itemStatusRule(plan: TreatmentPlan, before: Goal | Objective | undefined, after: Goal | Objective): RuleViolation | undefined {
  if (before?.status === after.status) return undefined;
  if (STATUSES_NEEDING_REASON.includes(after.status) && !after.statusReason?.trim()) {
    return { code: 'status-needs-reason', params: { status: after.status } };
  }
  if (after.status === 'active' && isObjective(after)) return measurabilityRule(plan, after);
  return undefined;
}

/** The objective is measurable (what, baseline, target, direction, due date), or why not. */
export function measurabilityRule(plan: TreatmentPlan | undefined, objective: Objective): RuleViolation | undefined {
  const problems = measurabilityProblems(plan, objective);
  return problems.length ? { code: 'objective-not-measurable', params: { missing: problems.map((p) => p.id) } } : undefined;
}

/**
 * Whether the plan may move to `to` (with `reason`). A draft becomes active only once its current
 * content is signed by a clinician and the client agreed with that content. (A plan already in
 * force that a review changed stays active under its signed version, marked changed since
 * signed, until it is signed again.)
 */
export function planStatusRule(plan: TreatmentPlan, to: PlanStatus, reason?: string): RuleViolation | undefined {
  if (to === plan.status) return undefined;
  if (!STATUS_TRANSITIONS[plan.status].includes(to)) return { code: 'plan-transition-not-allowed', params: { from: plan.status, to } };
  if (PLAN_STATUSES_NEEDING_REASON.includes(to) && !reason?.trim()) return { code: 'status-needs-reason', params: { status: to } };
  if (plan.status === 'draft' && to === 'active') {
    const { signed, agreed } = signedAndAgreed(plan);
    if (!signed) return { code: 'plan-not-signed', params: {} };
    if (!agreed) return { code: 'plan-not-agreed', params: {} };
  }
  return undefined;
}

/** What every agreement and signature must meet: an open plan, a name, and a hash read from this very revision. */
function signingBasics(plan: TreatmentPlan, name: string, revision: number): RuleViolation | undefined {
  if (plan.status === 'completed' || plan.status === 'discontinued') return { code: 'plan-closed', params: { status: plan.status } };
  if (!name.trim()) return { code: 'name-required', params: {} };
  if (revision !== plan.revision) return { code: 'plan-changed-while-signing', params: { revision, current: plan.revision } };
  return undefined;
}

/** Whether the client's agreement may be recorded, given the content hash read at `revision`. */
export const agreementRule = (plan: TreatmentPlan, name: string, revision: number): RuleViolation | undefined =>
  signingBasics(plan, name, revision);

/**
 * Whether `signer` may sign the content whose hash `hash` was read at `revision`: the client must
 * have agreed with exactly that content, and the same person in the same role signs a content once.
 */
export function signatureRule(plan: TreatmentPlan, signer: Signer, hash: string, revision: number): RuleViolation | undefined {
  const basics = signingBasics(plan, signer.name, revision);
  if (basics) return basics;
  if (!agreementWith(plan, hash)) return { code: 'plan-not-agreed', params: {} };
  const { signed, signatures, changedSinceSigned } = signingState(plan);
  if (signed && !changedSinceSigned && signatures.some((s) => s.role === signer.role && s.name.trim() === signer.name.trim())) {
    return { code: 'already-signed', params: { version: signed.version } };
  }
  return undefined;
}

/**
 * Link rules every version of an approach must meet. Only links that are new in this change must
 * point at existing objectives: an objective removed elsewhere must not make the approach
 * impossible to edit.
 */
export function interventionRule(plan: TreatmentPlan, i: Intervention, before?: Intervention): RuleViolation | undefined {
  const objectives = new Set(allObjectives(plan).map((o) => o.id));
  if (i.status === 'active' && !i.objectiveIds.some((id) => objectives.has(id))) return { code: 'approach-needs-objective', params: {} };
  const known = new Set([...(before?.objectiveIds ?? []), ...(before?.homework ?? []).map((h) => h.objectiveId)]);
  const missing = [...i.objectiveIds, ...i.homework.map((h) => h.objectiveId)].find((id) => id && !objectives.has(id) && !known.has(id));
  if (missing) return { code: 'unknown-objective', params: { objectiveId: missing } };
  const seen = new Set<string>();
  for (const t of i.techniques) {
    if (seen.has(t)) return { code: 'duplicate-technique', params: { techniqueId: t } };
    seen.add(t);
  }
  return undefined;
}

/** One status a widget may offer for an item, and why it cannot be chosen now (if so). */
export interface StatusOption {
  status: GoalStatus;
  /** Present when choosing this status now would be refused (with `reason` as given). */
  refusal?: RuleViolation;
}

/**
 * Every status for a goal or objective, each with the refusal it would meet if chosen now with
 * `reason`. Widgets list these so they offer and explain exactly what the commands allow.
 */
export function statusOptions(plan: TreatmentPlan, item: Goal | Objective, reason = item.statusReason ?? ''): StatusOption[] {
  return GOAL_STATUSES.map((status) => {
    const after = { ...item, status, ...(reason.trim() ? { statusReason: reason } : {}) };
    if (!reason.trim()) delete after.statusReason;
    const refusal = itemStatusRule(plan, item, after);
    return refusal ? { status, refusal } : { status };
  });
}
