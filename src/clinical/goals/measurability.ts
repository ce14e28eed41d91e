import { toDay } from '../../model/dates.js';
import type { Objective, TreatmentPlan } from '../../model/plan.js';
import { effectiveBaseline, instrumentMax, instrumentDisplayName } from './instruments.js';

/**
 * One line of an objective's measurability checklist. `required` lines keep an objective from
 * being activated while they fail; the others are advice. Widgets word each `id` themselves
 * (localized); `text` is the plain English wording for logs, hosts and tests.
 */
export interface ChecklistItem {
  id: ChecklistId;
  ok: boolean;
  required: boolean;
  text: string;
}

export type ChecklistId =
  | 'what'
  | 'instrument'
  | 'baseline'
  | 'target'
  | 'target-in-range'
  | 'direction'
  | 'direction-consistent'
  | 'due-date'
  | 'due-after-start'
  | 'unit';

export interface ChecklistInput {
  /** Baseline to judge (for instrument measures, the one read from the administrations). */
  baseline?: number;
  /** Highest possible instrument total, when known. */
  max?: number;
}

// Stryker disable next-line ConditionalExpression: equivalent — Number.isFinite is false for anything not a number; `typeof` is there for the type guard.
const isNum = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);

/**
 * The measurability checklist of one objective: what is measured, from what baseline, to what
 * target, in which direction, by when. Pure; the plan is only needed for instrument baselines
 * (see {@link checkObjective}).
 */
export function measurabilityChecklist(objective: Objective, input: ChecklistInput = {}): ChecklistItem[] {
  const { measure: m, dueDate } = objective;
  const { target, direction } = m;
  const items: ChecklistItem[] = [];
  /** One line: `yes` is its text when it passes, `no` when it fails. */
  const add = (id: ChecklistId, ok: boolean, yes: string, no: string, required = true) =>
    items.push({ id, ok, required, text: ok ? yes : no });
  const instrument = m.kind === 'instrument';
  const name = m.instrumentId && instrumentDisplayName(m.instrumentId);
  const baseline = instrument ? input.baseline : m.baseline;

  if (instrument) add('instrument', !!name, `Measured with the ${name}`, 'Choose the questionnaire that measures it');
  else {
    const label = m.label.trim();
    add('what', !!label, `Measures: ${label}`, 'Say what is measured (for example “panic attacks”)');
  }
  add(
    'baseline',
    isNum(baseline),
    `Starting point: ${baseline}`,
    instrument
      ? `No ${name || 'questionnaire'} score yet: the first complete one becomes the starting point`
      : 'Give the starting point (baseline)',
  );
  add('target', isNum(target), `Target: ${target}`, 'Give a target');
  if (instrument && isNum(target) && isNum(input.max)) {
    add('target-in-range', target >= 0 && target <= input.max, 'Target is a possible score', `Target must be between 0 and ${input.max}`);
  }
  add('direction', !!direction, `Direction: ${direction}`, 'Say whether the number should go down or up');
  if (direction && isNum(baseline) && isNum(target)) {
    const decrease = direction === 'decrease';
    add(
      'direction-consistent',
      decrease ? target < baseline : target > baseline,
      `Target ${target} is ${decrease ? 'below' : 'above'} the starting point ${baseline}`,
      `A ${direction} from ${baseline} cannot reach ${target}: check the direction, the starting point and the target`,
    );
  }
  add('due-date', !!dueDate, `Due ${dueDate}`, 'Give a date to reach it by');
  if (dueDate) {
    add(
      'due-after-start',
      dueDate > toDay(objective.createdAt),
      'Due date is after the objective was set',
      'The due date must be after the day the objective was set',
    );
  }
  if (m.kind === 'count' || m.kind === 'custom') {
    const unit = m.unit?.trim();
    add('unit', !!unit, `Unit: ${unit}`, 'Add a unit (for example “per week”) so the numbers read clearly', false);
  }
  return items;
}

/** Failing required lines of an objective's checklist, resolving instrument baselines from the plan. */
export function checkObjective(plan: TreatmentPlan | undefined, objective: Objective): ChecklistItem[] {
  const { kind, instrumentId } = objective.measure;
  return measurabilityChecklist(objective, {
    baseline: effectiveBaseline(plan, objective),
    // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent — the checklist reads `max` only for instrument measures, and an instrument measure without an instrument has no maximum either way.
    max: kind === 'instrument' && instrumentId ? instrumentMax(plan, instrumentId) : undefined,
  });
}

/** Required checklist lines that fail; empty when the objective is measurable. */
export function measurabilityProblems(plan: TreatmentPlan | undefined, objective: Objective): ChecklistItem[] {
  return checkObjective(plan, objective).filter((i) => i.required && !i.ok);
}

export function isMeasurable(plan: TreatmentPlan | undefined, objective: Objective): boolean {
  return measurabilityProblems(plan, objective).length === 0;
}
