// `npm run size`: the size budgets CI holds (minified + gzip, measured on the shipped dist/).
// `npm run size -- --why` also lists the modules that weigh most in each page and element.
import { PAGES, heaviest, kb, measureSizes } from './sizes.mjs';

// The targets (issue 16): a page asking the PHQ-9 (provider + assessment-form) 45 KB, the whole kit
// 90 KB, each element alone 40 KB. Until a target is reached its budget is a ratchet at today's size
// (plus under 1.5 KB of headroom), so nothing grows unnoticed: lower it with every reduction.
// History: issues 11 and 12 together added about 14 KB up front (first-line catalog entries and cited
// sources, ASQ, NIDA screen, safety plan; wipe, set-aside records, three-way merge, draft sessions
// with pending records and a journal, the conflict notice). Issue 15 moved the FHIR mapping, with
// the instrument definitions it rescores imports with, and the sync client out of the first load
// (printed apart as "loaded on demand"). Issues 13 and 17 (+0.8 KB whole kit): typed per-kind item
// commands and lint fixes; Vue v-model, form reset, prop-order-proof host plans.
const TARGETS = { page: 45 * 1024, whole: 90 * 1024, element: 40 * 1024 };
// Issue 16 (-2.0 KB whole kit and provider, -24 KB progress-timeline): the conflict notice and the
// FHIR sync load on demand; progress-timeline previews a review through the store instead of
// carrying the reducer and every command in its own entry. Issue 14 (+1.9 KB provider and whole
// kit): the page-wide locale (registration, the provider's locale notices, lazy loading); the
// Spanish words themselves load on demand only.
// Session 4 merges (+11 KB whole kit): codes-not-sentences words for changes, suggestions and
// refusals (issue 14), collapsible parts and their words (issue 18 §3), signing with its panel,
// hash and notices (issue 18 §1), skip links, chart frame and surface (issue 17). The timeline grew
// back from 27 KB because worded changes name approaches from the built-in catalog; branch
// s4-content-merge (content per locale, on demand) takes about 11 KB off again once it is green.
// Session 5, content per locale landed (issues 14/16): the approach catalog, goal library and each
// instrument's words load with the widget that shows them, per locale: whole kit 139.7 → 128.3 KB,
// summary 48.0 → 38.1, picker 49.3 → 41.5, timeline 40.1 → 31.0, goal-editor 44.7 → 43.6; the
// PHQ-9 page (83.3) and the form (47.1) barely move: the PHQ-9's own words were never large; the
// provider's commands, rules and zod are (the next lever).
// Session 5, commands load with the widget that sends them (branch s5-zod, src/plan/registry.ts):
// every page is smaller (PHQ-9 page 83.3 → 79.3, summary page 74.2 → 67.1, goals 83.2 → 78.4,
// approaches 82.9 → 76.6, progress 79.9 → 77.0), the provider alone 61.0 → 54.1, the whole kit
// +0.3 (the registry and the on-demand chunk). An element measured alone now carries the commands
// it sends and what they need (zod, the plan schema, shared with the provider on any real page):
// assessment-form 47.1 → 53.8, goal-editor 43.6 → 48.6, picker 41.5 → 47.1, timeline 31.0 → 52.3.
// (zod was already `zod/mini` everywhere: nothing of zod classic ships.)
// Session 5, the summary's sign panel folds (issue 18 §3: +0.9 KB summary alone, +0.5 KB whole kit):
// the shared disclosure button and its styles, which the summary did not carry before, the sign
// state line and its words.
// Session 5, substance-use care (issue 18 §2, schema 5): the plan schema every page validates with
// gains the ratings, level of care, referrals and supports (+1–2 KB on each page and the whole kit);
// the parts that show them and their commands load only when a page opts in (`substance-use-care`).
// Session 5, scoring words by code (issue 14: band names, screen results and critical-item words in
// the page's language, +0.4–1.4 KB on each page) and the Spanish start-up gate.
// The form's commands moved to a side-effect module (elements/assessment-form/commands.js, listed in
// package.json's sideEffects): without that entry a bundler dropped them, and this measure with them
// (80.6 KB was that wrong figure; the hosts' e2e caught the missing commands).
// Session 6 (issue 16): the form's intake questions load only when it shows a section
// (assessment-form/intake-part.js) and the provider's opening checks (review due, plan alerts, with
// the progress rules they need) once a plan has opened (plan-provider/opening-events.js): PHQ-9 page
// 82.5 → 74.8, summary 70.8 → 67.3, goals 80.9 → 77.3, approaches 79.5 → 75.9, provider alone
// 55.7 → 52.3, the form alone 58.5 → 52.7.
// Session 6, a positive critical item in the reader's words (the client's crisis words in the
// summary, the timeline and the read-only form, which now also shows answers not saved yet):
// +0.1 KB whole kit (over its ratchet by 32 bytes), +0.4 KB summary and progress pages.
// Session 6, after the new-user review: a critical answer noted below its question, open risk flags
// in the sign panel, approach names that wait for the catalog, the client's safety words in the
// timeline, and reflow at 320 px with 200 % text (shared styles): +1 KB whole kit, +0.3–0.7 KB pages.
const WHOLE = 131.5 * 1024;
const PAGE = {
  'PHQ-9 intake page': 75.5 * 1024,
  'summary page': 68.5 * 1024,
  'goals page': 78 * 1024,
  'approaches page': 76.5 * 1024,
  'progress page': 80.5 * 1024,
};
/** The issue names a target for the PHQ-9 page only; the other pages hold their ratchets. */
const PAGE_TARGET = { 'PHQ-9 intake page': TARGETS.page };
const ALONE = {
  'plan-provider': 53 * 1024,
  'plan-summary': 42.5 * 1024,
  'assessment-form': 53.5 * 1024,
  'goal-editor': 51.5 * 1024,
  'modality-picker': 51 * 1024,
  'progress-timeline': 56 * 1024,
};

const why = process.argv.includes('--why');
const { whole, pages, elements } = await measureSizes({ prebuilt: process.argv.includes('--prebuilt') });
const over = [];
const report = (name, s, budget, target) => {
  const goal = budget > target ? `budget ${kb(budget)}, target ${kb(target)}` : `budget ${kb(budget)}`;
  console.log(`size: ${name} ${kb(s.gzip)} gzip up front (${goal}), ${kb(s.lazy.gzip)} loaded on demand`);
  if (why) for (const [module, bytes] of heaviest(s.modules)) console.log(`        ${kb(bytes).padStart(8)} minified  ${module}`);
  if (s.gzip > budget) over.push(name);
};
for (const [name, s] of Object.entries(pages)) report(`${name} (${PAGES[name].map((t) => `<${t}>`).join(' + ')})`, s, PAGE[name], PAGE_TARGET[name] ?? PAGE[name]);
for (const [tag, s] of Object.entries(elements)) report(`<${tag}> alone`, s, ALONE[tag], TARGETS.element);
report('whole kit', whole, WHOLE, TARGETS.whole);
// Translations are separate chunks, downloaded only by a page in that language.
for (const [code, s] of Object.entries(whole.locales)) {
  console.log(`size: locale ${code} ${kb(s.gzip)} gzip, ${s.upFront ? 'LOADED UP FRONT' : 'loaded on demand (only by a page in that locale)'}`);
  if (s.upFront) over.push(`locale ${code} loaded up front`);
}
if (!whole.locales.es) over.push('no separate es chunk');
if (over.length) {
  console.error(`size: over budget: ${over.join(', ')}`);
  process.exit(1);
}
