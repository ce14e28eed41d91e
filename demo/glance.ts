// The plan at a glance, above the steps: status, next review, open risk flags and whether the
// current version is signed, read from the plan on every change.
import type { TreatmentPlan } from '../src/index.js';

const set = (id: string, text: string, warn = false) => {
  const dd = document.getElementById(id)!;
  dd.textContent = text;
  dd.classList.toggle('warn', warn);
};

const STATUS: Record<TreatmentPlan['status'], string> = {
  draft: 'Draft',
  active: 'Active',
  'under-review': 'Under review',
  completed: 'Completed',
  discontinued: 'Discontinued',
};

export function showGlance(plan: TreatmentPlan | undefined, today = new Date().toISOString().slice(0, 10)): void {
  if (!plan) return;
  set('glance-status', `${STATUS[plan.status]}${plan.version ? ` · version ${plan.version}` : ''}`);
  const due = plan.review.nextDue;
  set('glance-review', due ? `${due}${due < today ? ' (overdue)' : due === today ? ' (today)' : ''}` : 'Not scheduled', !!due && due <= today);
  const open = plan.timeline.filter((e) => e.kind === 'risk-flag' && !e.acknowledgedAt && !e.withdrawnAt).length;
  set('glance-risk', open ? `${open} open — see the assessment` : 'None open', open > 0);
  const signed = plan.signatures.filter((s) => s.version === plan.version);
  const earlier = plan.signatures.at(-1);
  set(
    'glance-signed',
    signed.length
      ? signed.map((s) => `${s.name} (${s.role}), ${s.signedAt.slice(0, 10)}`).join('; ')
      : earlier
        ? `Version ${earlier.version} signed; changed since`
        : 'Not signed',
    !signed.length,
  );
}
