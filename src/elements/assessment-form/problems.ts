import { msg, str } from '@lit/localize';
import type { InstrumentDefinition } from '../../clinical/instruments/schema.js';
import { isAsked } from '../../clinical/instruments/score.js';
import type { InstrumentDraft, TreatmentPlan } from '../../model/plan.js';
import { instrumentKey, pastOf } from './sections.js';

/** An answer still needed before the assessment can be completed. */
export interface MissingAnswer {
  /** `data-field` of the control to focus. */
  key: string;
  /** The collapsible part that holds the control (an intake section, or `instrumentKey(id)`). */
  part: string;
  message: string;
}

/** Indexes of the scored items asked so far that have no answer yet. */
export const unanswered = (def: InstrumentDefinition, draft: InstrumentDraft | undefined): number[] =>
  def.items.flatMap((item, n) =>
    item.scored !== false && isAsked(item, draft?.answers ?? {}) && typeof draft?.answers[item.id] !== 'number' ? [n] : [],
  );

/**
 * What the questionnaires still need, in screen order (the intake sections' needs come from the
 * intake part). An instrument needs every scored item when it was never recorded, has been started
 * again, or its save was asked for (`submittedInstruments`).
 */
export function missingAnswers(
  plan: TreatmentPlan,
  defs: readonly InstrumentDefinition[],
  submittedInstruments: ReadonlySet<string>,
): MissingAnswer[] {
  const out: MissingAnswer[] = [];
  for (const def of defs) {
    const draft = plan.assessment.inProgress?.[def.id];
    const started = draft && Object.keys(draft.answers).length > 0;
    if (pastOf(plan, def).length && !started && !submittedInstruments.has(def.id)) continue;
    for (const n of unanswered(def, draft)) {
      out.push({
        key: `${def.id}:${def.items[n]!.id}`,
        part: instrumentKey(def.id),
        message: msg(str`${def.shortTitle} question ${n + 1} has no answer. Choose the option that fits best.`),
      });
    }
  }
  return out;
}
