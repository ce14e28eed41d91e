import { msg, str } from '@lit/localize';
import type { PlanError } from '../model/errors.js';
import type { RuleViolation } from '../plan/rules.js';
import { formatNumber } from './localization.js';
import { ruleWords } from './rule-words.js';

/** Refusals of agreeing and signing, worded from their rule code (`params.rule`). */
const SIGNING_RULES: readonly string[] = ['plan-not-agreed', 'plan-not-signed', 'plan-changed-while-signing', 'already-signed', 'plan-closed', 'name-required'];

/**
 * A refused edit in words for the person who made it. Codes that carry `params` are worded here
 * (in the page's locale); any other error keeps its own message.
 */
export function planErrorWords(error: PlanError): string {
  const p = error.params ?? {};
  if (error.code === 'text-too-long' && typeof p.length === 'number' && typeof p.maximum === 'number') {
    const count = (n: number) => formatNumber(n);
    return msg(
      str`This text is ${count(p.length)} characters long; at most ${count(p.maximum)} can be saved. Shorten it: it is still in the field and was not saved.`,
    );
  }
  if (typeof p.rule === 'string' && SIGNING_RULES.includes(p.rule)) {
    // Rebuilt from the flat params `refused` keeps (the signing rules carry only numbers and a status).
    const { rule: code, ...params } = p;
    return ruleWords({ code, params } as RuleViolation);
  }
  return error.message;
}
