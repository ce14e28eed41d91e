// The plan at a glance, above the steps: status, next review, open risk flags and whether the
// current version is signed, read from the plan on every change (and worded again on a language switch).
// The client's view says "Safety" and where to get help instead of the clinician's count of open flags.
import { openRiskFlags, type PlanMode, type TreatmentPlan } from '../src/index.js';
import { say } from './words.js';
import type { DemoWords } from './words.js';

const set = (id: string, text: (w: DemoWords) => string, warn = false) => {
  const dd = document.getElementById(id)!;
  say(dd, text);
  dd.classList.toggle('warn', warn);
};

export function showGlance(plan: TreatmentPlan | undefined, mode: PlanMode, today = new Date().toISOString().slice(0, 10)): void {
  if (!plan) return;
  const version = plan.version;
  set('glance-status', (w) => `${w.status[plan.status]}${version ? ` · ${w.version(version)}` : ''}`);
  const due = plan.review.nextDue;
  set('glance-review', (w) => (due ? `${due}${due < today ? ` ${w.overdue}` : due === today ? ` ${w.today}` : ''}` : w.notScheduled), !!due && due <= today);
  const open = openRiskFlags(plan).length;
  const client = mode === 'client';
  say(document.getElementById('glance-risk-label')!, (w) => (client ? w.glanceSafety : w.glanceRisk));
  set('glance-risk', (w) => (client ? (open ? w.safetyTalkToday : w.safetyAnyHour) : open ? w.riskOpen(open) : w.riskNone), open > 0);
  const signed = plan.signatures.filter((s) => s.version === plan.version);
  const earlier = plan.signatures.at(-1);
  set(
    'glance-signed',
    (w) =>
      signed.length
        ? signed.map((s) => `${s.name} (${w.role[s.role] ?? s.role}), ${s.signedAt.slice(0, 10)}`).join('; ')
        : earlier
          ? w.signedSince(earlier.version)
          : w.notSigned,
    !signed.length,
  );
}
