import '../src/define.js';
import type { PlanProvider, TreatmentPlan } from '../src/index.js';
import { clearDrafts, createPlan } from '../src/index.js';
import { fullPlan } from '../stories/fixtures.js';
import { sudPlan } from '../stories/sud-fixtures.js';
import { sixMonthPlan } from '../test/fixtures/progress-plans.js';
import { showGlance } from './glance.js';
import { setUpSteps } from './steps.js';

// The package's `sideEffects` list would drop a bare import of this module from the build.
setUpSteps();

const provider = document.querySelector<PlanProvider>('#provider')!;
const status = document.querySelector<HTMLElement>('#save-status')!;
const alerts = document.querySelector<HTMLElement>('#alerts')!;
const PLAN_ID = provider.planId;
// The portal's signed-in clinician: the kit records this name when they sign (it never authenticates).
provider.signer = { name: 'Dr. Ines Calder', credentials: 'PsyD', role: 'clinician' };

function setStatus(text: string, error = false): void {
  status.textContent = text;
  status.classList.toggle('error', error);
}

function example(kind: string): TreatmentPlan {
  const client = { hostId: 'MRN-0048-2213', displayName: 'Maya Torres' };
  if (kind === 'empty') return { ...createPlan(PLAN_ID), client };
  const plan = kind === 'six' ? sixMonthPlan(PLAN_ID) : kind === 'sud' ? sudPlan(PLAN_ID, 'section') : fullPlan(PLAN_ID);
  // A loaded example is newer than any draft on this page.
  return { ...plan, client, revision: (provider.plan?.revision ?? 0) + 1 };
}

const time = (iso: string) => new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });

provider.addEventListener('plan-change', (e) => {
  setStatus(e.detail.origin === 'remote' ? 'Changes made in another tab were merged in.' : 'Unsaved changes…');
  showGlance(e.detail.plan);
});
provider.addEventListener('draft-saved', (e) => setStatus(`All changes saved in this browser at ${time(e.detail.savedAt)}`));
provider.addEventListener('draft-restored', (e) => setStatus(`Draft restored (saved ${time(e.detail.savedAt)})`));
provider.addEventListener('draft-error', (e) =>
  setStatus(e.detail.code === 'export-withheld' ? `Export: ${e.detail.message}` : `Not saved: ${e.detail.message} [${e.detail.code}]`, true),
);
// Edits of different parts in two tabs merge by themselves; only a field changed differently in
// both is a conflict. The provider shows both versions above the plan until someone chooses, so
// the page only says where to look (it never picks a side for the user).
provider.addEventListener('draft-conflict', (e) =>
  setStatus(
    e.detail.source === 'tab'
      ? 'The same field was changed in another tab: both versions are shown above the plan — choose one.'
      : 'The draft on this device is newer than the plan offered and was kept.',
    true,
  ),
);
provider.addEventListener('draft-cleared', (e) => {
  if (e.detail.source === 'elsewhere') setStatus('Signed out: the drafts of this plan were deleted in this browser (here or in another tab). This page now shows an empty plan.', true);
});
provider.addEventListener('risk-flag', (e) => {
  const p = document.createElement('p');
  const saved = e.detail.recorded ? 'saved' : 'answered, not saved yet';
  p.textContent = `Risk flag: ${e.detail.message} (${e.detail.instrumentId}, ${e.detail.itemId} = ${e.detail.value}; ${saved})`;
  alerts.append(p);
});
provider.addEventListener('plan-alert', (e) => {
  const p = document.createElement('p');
  p.textContent = `Plan alert: ${e.detail.message}`;
  alerts.append(p);
});
// The portal keeps its own audit record of agreements and signatures.
provider.addEventListener('plan-agreed', (e) => {
  const p = document.createElement('p');
  p.textContent = `Audit: ${e.detail.name} agreed (${e.detail.how}) on ${e.detail.date}; content SHA-256 ${e.detail.hash.slice(0, 12)}…`;
  alerts.append(p);
});
provider.addEventListener('plan-signed', (e) => {
  const p = document.createElement('p');
  p.textContent = `Audit: ${e.detail.signer.name} signed version ${e.detail.version}; content SHA-256 ${e.detail.hash.slice(0, 12)}…`;
  alerts.append(p);
});
provider.addEventListener('review-due', (e) => {
  const p = document.createElement('p');
  p.textContent = e.detail.overdue
    ? `Plan review overdue by ${e.detail.daysOverdue} days (due ${e.detail.dueDate}).`
    : `Plan review due today (${e.detail.dueDate}).`;
  alerts.append(p);
});

document.querySelector('#theme')!.addEventListener('change', (e) => {
  document.documentElement.dataset.tpkTheme = (e.target as HTMLSelectElement).value;
});
document.querySelector('#mode')!.addEventListener('change', (e) => {
  provider.mode = (e.target as HTMLSelectElement).value as 'clinician' | 'client';
});
// The widgets' language is page-wide: the provider's `locale` switches every widget (Spanish loads on demand).
document.querySelector('#locale')!.addEventListener('change', (e) => {
  provider.locale = (e.target as HTMLSelectElement).value;
  document.documentElement.lang = provider.locale;
});
document.querySelector('#load-example')!.addEventListener('click', () => {
  alerts.replaceChildren();
  provider.plan = example(document.querySelector<HTMLSelectElement>('#example')!.value);
});
document.querySelector('#reset')!.addEventListener('click', async () => {
  if (!confirm('Reset the demo? The saved draft in this browser is deleted.')) return;
  await provider.clearDraft();
  alerts.replaceChildren();
  provider.plan = { ...example('full'), revision: 0 };
  setStatus('Demo reset to the example plan.');
});
document.querySelector('#sign-out')!.addEventListener('click', async () => {
  if (!confirm('Sign out? Every draft of this clinic in this browser is deleted, set-aside copies included, and other open tabs drop theirs.')) return;
  // Every tab showing a plan of this scope (this one too) hears it and shows draft-cleared.
  await clearDrafts(provider.scope);
  alerts.replaceChildren();
});
document.querySelector('#export-fhir')!.addEventListener('click', async () => {
  // 42 CFR Part 2: protected records leave only when the person exporting says the disclosure is permitted.
  const part2 = provider.plan?.substanceUseCare?.part2;
  const includeProtected =
    !!part2 && confirm('This plan has records protected by 42 CFR Part 2. Include them (labelled) because the client consented or another Part 2 exception applies? Cancel exports without them.');
  const bundle = await provider.exportFhir({ embedPlan: false, includeProtected });
  if (!bundle) return;
  const url = URL.createObjectURL(new Blob([JSON.stringify(bundle, null, 2)], { type: 'application/fhir+json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `${PLAN_ID}.fhir.json`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
});

// First visit: start from the example plan; later visits restore the draft instead.
void provider.ready.then(() => {
  showGlance(provider.plan);
  if (provider.plan && provider.plan.revision === 0) provider.plan = { ...example('full'), revision: 1 };
});

// Optional: sync with a FHIR server (`npm start` runs one locally). Nothing is sent until a button is pressed.
const syncStatus = document.querySelector<HTMLElement>('#sync-status')!;
const syncBase = document.querySelector<HTMLInputElement>('#sync-base')!;
const syncPatient = document.querySelector<HTMLInputElement>('#sync-patient')!;
function useRemote(): boolean {
  if (!syncBase.reportValidity() || !syncPatient.reportValidity()) return false;
  provider.remote = { baseUrl: syncBase.value, patient: syncPatient.value };
  return true;
}
provider.addEventListener('synced', (e) =>
  (syncStatus.textContent = `${e.detail.direction === 'push' ? 'Sent to' : 'Loaded from'} the server (version ${e.detail.serverVersion}).${e.detail.keptCopy ? ' Your unsynced version was kept aside: restore it from the set-aside copies.' : ''}`),
);
provider.addEventListener('sync-conflict', () => (syncStatus.textContent = 'Someone changed this plan on the server since you last pulled it. Nothing was overwritten. Pull to see theirs; yours is kept aside.'));
provider.addEventListener('sync-error', (e) => (syncStatus.textContent = `Not synced: ${e.detail.message} [${e.detail.code}] Your edits are kept in this browser.`));
document.querySelector('#sync-push')!.addEventListener('click', () => {
  if (useRemote()) void provider.push();
});
document.querySelector('#sync-pull')!.addEventListener('click', () => {
  if (useRemote()) void provider.pull();
});
