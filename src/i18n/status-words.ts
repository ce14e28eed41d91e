import { msg } from '@lit/localize';
import type { Goal, PlanStatus } from '../model/plan.js';

/** Plan status in words, for every widget that shows it. */
export function planStatusWords(status: PlanStatus): string {
  switch (status) {
    case 'draft':
      return msg('Draft');
    case 'active':
      return msg('Active');
    case 'under-review':
      return msg('Under review');
    case 'completed':
      return msg('Completed');
    case 'discontinued':
      return msg('Discontinued');
  }
}

/** Goal or objective status in words (clinician wording). */
export function goalStatusWords(status: Goal['status']): string {
  switch (status) {
    case 'proposed':
      return msg('Proposed');
    case 'active':
      return msg('Active');
    case 'achieved':
      return msg('Achieved');
    case 'on-hold':
      return msg('On hold');
    case 'discontinued':
      return msg('Discontinued');
  }
}
