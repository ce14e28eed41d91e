import { msg, str } from '@lit/localize';
import type { RuleViolation } from '../plan/rules.js';
import { goalStatusWords, planStatusWords } from './status-words.js';

/** A plan rule's refusal in the page's language (the rules in `src/plan/rules.ts` return codes). */
export function ruleWords(v: RuleViolation): string {
  switch (v.code) {
    case 'status-needs-reason':
      return msg('Give the reason first, then choose this status.');
    case 'objective-not-measurable':
      return msg('This objective cannot be made active until it is measurable: complete the checklist below.');
    case 'plan-transition-not-allowed': {
      const from = planStatusWords(v.params.from);
      const to = planStatusWords(v.params.to);
      return msg(str`A plan that is ${from} cannot become ${to}.`);
    }
    case 'approach-needs-objective':
      return msg('Link at least one objective before this approach can become active.');
    case 'unknown-objective':
      return msg('That objective is no longer in the plan.');
    case 'duplicate-technique':
      return msg('A technique is listed twice.');
    case 'plan-not-agreed':
      return msg('The client has not agreed with this version of the plan yet: record their agreement first.');
    case 'plan-not-signed':
      return msg('The plan becomes active once the client has agreed with it and a clinician has signed it.');
    case 'plan-changed-while-signing':
      return msg('The plan changed while it was being agreed or signed. Look at it again, then repeat.');
    case 'already-signed':
      return msg(str`You have already signed version ${v.params.version}.`);
    case 'plan-closed':
      return msg(str`A plan that is ${planStatusWords(v.params.status)} cannot be agreed or signed.`);
    case 'name-required':
      return msg('Type the name first.');
  }
}

/** Why a status cannot be chosen in a review, said next to the choice. */
export function statusRefusalWords(v: RuleViolation): string {
  if (v.code === 'status-needs-reason') {
    const status = v.params.status;
    const words = status === 'on-hold' || status === 'discontinued' ? goalStatusWords(status) : status;
    return msg(str`${words} needs a reason: write it in the note.`);
  }
  if (v.code === 'objective-not-measurable') return msg('Active needs a measurable objective (see the goal editor’s checklist).');
  return ruleWords(v);
}
