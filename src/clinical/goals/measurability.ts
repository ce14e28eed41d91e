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

const isNum = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);

/**
 * The measurability checklist of one objective: what is measured, from what baseline, to what
 * target, in which direction, by when. Pure; the plan is only needed for instrument baselines
 * (see {@link checkObjective}).
 */
export function measurabilityChecklist(objective: Objective, input: ChecklistInput = {}): ChecklistItem[] {
  const m = objective.measure;
  const items: ChecklistItem[] = [];
  const add = (id: ChecklistId, ok: boolean, text: string, required = true) => items.push({ id, ok, required, text });
  const instrument = m.kind === 'instrument';
  const baseline = instrument ? input.baseline : m.baseline;

  if (instrument) {
    add('instrument', !!m.instrumentId, m.instrumentId ? `Measured with the ${instrumentDisplayName(m.instrumentId)}` : 'Choose the questionnaire that measures it');
  } else {
    add('what', m.label.trim().length > 0, m.label.trim() ? `Measures: ${m.label.trim()}` : 'Say what is measured (for example “panic attacks”)');
  }
  add(
    'baseline',
    isNum(baseline),
    isNum(baseline)
      ? `Starting point: ${baseline}`
      : instrument
        ? `No ${m.instrumentId ? instrumentDisplayName(m.instrumentId) : 'questionnaire'} score yet: the first complete one becomes the starting point`
        : 'Give the starting point (baseline)',
  );
  add('target', isNum(m.target), isNum(m.target) ? `Target: ${m.target}` : 'Give a target');
  if (instrument && isNum(m.target) && isNum(input.max)) {
    const inRange = m.target >= 0 && m.target <= input.max;
    add('target-in-range', inRange, inRange ? 'Target is a possible score' : `Target must be between 0 and ${input.max}`);
  }
  add('direction', !!m.direction, m.direction ? `Direction: ${m.direction}` : 'Say whether the number should go down or up');
  if (m.direction && isNum(baseline) && isNum(m.target)) {
    const consistent = m.direction === 'decrease' ? m.target < baseline : m.target > baseline;
    add(
      'direction-consistent',
      consistent,
      consistent
        ? `Target ${m.target} is ${m.direction === 'decrease' ? 'below' : 'above'} the starting point ${baseline}`
        : `A ${m.direction} from ${baseline} cannot reach ${m.target}: check the direction, the starting point and the target`,
    );
  }
  add('due-date', !!objective.dueDate, objective.dueDate ? `Due ${objective.dueDate}` : 'Give a date to reach it by');
  if (objective.dueDate) {
    const after = objective.dueDate > toDay(objective.createdAt);
    add('due-after-start', after, after ? 'Due date is after the objective was set' : 'The due date must be after the day the objective was set');
  }
  if (m.kind === 'count' || m.kind === 'custom') {
    add('unit', !!m.unit?.trim(), m.unit?.trim() ? `Unit: ${m.unit.trim()}` : 'Add a unit (for example “per week”) so the numbers read clearly', false);
  }
  return items;
}

/** Failing required lines of an objective's checklist, resolving instrument baselines from the plan. */
export function checkObjective(plan: TreatmentPlan | undefined, objective: Objective): ChecklistItem[] {
  const m = objective.measure;
  const input: ChecklistInput = {};
  const baseline = effectiveBaseline(plan, objective);
  if (baseline !== undefined) input.baseline = baseline;
  if (m.kind === 'instrument' && m.instrumentId) {
    const max = instrumentMax(plan, m.instrumentId);
    if (max !== undefined) input.max = max;
  }
  return measurabilityChecklist(objective, input);
}

/** Required checklist lines that fail; empty when the objective is measurable. */
export function measurabilityProblems(plan: TreatmentPlan | undefined, objective: Objective): ChecklistItem[] {
  return checkObjective(plan, objective).filter((i) => i.required && !i.ok);
}

export function isMeasurable(plan: TreatmentPlan | undefined, objective: Objective): boolean {
  return measurabilityProblems(plan, objective).length === 0;
}
