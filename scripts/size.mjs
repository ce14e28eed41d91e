// `npm run size`: the size budget CI holds (whole kit, minified + gzip).
import { kb, measureSizes } from './sizes.mjs';

// Issue 2 asks for 40 KB (aim 30). The kit is not there yet (see README, "Size"): this is a
// ratchet at today's size so it can only shrink; lower it with every reduction.
const BUDGET = 120 * 1024;
const { whole, elements } = await measureSizes();
for (const [tag, s] of Object.entries(elements)) console.log(`size: <${tag}> alone ${kb(s.gzip)} gzip`);
console.log(`size: whole kit ${kb(whole.gzip)} gzip (budget ${kb(BUDGET)})`);
if (whole.gzip > BUDGET) {
  console.error('size: over budget');
  process.exit(1);
}
