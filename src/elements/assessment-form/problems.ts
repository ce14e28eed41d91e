import { msg, str } from '@lit/localize';
import type { InstrumentDefinition } from '../../clinical/instruments/schema.js';
import { isAsked } from '../../clinical/instruments/score.js';
import { entryProblem, type IntakeSection } from '../../i18n/intake-words.js';
import { INTAKE_LIST_FIELDS, INTAKE_LIST_NAMES, intakeListItems } from '../../model/intake-lists.js';
import type { InstrumentDraft, TreatmentPlan } from '../../model/plan.js';
import { instrumentKey, pastOf } from './sections.js';
import { isEmpty } from './templates.js';

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
 * Everything that still needs an answer, in the order it appears on screen. An instrument needs
 * every scored item when it was never recorded, has been started again, or its save was asked for
 * (`submittedInstruments`).
 */
export function missingAnswers(
  plan: TreatmentPlan,
  sections: readonly IntakeSection[],
  defs: readonly InstrumentDefinition[],
  submittedInstruments: ReadonlySet<string>,
): MissingAnswer[] {
  const out: MissingAnswer[] = [];
  const need = (part: IntakeSection, key: string, message: string) => out.push({ key, part, message });
  const intake = plan.assessment.intake;
  if (sections.includes('concerns') && isEmpty(intake.concerns.inOwnWords)) {
    need('concerns', 'concerns.inOwnWords', msg('Describe what brings you here, in your own words. A sentence or two is enough.'));
  }
  for (const list of INTAKE_LIST_NAMES) {
    const { section, required: key } = INTAKE_LIST_FIELDS[list];
    if (sections.includes(section)) {
      for (const e of intakeListItems(intake, list)) if (isEmpty(e[key])) need(section, `${list}:${e.id}:${key}`, entryProblem(list));
    }
  }
  if (sections.includes('substanceUse') && intake.substanceUse.uses === 'yes' && isEmpty(intake.substanceUse.substances)) {
    need('substanceUse', 'substanceUse.substances', msg('List the substances used, or change the answer above to "No".'));
  }
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
