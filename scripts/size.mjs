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
// Issues 14 and 16 (content as per-locale data loaded with the widget that shows it): the approach
// catalog, the goal library and every instrument's words moved out of the first load (−10 KB whole
// kit; picker −6.5 KB, summary −8.3 KB). Measured with the entry's own output as the start (a chunk
// loaded with `import()` is an entry point in esbuild's metafile too).
const WHOLE = 119.5 * 1024;
const ALONE = {
  'plan-provider': 59.5 * 1024,
  'plan-summary': 34.5 * 1024,
  'assessment-form': 43.5 * 1024,
  'goal-editor': 41 * 1024,
  'modality-picker': 39 * 1024,
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
if (over.length) {
  console.error(`size: over budget: ${over.join(', ')}`);
  process.exit(1);
}
