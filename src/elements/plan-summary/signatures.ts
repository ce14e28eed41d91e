import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { TreatmentPlan } from '../../model/plan.js';
import { signingState } from '../../model/signing.js';
import { hashShown, signerWords } from '../../i18n/signing-words.js';
import { signerRoleWords } from '../../i18n/plan-words.js';

const bdi = (text: string) => html`<bdi>${text}</bdi>`;

/** The header's line on signing: which version is signed (with its hash prefix), or that none is. */
export function signedFact(plan: TreatmentPlan): TemplateResult | string {
  const { signed } = signingState(plan);
  if (!signed) return msg('Not signed yet');
  return signed.hash
    ? html`${msg(str`Version ${signed.version} signed`)} · <span class="hash">${hashShown(signed.hash)}</span>`
    : msg(str`Version ${signed.version} signed`);
}

/**
 * Every signature and agreement, oldest first, as printed: who (name, credentials, role), when,
 * which version and the first characters of its content hash. Honest about the present: the
 * line above the list says whether the plan on screen is the signed one.
 */
export function signatureList(plan: TreatmentPlan, date: (iso: string) => string): TemplateResult {
  const state = signingState(plan);
  const now = !state.signed
    ? msg('Nobody has signed this plan yet. It becomes active once the client agrees with it and a clinician signs it.')
    : state.changedSinceSigned
      ? msg(str`The plan shown here has changed since version ${state.signed.version} was signed; it needs signing again.`)
      : msg(str`The plan shown here is version ${state.signed.version}, as signed.`);
  return html`<p class="signing-now">${now}</p>
    ${plan.signatures.length
      ? html`<ul class="signatures">
          ${plan.signatures.map(
            (s) => html`<li>
              ${bdi(signerWords(s))} (${signerRoleWords(s.role)}) — ${date(s.signedAt)}, ${msg(str`version ${s.version}`)}${s.hash
                ? html`, <span class="hash">${hashShown(s.hash)}</span>`
                : nothing}
            </li>`,
          )}
        </ul>`
      : nothing}
    ${plan.agreements.length
      ? html`<ul class="agreements">
          ${plan.agreements.map(
            (a) => html`<li>
              ${a.how === 'verbal'
                ? a.recordedBy
                  ? msg(str`${a.name} agreed aloud on ${date(a.date)}, recorded by ${a.recordedBy}`)
                  : msg(str`${a.name} agreed aloud on ${date(a.date)}`)
                : msg(str`${a.name} agreed (typed name) on ${date(a.date)}`)}, <span class="hash">${hashShown(a.hash)}</span>
            </li>`,
          )}
        </ul>`
      : nothing}`;
}
