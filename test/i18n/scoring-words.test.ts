import { expect, waitUntil } from '@open-wc/testing';
import { BUILTIN_STRUCTURES } from '../../src/clinical/instruments/structures.js';
import { scoringDefinition } from '../../src/clinical/instruments/words.js';
import { SEVERITY_BANDS } from '../../src/clinical/progress/parameters.js';
import { activeLocale, applyLocale } from '../../src/i18n/localization.js';
import { bandName, contextCutoffWords, criticalWords, scoreNoteWords, screenResultWords, subscaleName } from '../../src/i18n/scoring-words.js';

// Every scoring word of every built-in instrument, worded by its code: in English exactly the words
// the structure stores in the plan (`bandLabel`, a finding's `message`, a score's notes), in Spanish
// a different text for each. A band worded from the wrong code, or a word left out, fails here.

const defs = BUILTIN_STRUCTURES.map(scoringDefinition);

/** [what, english stored, worded now] for every scoring word of the built-ins. */
function everyWord(): [string, string, string | undefined][] {
  const out: [string, string, string | undefined][] = [];
  for (const def of defs) {
    const s = def.scoring;
    for (const b of s.bands ?? []) out.push([`${def.id} band ${b.id}`, b.label, bandName(def.id, b.id, 'stored')]);
    const cut = s.cutoff ?? s.contextCutoff;
    if (cut) {
      out.push([`${def.id} positive`, cut.positiveLabel, screenResultWords(def, true)]);
      out.push([`${def.id} negative`, cut.negativeLabel, screenResultWords(def, false)]);
    }
    for (const c of def.critical ?? []) out.push([`${def.id} ${c.itemId} critical`, c.message, criticalWords(def.id, c.itemId, 'stored')]);
    for (const sub of s.subscales ?? []) out.push([`${def.id} subscale ${sub.id}`, sub.label, subscaleName(def, sub)]);
    if (s.clusterRule) {
      out.push([`${def.id} rule met`, s.clusterRule.metNote, scoreNoteWords(def, s.clusterRule.metNote)]);
      out.push([`${def.id} rule not met`, s.clusterRule.notMetNote, scoreNoteWords(def, s.clusterRule.notMetNote)]);
    }
    if (s.soleSourceNote) out.push([`${def.id} sole source`, s.soleSourceNote.note, scoreNoteWords(def, s.soleSourceNote.note)]);
    const cc = s.contextCutoff;
    if (cc) {
      const words = contextCutoffWords(def)!;
      out.push([`${def.id} question`, cc.question, words.question]);
      for (const v of cc.values) {
        out.push([`${def.id} ${v.value}`, v.label, words.values.get(v.value)]);
        const note = `${v.label} — ${cc.negativeLabel}`;
        out.push([`${def.id} ${v.value} note`, note, scoreNoteWords(def, note)]);
      }
    }
  }
  for (const [id, bands] of Object.entries(SEVERITY_BANDS)) for (const b of bands) out.push([`${id} chart band ${b.id}`, b.label, bandName(id, b.id, 'stored')]);
  return out;
}

describe('scoring words of the built-in instruments, worded by code', () => {
  it('in English: exactly the words the plan stores', () => {
    expect(activeLocale()).to.equal('en');
    const words = everyWord();
    expect(words.length).to.be.greaterThan(35);
    for (const [what, english, worded] of words) expect(worded, what).to.equal(english);
  });

  it('a band, screen or finding the page does not know keeps the words stored', () => {
    expect(bandName('host-unknown', 'x', 'Stored band')).to.equal('Stored band');
    expect(bandName('phq9', undefined, 'Stored band')).to.equal('Stored band');
    expect(bandName('phq9', 'no-such-band', undefined)).to.equal(undefined);
    expect(criticalWords('host-unknown', 'q1', 'Stored message')).to.equal('Stored message');
    expect(screenResultWords(defs[0]!, undefined)).to.equal('');
  });

  it('in Spanish: a Spanish word for each, none the English, bands distinct per instrument', async () => {
    await applyLocale('es');
    await waitUntil(() => activeLocale() === 'es');
    try {
      const words = everyWord();
      for (const [what, english, worded] of words) {
        expect(worded, what).to.be.a('string').and.not.equal(english);
        expect(worded, what).to.not.equal('stored');
      }
      expect(bandName('phq9', 'moderately-severe')).to.equal('Moderadamente grave');
      expect(bandName('PHQ-9', 'mild')).to.equal('Leve');
      expect(bandName('gad7', 'severe')).to.equal('Grave');
      expect(bandName('pcl5', 'above-cutoff')).to.equal('Por encima del punto de corte provisional de TEPT (31–33)');
      for (const def of defs) {
        const names = (def.scoring.bands ?? []).map((b) => bandName(def.id, b.id));
        expect(new Set(names).size, def.id).to.equal(names.length);
      }
    } finally {
      await applyLocale('en');
    }
  });
});
