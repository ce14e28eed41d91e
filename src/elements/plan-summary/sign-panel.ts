import { msg, str } from '@lit/localize';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { PlanContextValue } from '../../context/plan-context.js';
import { toDay } from '../../model/dates.js';
import type { PlanError, Result } from '../../model/errors.js';
import type { PlanAgreement, TreatmentPlan } from '../../model/plan.js';
import { agreementWith, planHash, signingState, signsPlan } from '../../model/signing.js';
import { planErrorWords } from '../../i18n/error-words.js';
import { agreeWithPlan, signPlan } from '../plan-provider/signing.js';
import { errorMessage, labelledField } from '../templates/fields.js';
import { signStateWords, signerWords } from '../../i18n/signing-words.js';
import { toggleButton } from '../templates/disclosure.js';
import { heading } from '../templates/heading.js';
import { hasRiskNotice, riskNotice, RISK_NOTICE_ID, withRiskState } from './risk-notice.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Where the client agrees and the clinician signs, below the printed signatures. Client mode:
 * "I agree with this plan", their typed name, today's date. Clinician mode: record a verbal
 * agreement (who, which day) and sign as the host's `signer`. Outcomes are announced in a status
 * region; a refusal is said next to the button that met it. Not printed.
 *
 * The panel folds under its heading (the kit's one disclosure button), which says the sign state
 * open or closed; it opens by itself only when there is something to do in it now
 * ({@link openByDefault}), and stays as the user left it once they open, close or work in it.
 */
export class SignPanel {
  #host: Host;
  /** The hash of the plan last shown, read asynchronously (Web Crypto) and kept per snapshot. */
  #hashes = new WeakMap<TreatmentPlan, string>();
  #ticked = false;
  #name: string | undefined;
  #date: string | undefined;
  #error: { where: 'agree' | 'sign'; message: string } | undefined;
  #announced = '';
  #busy = false;
  /** Whether the user opened or closed the panel, for which plan (another plan starts from its default). */
  #chosen: { planId: string; open: boolean } | undefined;

  constructor(host: Host) {
    this.#host = host;
  }

  /** The hash of `plan` when it is known; starts reading it otherwise (the panel updates then). */
  #hash(plan: TreatmentPlan): string | undefined {
    const known = this.#hashes.get(plan);
    if (known === undefined && !this.#hashes.has(plan)) {
      this.#hashes.set(plan, '');
      void planHash(plan).then((h) => {
        this.#hashes.set(plan, h);
        this.#host.requestUpdate();
      });
    }
    return known || undefined;
  }

  /**
   * The client's agreement with the content on screen: the agreement, `'none'`, or `'unknown'`
   * while the content's hash is read. Hashing runs only when it can change the answer: never
   * while nobody has agreed (typing in a new draft), not when the signed version is the content
   * on screen (its hash is stored).
   */
  #agreement(plan: TreatmentPlan, signedHash: string | undefined): PlanAgreement | 'none' | 'unknown' {
    if (!plan.agreements.length) return 'none';
    const hash = signedHash ?? this.#hash(plan);
    if (!hash) return 'unknown';
    return agreementWith(plan, hash) ?? 'none';
  }

  render(ctx: PlanContextValue, date: (iso: string) => string, headingLevel: number): TemplateResult | typeof nothing {
    const { plan, mode } = ctx;
    if (plan.status === 'completed' || plan.status === 'discontinued') return nothing;
    const state = signingState(plan);
    const signedNow = !!state.signed && !state.changedSinceSigned;
    const agreed = this.#agreement(plan, signedNow ? state.signed?.hash : undefined);
    const agreement = typeof agreed === 'object' ? agreed : undefined;
    const client = mode === 'client';
    const open = this.#isOpen(plan, openByDefault({ client, agreed: agreed === 'unknown' ? undefined : !!agreement, signedNow, signer: !!ctx.signer }));
    const today = toDay(new Date().toISOString());
    const title = client ? msg('Your agreement') : msg('Agreement and signature');
    const signed = state.signed && { version: state.signed.version, by: state.signatures.filter(signsPlan).map(signerWords) };
    const toggle = toggleButton({
      key: 'sign',
      open,
      controls: 'sign-panel-body',
      label: title,
      state: withRiskState(plan, client, signStateWords({ ...(signed ? { signed } : {}), changed: state.changedSinceSigned, agreed }, client)),
      onToggle: () => this.#toggle(plan, open),
      part: 'sign-toggle',
      statePart: 'sign-state',
    });
    return html`<section class="sign-panel" part="sign-panel" role="group" aria-label=${title}>
      ${heading(headingLevel, toggle)}
      <p role="status" class="announce">${this.#announced}</p>
      ${open
        ? // Once someone works in the panel it stays open for them (a default that changes meanwhile, e.g. their
          // agreement recorded, does not close it under their hands).
          html`<div class="sign-body" id="sign-panel-body" @focusin=${() => this.#keepOpen(plan)}>
            ${agreement
              ? html`<p class="agreed after-agree" tabindex="-1">${agreementWords(agreement, date, client)}</p>`
              : client
                ? this.#clientForm(ctx, today, date)
                : html`<p>${msg('The client has not agreed with this version of the plan yet.')}</p>
                    ${this.#verbalForm(ctx, today)}`}
            ${client ? nothing : this.#signForm(ctx, signedNow, !!agreement)}
          </div>`
        : nothing}
    </section>`;
  }

  /** Open as the user last chose for this plan, else as `byDefault` says. */
  #isOpen(plan: TreatmentPlan, byDefault: boolean): boolean {
    return this.#chosen?.planId === plan.id ? this.#chosen.open : byDefault;
  }

  #keepOpen(plan: TreatmentPlan): void {
    this.#chosen = { planId: plan.id, open: true };
  }

  #toggle(plan: TreatmentPlan, open: boolean): void {
    this.#chosen = { planId: plan.id, open: !open };
    // What was said last belongs to the panel as it was: it goes, the state line says where things stand.
    this.#announced = '';
    this.#host.requestUpdate();
  }

  #clientForm(ctx: PlanContextValue, today: string, date: (iso: string) => string): TemplateResult {
    const id = (k: string) => `agree-${k}`;
    const error = this.#error?.where === 'agree' ? this.#error.message : undefined;
    return html`<form class="agree-form" @submit=${(e: Event) => this.#submitClient(e, ctx)} novalidate>
      <label class="check"
        ><input type="checkbox" .checked=${live(this.#ticked)} @change=${(e: Event) => (this.#ticked = (e.target as HTMLInputElement).checked)} />
        ${msg('I agree with this plan')}</label
      >
      ${labelledField(
        id('name'),
        msg('Type your full name'),
        html`<input id=${id('name')} autocomplete="name" .value=${live(this.#name ?? '')} @input=${(e: Event) => (this.#name = (e.target as HTMLInputElement).value)}
          aria-describedby=${error ? id('error') : id('date')} />`,
      )}
      <p id=${id('date')}>${msg(str`Date: ${date(today)}`)}</p>
      ${errorMessage(error, id('error'))}
      <button class="primary" type="submit" ?disabled=${this.#busy}>${msg('Agree')}</button>
    </form>`;
  }

  #verbalForm(ctx: PlanContextValue, today: string): TemplateResult {
    const id = (k: string) => `verbal-${k}`;
    const error = this.#error?.where === 'agree' ? this.#error.message : undefined;
    const who = this.#name ?? ctx.plan.client?.displayName ?? '';
    return html`<form class="agree-form" @submit=${(e: Event) => this.#submitVerbal(e, ctx, today)} novalidate>
      ${labelledField(
        id('name'),
        msg('Client who agreed aloud'),
        html`<input id=${id('name')} .value=${live(who)} @input=${(e: Event) => (this.#name = (e.target as HTMLInputElement).value)}
          aria-describedby=${error ? id('error') : nothing} />`,
      )}
      ${labelledField(
        id('date'),
        msg('Day of the agreement'),
        html`<input id=${id('date')} type="date" max=${today} .value=${live(this.#date ?? today)} @input=${(e: Event) => (this.#date = (e.target as HTMLInputElement).value)} />`,
      )}
      ${errorMessage(error, id('error'))}
      <button type="submit" ?disabled=${this.#busy}>${msg('Record verbal agreement')}</button>
    </form>`;
  }

  #signForm(ctx: PlanContextValue, signedNow: boolean, agreed: boolean): TemplateResult {
    const error = this.#error?.where === 'sign' ? this.#error.message : undefined;
    const signer = ctx.signer;
    if (!signer) return html`<p class="hint">${msg('Signing needs the signed-in clinician: the page gives it to the plan (provider.signer).')}</p>`;
    if (signedNow && agreed) return html`<p class="after-sign" tabindex="-1">${msg('This version is signed.')}</p>`;
    const described = [error ? 'sign-error' : agreed ? '' : 'sign-hint', hasRiskNotice(ctx.plan) ? RISK_NOTICE_ID : ''].filter(Boolean).join(' ');
    return html`<div class="sign-form">
      ${riskNotice(ctx.plan)}
      ${agreed ? nothing : html`<p id="sign-hint" class="hint">${msg('Record the client’s agreement first, then sign.')}</p>`}
      ${errorMessage(error, 'sign-error')}
      <button class="primary" type="button" ?disabled=${this.#busy} aria-describedby=${described || nothing}
        @click=${() => void this.#sign(ctx)}>${msg(str`Sign as ${signerWords(signer)}`)}</button>
    </div>`;
  }

  async #submitClient(e: Event, ctx: PlanContextValue): Promise<void> {
    e.preventDefault();
    if (!this.#ticked) {
      this.#fail('agree', msg('Tick “I agree with this plan” first.'));
      return;
    }
    if (!this.#name?.trim()) {
      this.#fail('agree', msg('Type your name to agree.'));
      return;
    }
    await this.#run('agree', agreeWithPlan(ctx.store, { how: 'client', name: this.#name }), msg('Your agreement is recorded.'));
  }

  async #submitVerbal(e: Event, ctx: PlanContextValue, today: string): Promise<void> {
    e.preventDefault();
    const name = this.#name ?? ctx.plan.client?.displayName ?? '';
    if (!name.trim()) {
      this.#fail('agree', msg('Type the name of the client who agreed.'));
      return;
    }
    const input = { how: 'verbal' as const, name, date: this.#date || today };
    await this.#run('agree', agreeWithPlan(ctx.store, input, ctx.signer), msg('The client’s agreement is recorded.'));
  }

  async #sign(ctx: PlanContextValue): Promise<void> {
    const result = signPlan(ctx.store, ctx.signer);
    await this.#run('sign', result, msg('Signed. This version of the plan is in force.'), (plan) =>
      msg(str`Signed. Version ${plan.version} of the plan is in force.`),
    );
  }

  async #run(where: 'agree' | 'sign', pending: Promise<Result<TreatmentPlan>>, done: string, words?: (plan: TreatmentPlan) => string): Promise<void> {
    this.#busy = true;
    this.#error = undefined;
    this.#host.requestUpdate();
    const r = await pending;
    this.#busy = false;
    if (!r.ok) {
      this.#fail(where, errorText(r.error));
      return;
    }
    this.#keepOpen(r.value);
    this.#ticked = false;
    this.#name = undefined;
    this.#date = undefined;
    // The agreed content's hash is known: the new snapshot shows its agreement without hashing again.
    const agreed = r.value.agreements.at(-1);
    if (where === 'agree' && agreed) this.#hashes.set(r.value, agreed.hash);
    this.#announced = words ? words(r.value) : done;
    this.#host.requestUpdate();
    // The form that had focus is gone: focus goes to what it became (the agreement, or "signed").
    await this.#host.updateComplete;
    this.#host.shadowRoot?.querySelector<HTMLElement>(`.sign-panel .after-${where}`)?.focus();
  }

  #fail(where: 'agree' | 'sign', message: string): void {
    this.#error = { where, message };
    this.#host.requestUpdate();
  }
}

const errorText = (e: PlanError) => planErrorWords(e);

/**
 * Whether the panel opens by itself: only when there is something to do in it now. The client
 * (client mode) has not agreed with the plan on screen yet; or, for the clinician, the client has
 * agreed and the signature the page's `signer` can give is all that is missing. Otherwise (a draft
 * still being written, a signed plan, a plan changed since it was signed and not agreed again) it
 * stays closed: its state line and the signatures above say where things stand. While an
 * agreement's hash is still being read (`agreed` undefined), closed.
 */
export function openByDefault(s: { client: boolean; agreed: boolean | undefined; signedNow: boolean; signer: boolean }): boolean {
  if (s.agreed === undefined) return false;
  return s.client ? !s.agreed : s.agreed && !s.signedNow && s.signer;
}

/** "Agreed by Maya K. on 10 Mar 2026", or for a verbal agreement who recorded it. */
function agreementWords(a: PlanAgreement, date: (iso: string) => string, client: boolean): string {
  if (client) return msg(str`You agreed with this plan on ${date(a.date)}.`);
  if (a.how === 'verbal') {
    return a.recordedBy
      ? msg(str`${a.name} agreed aloud on ${date(a.date)} (recorded by ${a.recordedBy}).`)
      : msg(str`${a.name} agreed aloud on ${date(a.date)}.`);
  }
  return msg(str`${a.name} agreed with this plan on ${date(a.date)} (typed name).`);
}
