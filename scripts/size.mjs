// `npm run size`: the size budgets CI holds (minified + gzip, measured on the shipped dist/).
import { kb, measureSizes } from './sizes.mjs';

// Issue 2 asks for 40 KB for the whole kit (aim 30). With the clinical content and the six
// widgets the issues ask for, the kit is far above that (see README, "Size"); these are ratchets
// at today's sizes (plus under 1.5 KB of headroom) so nothing grows unnoticed. Lower them with every reduction.
// Raised by issue 11 (clinical trust, +5.4 KB whole kit): first-line approaches in the catalog (CPT, PE,
// EMDR, TF-CBT, CBT-I, brief intervention, safety planning), cited sources on every threshold and
// rule, the NIDA drug screen, and alerts/rule refusals worded from codes.
// Issue 12 (wipe, set-aside records, attribute notices, text-too-long wording) added about 3 KB.
// Raised for issue 11 (a risk answer is never lost): the provider now rescores every FHIR import
// from the answers, so it carries the built-in instrument definitions (about 4.5 KB; they leave the
// provider's first load once the FHIR mapping is loaded on demand, as DESIGN.md asks); the ASQ,
// the safety plan (form, summary) and the timeline's unsaved/withdrawn words add the rest.
// Issue 15: sizes are what a page loads up front; the FHIR mapping (with the built-in instrument
// definitions it rescored with) and the sync client load on demand (printed apart), so the provider
// alone went from 63.9 KB (everything inlined) to 53.2 KB up front.
const WHOLE = 120.5 * 1024;
const ALONE = {
  'plan-provider': 54.5 * 1024,
  'plan-summary': 43 * 1024,
  'assessment-form': 42 * 1024,
  'goal-editor': 41 * 1024,
  'modality-picker': 45 * 1024,
  'progress-timeline': 50 * 1024,
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
