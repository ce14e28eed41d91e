import { msg } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import { completionWords } from '../../i18n/completion-words.js';
import { entryProblem, intakeFieldLabel, intakeValueWords, sectionText, type IntakeSection } from '../../i18n/intake-words.js';
import { INTAKE_LIST_FIELDS, INTAKE_LIST_NAMES, intakeListItems } from '../../model/intake-lists.js';
import type { Intake, PlanMode, TreatmentPlan } from '../../model/plan.js';
import { intakeCompletion, intakeSectionFields, type IntakeView } from './intake-fields.js';
import type { MissingAnswer } from './problems.js';
import { disclosure } from './sections.js';
import { isEmpty, titledSection } from './templates.js';

// The intake sections' part of the form, loaded the first time a form shows one: a page that shows
// none (`sections=""`, a PHQ-9 page) ships neither the intake questions nor their words. (Their
// commands stay with the form, commands.ts: a host's prefill or `intake/update` works on any page.)

/** An intake section's title, for the "Jump to a section" links. */
export const sectionTitle = (s: IntakeSection): string => sectionText(s)[0];

/** An intake section's part: its title and completion on the toggle, its explanation and fields inside. */
export function intakePart(intake: Intake, s: IntakeSection, mode: PlanMode, open: boolean, toggle: () => void, v: IntakeView): TemplateResult {
  const [title, explanation] = sectionText(s);
  return disclosure({
    key: s,
    part: 'section',
    headingId: `section-${s}`,
    title,
    state: completionWords(intakeCompletion(intake, s, mode)),
    open,
    toggle,
    body: () => [html`<p class="explain">${explanation}</p>`, intakeSectionFields(intake, s, v)],
  });
}

/** Each section's part in screen order, and whether all its questions are answered. */
export const sectionParts = (plan: TreatmentPlan, sections: readonly IntakeSection[], mode: PlanMode): { key: string; complete: boolean }[] =>
  sections.map((s) => {
    const { answered, total } = intakeCompletion(plan.assessment.intake, s, mode);
    return { key: s, complete: answered >= total };
  });

/** What the shown sections still need before the assessment can be completed, in screen order. */
export function missingIntake(plan: TreatmentPlan, sections: readonly IntakeSection[]): MissingAnswer[] {
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
  return out;
}

/** The shown sections for review and print: answers as text. */
export const readonlySections = (plan: TreatmentPlan, sections: readonly IntakeSection[]): TemplateResult[] =>
  sections.map((s) => titledSection('section', `ro-${s}`, sectionText(s)[0], readonlySection(plan.assessment.intake[s] as Record<string, unknown>)));

/** Intake fields whose values are ids from a fixed list (shown as words when read-only). */
const ENUM_FIELDS = new Set(['socialEnergy', 'structure', 'format', 'uses', 'outcome', 'strength']);

/** A section's answers for reading: enumerated answers as words, free text as typed. */
const readonlySection = (data: Record<string, unknown>): TemplateResult => {
  const words = intakeValueWords();
  const word = (k: string, v: string) => (ENUM_FIELDS.has(k) ? (words[v] ?? v) : v);
  const rows: TemplateResult[] = [];
  for (const [k, v] of Object.entries(data)) {
    if (isEmpty(v)) continue;
    const text =
      typeof v === 'string'
        ? word(k, v)
        : !Array.isArray(v)
          ? undefined
          : v.every((x) => typeof x === 'string')
            ? v.map((x) => words[x] ?? x).join(', ')
            : (v as Record<string, unknown>[])
                .map((x) =>
                  Object.entries(x)
                    .filter(([kk]) => kk !== 'id')
                    .map(([kk, vv], i) => (i ? `${intakeFieldLabel(kk)}: ` : '') + word(kk, String(vv)))
                    .join(' · '),
                )
                .join('\n');
    if (text !== undefined) rows.push(html`<dt>${intakeFieldLabel(k)}</dt><dd>${text}</dd>`);
  }
  return rows.length ? html`<dl>${rows}</dl>` : html`<p class="unanswered">${msg('Nothing entered.')}</p>`;
};
