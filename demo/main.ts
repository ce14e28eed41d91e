import '../src/define.js';
import type { PlanProvider, TreatmentPlan } from '../src/index.js';
import { clearDrafts, instrumentRegistry, openRiskFlags } from '../src/index.js';
import { EXAMPLES, examplePlan, type ExampleKind } from './examples.js';
import type { PlanAlert } from '../src/clinical/progress/alerts.js';
import { wordedAlert } from '../src/elements/plan-provider/clinical-events.js';
import { onLocaleStatus } from '../src/i18n/localization.js';
import { riskWords } from '../src/i18n/safety-words.js';
import { showGlance } from './glance.js';
import { setUpSteps } from './steps.js';
import { demoLocale, say, showDemoWords, words, type DemoLocale, type DemoWords } from './words.js';

// The package's `sideEffects` list would drop a bare import of this module from the build.
setUpSteps();

const provider = document.querySelector<PlanProvider>('#provider')!;
const status = document.querySelector<HTMLElement>('#save-status')!;
const alerts = document.querySelector<HTMLElement>('#alerts')!;
const PLAN_ID = provider.planId;
// The portal's signed-in clinician: the kit records this name when they sign (it never authenticates).
provider.signer = { name: 'Dr. Ines Calder', credentials: 'PsyD', role: 'clinician' };

// The page's language: its own words (demo/words.ts) and the widgets' (the provider's `locale`),
// kept in the address (?lang=es) so a reload or a link opens the page in it.
const localePicker = document.querySelector<HTMLSelectElement>('#locale')!;
function useLanguage(locale: DemoLocale): void {
  localePicker.value = locale;
  // The widgets' language is page-wide: the provider's `locale` switches every widget (Spanish loads on demand).
  provider.locale = locale;
  showDemoWords(locale);
  if (provider.plan) showGlance(provider.plan, provider.mode);
  const url = new URL(location.href);
  if (locale === 'en') url.searchParams.delete('lang');
  else url.searchParams.set('lang', locale);
  history.replaceState(null, '', url);
}

function setStatus(text: (w: DemoWords) => string, error = false): void {
  say(status, text);
  status.classList.toggle('error', error);
}

useLanguage(demoLocale(new URLSearchParams(location.search).get('lang')));
setStatus((w) => w.opening);
// The widgets' words for the new language arrive a moment later (loaded on demand): the messages
// that carry them (plan alerts) are worded again then.
onLocaleStatus(() => showDemoWords(demoLocale(localePicker.value)));

/** A line in the page's alert area, worded again when the language changes. */
function addAlert(text: (w: DemoWords) => string): void {
  const p = document.createElement('p');
  say(p, text);
  alerts.append(p);
}

/** An example plan, newer than any draft on this page (`revision` as given, else one past the plan shown). */
async function example(kind: ExampleKind, revision?: number): Promise<TreatmentPlan> {
  const plan = await examplePlan(kind, PLAN_ID);
  return { ...plan, revision: revision ?? (provider.plan?.revision ?? 0) + 1 };
}

provider.addEventListener('plan-change', (e) => {
  setStatus((w) => (e.detail.origin === 'remote' ? w.merged : w.unsaved));
  showGlance(e.detail.plan, provider.mode);
  showRiskFlags(e.detail.plan);
});
provider.addEventListener('draft-saved', (e) => setStatus((w) => w.savedAt(e.detail.savedAt)));
provider.addEventListener('draft-restored', (e) => setStatus((w) => w.restored(e.detail.savedAt)));
provider.addEventListener('draft-error', (e) =>
  setStatus((w) => (e.detail.code === 'export-withheld' ? w.exportWithheld(e.detail.message) : w.notSaved(e.detail.message, e.detail.code)), true),
);
// Edits of different parts in two tabs merge by themselves; only a field changed differently in
// both is a conflict. The provider shows both versions above the plan until someone chooses, so
// the page only says where to look (it never picks a side for the user).
provider.addEventListener('draft-conflict', (e) =>
  setStatus((w) => (e.detail.source === 'tab' ? w.tabConflict : w.deviceNewer), true),
);
provider.addEventListener('draft-cleared', (e) => {
  if (e.detail.source === 'elsewhere') setStatus((w) => w.signedOut, true);
});
// The risk banner follows the plan's open risk flags (read from its timeline on load and on every
// change: saved, acknowledged, withdrawn), not the last `risk-flag` event, so it never goes stale.
// It is not a live region: the assessment form's alert is the one announcement of a new flag.
// (A portal that must page someone listens to `risk-flag`, which fires once per new flag.)
const riskBanner = document.querySelector<HTMLElement>('#risk-banner')!;
function showRiskFlags(plan: TreatmentPlan | undefined): void {
  riskBanner.replaceChildren(
    ...(plan ? openRiskFlags(plan) : []).map((f) => {
      const def = instrumentRegistry.get(f.instrumentId);
      const question = (def?.items.findIndex((i) => i.id === f.itemId) ?? -1) + 1;
      const p = document.createElement('p');
      // Worded for whoever views the page now (a switch of view words it again): the client reads the
      // kit's words for the client (what to do, where to get help), the clinician the triage details.
      say(p, (w) =>
        provider.mode === 'client' ? w.safetyNow(riskWords('client', f.instrumentId, f.itemId, f.message)) : w.riskFlag(f, def?.shortTitle ?? f.instrumentId, question),
      );
      return p;
    }),
  );
}
// The alert's message is in the page's language when it fires; after a switch it is worded again
// from its code and parameters (the kit's wording, as a portal could word them itself).
provider.addEventListener('plan-alert', (e) => {
  const alert = e.detail as PlanAlert;
  addAlert((w) => w.planAlert(provider.plan ? wordedAlert(provider.plan, alert).message : alert.message));
});
// The portal keeps its own audit record of agreements and signatures.
provider.addEventListener('plan-agreed', (e) => addAlert((w) => w.agreed(e.detail)));
provider.addEventListener('plan-signed', (e) => addAlert((w) => w.signed(e.detail)));
provider.addEventListener('review-due', (e) =>
  addAlert((w) => (e.detail.overdue ? w.reviewOverdue(e.detail.daysOverdue, e.detail.dueDate) : w.reviewToday(e.detail.dueDate))),
);

document.querySelector('#theme')!.addEventListener('change', (e) => {
  document.documentElement.dataset.tpkTheme = (e.target as HTMLSelectElement).value;
});
document.querySelector('#mode')!.addEventListener('change', (e) => {
  provider.mode = (e.target as HTMLSelectElement).value as 'clinician' | 'client';
  // The page's own messages (the risk banner, the glance bar) follow the view too.
  showDemoWords(demoLocale(localePicker.value));
  if (provider.plan) showGlance(provider.plan, provider.mode);
});
localePicker.addEventListener('change', () => useLanguage(demoLocale(localePicker.value)));
document.querySelector('#load-example')!.addEventListener('click', async () => {
  const chosen = document.querySelector<HTMLSelectElement>('#example')!.value;
  const kind = EXAMPLES.find((k) => k === chosen) ?? 'full';
  // The plan shown now is replaced, so nothing typed is lost without the person saying so.
  if (!confirm(words().confirmLoadExample)) return;
  alerts.replaceChildren();
  provider.plan = await example(kind);
});
document.querySelector('#reset')!.addEventListener('click', async () => {
  if (!confirm(words().confirmReset)) return;
  await provider.clearDraft();
  alerts.replaceChildren();
  provider.plan = await example('full', 0);
  setStatus((w) => w.resetDone);
});
document.querySelector('#sign-out')!.addEventListener('click', async () => {
  if (!confirm(words().confirmSignOut)) return;
  // Every tab showing a plan of this scope (this one too) hears it and shows draft-cleared.
  await clearDrafts(provider.scope);
  alerts.replaceChildren();
});
document.querySelector('#export-fhir')!.addEventListener('click', async () => {
  // 42 CFR Part 2: protected records leave only when the person exporting says the disclosure is permitted.
  const part2 = provider.plan?.substanceUseCare?.part2;
  const includeProtected = !!part2 && confirm(words().confirmPart2);
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
void provider.ready.then(async () => {
  showGlance(provider.plan, provider.mode);
  showRiskFlags(provider.plan);
  if (provider.plan && provider.plan.revision === 0) provider.plan = await example('full', 1);
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
provider.addEventListener('synced', (e) => say(syncStatus, (w) => w.synced(e.detail.direction === 'push', String(e.detail.serverVersion), !!e.detail.keptCopy)));
provider.addEventListener('sync-conflict', () => say(syncStatus, (w) => w.syncConflict));
provider.addEventListener('sync-error', (e) => say(syncStatus, (w) => w.syncError(e.detail.message, e.detail.code)));
document.querySelector('#sync-push')!.addEventListener('click', () => {
  if (useRemote()) void provider.push();
});
document.querySelector('#sync-pull')!.addEventListener('click', () => {
  if (useRemote()) void provider.pull();
});
