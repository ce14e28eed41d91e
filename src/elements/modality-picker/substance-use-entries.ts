import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { isModerateSevereUseDisorder } from '../../clinical/modalities/suggest.js';
import type { Objective, TreatmentPlan } from '../../model/plan.js';
import {
  RECOVERY_SUPPORT_KINDS,
  REFERRAL_MEDICATIONS,
  REFERRAL_STATUSES,
  type MedicationReferral,
  type RecoverySupport,
} from '../../model/substance-use.js';
import type { PlanCommand } from '../../plan/reducer.js';
import { medicationWords, recoverySupportWords, referralRuleWords, referralStatusWords, useDisorderWords } from '../../i18n/sud-words.js';
import type { TextEdit, TextInputController } from '../controllers/text-input.js';
import { choices, domId, errorMessage, nameSuffix, optionList, selectField, textField } from '../templates/fields.js';
import { section } from './display.js';
import { toggleButton } from '../templates/disclosure.js';
import { check } from './homework.js';
import { substanceUseCommands } from '../../plan/commands/substance-use.js';
import { registerCommands } from '../../plan/registry.js';

// Loaded only when a page opts in to substance-use care: the commands this part sends come with it.
registerCommands(substanceUseCommands);

/** What the substance-use entries need from the picker. */
export interface SubstanceUseEntriesView {
  text: TextInputController;
  /** Sends a command; `errKey` shows a refusal next to that field; returns whether the plan took it. */
  run: (command: PlanCommand, errKey?: string, edit?: TextEdit) => boolean;
  errors: Readonly<Record<string, string>>;
  announce: (words: string) => void;
  /** Today, `YYYY-MM-DD` (the default day of a new referral). */
  today: string;
  objectiveLabel: (o: Objective) => string;
  /** The section's body is shown (a disclosure, closed by default, like the picker's other parts). */
  open: boolean;
  toggle: () => void;
}

const DISORDERS = ['opioid', 'alcohol'] as const;

const valueOf = (form: HTMLFormElement, name: string): string => {
  const value = new FormData(form).get(name);
  return typeof value === 'string' ? value : '';
};

/** One referral: what, to whom, where it stands and since when. Never a dose. */
function referralEntry(r: MedicationReferral, v: SubstanceUseEntriesView): TemplateResult {
  const id = (...p: string[]) => domId('ref', r.id, ...p);
  const name = `${medicationWords(r.medication)} — ${useDisorderWords(r.disorder)}`;
  const set = (fields: Record<string, string>, edit?: TextEdit) => v.run({ type: 'sud/update-referral', referralId: r.id, fields }, `ref:${r.id}`, edit);
  return html`<li part="sud-referral" class="card entry" data-referral=${r.id}>
    <fieldset>
      <legend>${name}</legend>
      <div class="grid">
        ${selectField({ id: id('disorder'), label: msg('For'), value: r.disorder, choices: choices(DISORDERS, useDisorderWords), onChange: (x) => set({ disorder: x }) })}
        ${selectField({ id: id('medication'), label: msg('Medication to discuss'), value: r.medication, choices: choices(REFERRAL_MEDICATIONS, medicationWords), onChange: (x) => set({ medication: x }) })}
        ${selectField({ id: id('status'), label: msg('Status'), value: r.status, choices: choices(REFERRAL_STATUSES, referralStatusWords), onChange: (x) => set({ status: x }) })}
        <div class="field">
          <label for=${id('date')}>${msg('Date of this status')}</label>
          <input id=${id('date')} type="date" .value=${live(r.date)} @change=${(e: Event) => set({ date: (e.target as HTMLInputElement).value })} />
        </div>
        ${textField(v.text, { key: id('prescriber'), label: msg('Prescriber'), value: r.prescriber, commit: (t, e) => set({ prescriber: t }, e) })}
      </div>
      ${textField(v.text, { key: id('note'), label: msg('Note'), value: r.note, multiline: true, class: 'wide', commit: (t, e) => set({ note: t }, e) })}
      ${errorMessage(v.errors[`ref:${r.id}`], id('err'))}
      <button type="button" @click=${() => v.run({ type: 'sud/remove-referral', referralId: r.id }) && v.announce(msg(str`Referral removed: ${name}.`))}>
        ${msg('Remove referral')}${nameSuffix(name)}
      </button>
    </fieldset>
  </li>`;
}

/** One recovery support, linked to objectives like an approach. */
function supportEntry(plan: TreatmentPlan, s: RecoverySupport, v: SubstanceUseEntriesView): TemplateResult {
  const id = (...p: string[]) => domId('rs', s.id, ...p);
  const name = s.label?.trim() || recoverySupportWords(s.kind);
  const set = (fields: Partial<Omit<RecoverySupport, 'id' | 'createdAt'>>, edit?: TextEdit) =>
    v.run({ type: 'sud/update-support', supportId: s.id, fields }, `rs:${s.id}`, edit);
  const objectives = plan.problems.flatMap((p) => p.goals.flatMap((g) => g.objectives));
  return html`<li part="sud-support" class="card entry" data-support=${s.id}>
    <fieldset>
      <legend>${name}</legend>
      <div class="grid">
        ${selectField({ id: id('kind'), label: msg('Kind of support'), value: s.kind, choices: choices(RECOVERY_SUPPORT_KINDS, recoverySupportWords), onChange: (x) => set({ kind: x as RecoverySupport['kind'] }) })}
        ${textField(v.text, { key: id('label'), label: msg('Name'), value: s.label, commit: (t, e) => set({ label: t }, e) })}
        ${textField(v.text, { key: id('frequency'), label: msg('How often'), value: s.frequency, commit: (t, e) => set({ frequency: t }, e) })}
      </div>
      ${textField(v.text, { key: id('details'), label: msg('Details'), value: s.details, multiline: true, class: 'wide', commit: (t, e) => set({ details: t }, e) })}
      <fieldset>
        <legend>${msg('Objectives this support serves')}</legend>
        ${objectives.length
          ? objectives.map((o) =>
              check(id('o', o.id), v.objectiveLabel(o), s.objectiveIds.includes(o.id), (on) =>
                set({ objectiveIds: on ? [...s.objectiveIds, o.id] : s.objectiveIds.filter((x) => x !== o.id) }),
              ),
            )
          : html`<p>${msg('This plan has no objectives yet. Add goals and objectives first.')}</p>`}
      </fieldset>
      ${errorMessage(v.errors[`rs:${s.id}`], id('err'))}
      <button type="button" @click=${() => v.run({ type: 'sud/remove-support', supportId: s.id }) && v.announce(msg(str`Recovery support removed: ${name}.`))}>
        ${msg('Remove support')}${nameSuffix(name)}
      </button>
    </fieldset>
  </li>`;
}

/**
 * Medication referrals (MOUD / MAUD) and recovery supports, in the picker when the host opts in
 * (`substance-use-care`). A referral follows the catalog's referral rule: the prescriber decides
 * any medication and dose, so there is no dose field anywhere.
 */
export function substanceUseEntries(plan: TreatmentPlan, v: SubstanceUseEntriesView): TemplateResult {
  const care = plan.substanceUseCare;
  const diagnosed = plan.assessment.diagnoses.some((d) => isModerateSevereUseDisorder(d, 'alcohol') || isModerateSevereUseDisorder(d, 'opioid'));
  const addReferral = (e: SubmitEvent) => {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const medication = valueOf(form, 'medication') as MedicationReferral['medication'];
    const disorder = valueOf(form, 'disorder') as MedicationReferral['disorder'];
    if (v.run({ type: 'sud/add-referral', disorder, medication, date: valueOf(form, 'date') || v.today }, 'ref:new')) {
      const name = medicationWords(medication);
      v.announce(msg(str`Referral added: ${name}.`));
    }
  };
  const addSupport = (e: SubmitEvent) => {
    e.preventDefault();
    const kind = valueOf(e.target as HTMLFormElement, 'kind') as RecoverySupport['kind'];
    if (v.run({ type: 'sud/add-support', kind }, 'rs:new')) {
      const name = recoverySupportWords(kind);
      v.announce(msg(str`Recovery support added: ${name}.`));
    }
  };
  const referrals = care?.medicationReferrals.length ?? 0;
  const supports = care?.recoverySupports.length ?? 0;
  return section(
    'sud',
    msg('Substance-use care: referrals and recovery supports'),
    html`${toggleButton({
        key: 'sud',
        open: v.open,
        controls: 'sud-body',
        label: msg('Medication referrals and recovery supports'),
        state: msg(str`${referrals} referral(s) · ${supports} support(s)`),
        onToggle: v.toggle,
        part: 'sud-toggle',
      })}
      ${v.open ? html`<div id="sud-body">${body()}</div>` : nothing}`,
  );

  function body(): TemplateResult {
    return html`<h3>${msg('Medication referrals (MOUD / MAUD)')}</h3>
      <p class="note" part="sud-referral-rule">${referralRuleWords()}</p>
      ${diagnosed ? nothing : html`<p class="hint">${msg('No moderate or severe alcohol or opioid use disorder is recorded in the assessment’s diagnoses.')}</p>`}
      <ul class="cards">${(care?.medicationReferrals ?? []).map((r) => referralEntry(r, v))}</ul>
      <form class="add" aria-label=${msg('New referral')} @submit=${addReferral}>
        <label>${msg('For')} <select name="disorder">${optionList(choices(DISORDERS, useDisorderWords), 'opioid')}</select></label>
        <label>${msg('Medication to discuss')} <select name="medication">${optionList(choices(REFERRAL_MEDICATIONS, medicationWords), 'buprenorphine')}</select></label>
        <label>${msg('Date of referral')} <input type="date" name="date" .value=${v.today} /></label>
        <button type="submit">${msg('Add referral')}</button>
        ${errorMessage(v.errors['ref:new'])}
      </form>
      <h3>${msg('Recovery supports')}</h3>
      <ul class="cards">${(care?.recoverySupports ?? []).map((s) => supportEntry(plan, s, v))}</ul>
      <form class="add" aria-label=${msg('New recovery support')} @submit=${addSupport}>
        <label>${msg('Kind of support')} <select name="kind">${optionList(choices(RECOVERY_SUPPORT_KINDS, recoverySupportWords), 'mutual-help')}</select></label>
        <button type="submit">${msg('Add recovery support')}</button>
        ${errorMessage(v.errors['rs:new'])}
      </form>`;
  }
}
