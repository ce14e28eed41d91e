import { msg, str } from '@lit/localize';
import type { PlanError } from '../model/errors.js';
import { formatNumber } from './localization.js';

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
  return error.message;
}
