// `npm run size`: the size budgets CI holds (minified + gzip, measured on the shipped dist/).
import { kb, measureSizes } from './sizes.mjs';

// Issue 2 asks for 40 KB for the whole kit (aim 30). With the clinical content and the six
// widgets the issues ask for, the kit is far above that (see README, "Size"); these are ratchets
// at today's sizes (plus under 1.5 KB of headroom) so nothing grows unnoticed. Lower them with every reduction.
// Issues 11 and 12 together added about 14 KB up front (first-line catalog entries and cited
// sources, ASQ, NIDA screen, safety plan; wipe, set-aside records, three-way merge, draft sessions
// with pending records and a journal, the conflict notice). Issue 15 moved the FHIR mapping, with
// the instrument definitions it rescores imports with, and the sync client out of the first load
// (printed apart as "loaded on demand").
// Issues 13 and 17 (+0.8 KB whole kit): typed per-kind item commands and lint fixes; Vue v-model
// (assessment-form value setter, checked answers), form reset, prop-order-proof host plans.
// Issue 14 (+0.7 KB whole kit, +0.4 KB provider): the page-wide locale (registration, the
// provider's locale notices, lazy loading); the Spanish words themselves load on demand only.
const WHOLE = 128.5 * 1024;
const ALONE = {
  'plan-provider': 60.5 * 1024,
  'plan-summary': 43 * 1024,
  'assessment-form': 43.5 * 1024,
  'goal-editor': 42 * 1024,
  'modality-picker': 45 * 1024,
  'progress-timeline': 51.5 * 1024,
};

const { whole, elements } = await measureSizes({ prebuilt: process.argv.includes('--prebuilt') });
const over = [];
for (const [tag, s] of Object.entries(elements)) {
  console.log(`size: <${tag}> alone ${kb(s.gzip)} gzip up front (budget ${kb(ALONE[tag])}), ${kb(s.lazy.gzip)} loaded on demand`);
  if (s.gzip > ALONE[tag]) over.push(`<${tag}>`);
}
console.log(`size: whole kit ${kb(whole.gzip)} gzip up front (budget ${kb(WHOLE)}), ${kb(whole.lazy.gzip)} loaded on demand`);
if (whole.gzip > WHOLE) over.push('whole kit');
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
