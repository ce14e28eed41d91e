import { expect } from '@open-wc/testing';
import { BUILTIN_INSTRUMENTS } from '../../src/clinical/instruments/builtins.js';
import { InstrumentRegistry } from '../../src/clinical/instruments/registry.js';
import { BUILTIN_STRUCTURES, PHQ9_STRUCTURE } from '../../src/clinical/instruments/structures.js';
import { findCritical, scoreAdministration } from '../../src/clinical/instruments/score.js';
import { missingWords, scoringDefinition, withWords } from '../../src/clinical/instruments/words.js';
import { DEFAULT_GOAL_LIBRARY } from '../../src/clinical/goals/library.js';
import { GOAL_LIBRARY_STRUCTURE, libraryWithWords } from '../../src/clinical/goals/library-structure.js';
import { MODALITY_CATALOG } from '../../src/clinical/modalities/catalog.js';
import { CATALOG_STRUCTURE, catalogWithWords } from '../../src/clinical/modalities/catalog-structure.js';
import { CATALOG_ES } from '../../src/content/catalog/es.js';
import { GOAL_LIBRARY_ES } from '../../src/content/goals/es.js';
import { loadInstrumentWords } from '../../src/content/instruments/index.js';
import { localizeEntries, localizedTextIssues, resolveLocalized } from '../../src/model/localized-text.js';
import { CONTENT_EN_BEFORE } from '../fixtures/content-en-before.js';

const plain = (v: unknown): unknown => JSON.parse(JSON.stringify(v));

describe('built-in content: structure in code, words per locale', () => {
  it('the structure with the English words is exactly the content as it was before the split', () => {
    expect(plain({ catalog: MODALITY_CATALOG, library: DEFAULT_GOAL_LIBRARY, instruments: BUILTIN_INSTRUMENTS })).to.deep.equal(CONTENT_EN_BEFORE);
  });

  it('the Spanish catalog words every approach, its dose and each technique', () => {
    for (const s of CATALOG_STRUCTURE) {
      const w = CATALOG_ES[s.id];
      expect(w, s.id).to.not.equal(undefined);
      expect(Boolean(w?.dose), `${s.id} dose`).to.equal(Boolean(s.dose));
      for (const t of s.techniques) expect(w?.techniques[t]?.name, `${s.id}/${t}`).to.be.a('string');
    }
    const en = catalogWithWords(CATALOG_ES);
    expect(en.map((e) => e.id)).to.deep.equal(MODALITY_CATALOG.map((e) => e.id));
    expect(en.every((e) => e.name !== e.id && e.summary !== e.id)).to.equal(true);
  });

  it('the Spanish goal library words every problem, phase, goal and objective', () => {
    const es = libraryWithWords(GOAL_LIBRARY_ES);
    const ids = (l: typeof es) => l.problems.flatMap((p) => [p.title, ...(p.phases ?? []).map((ph) => ph.title), ...p.goals.flatMap((g) => [g.clinicalText, ...g.objectives.flatMap((o) => [o.clinicalText, o.measure.label])])]);
    const structureIds = GOAL_LIBRARY_STRUCTURE.problems.flatMap((p) => [p.id, ...(p.phases ?? []), ...p.goals.flatMap((g) => [g.id, ...g.objectives.flatMap((o) => [o.id, o.id])])]);
    // No text fell back to its id.
    expect(ids(es).filter((t) => structureIds.includes(t))).to.deep.equal([]);
    expect(ids(es)).to.have.length(ids(DEFAULT_GOAL_LIBRARY).length);
    // GAS levels where the English has them, evidence lines one for one.
    es.problems.forEach((p, i) => {
      const en = DEFAULT_GOAL_LIBRARY.problems[i]!;
      expect(p.evidencedBy.length, p.id).to.equal(en.evidencedBy.length);
      p.goals.forEach((g, j) => g.objectives.forEach((o, k) => expect(Boolean(o.gasLevels), o.id).to.equal(Boolean(en.goals[j]!.objectives[k]!.gasLevels))));
    });
  });

  for (const s of BUILTIN_STRUCTURES) {
    it(`${s.shortTitle}: words in English and Spanish for every item and answer`, async () => {
      for (const locale of ['en', 'es'] as const) {
        const w = await loadInstrumentWords(s.id, locale);
        expect(missingWords(s, w), `${s.id} ${locale}`).to.deep.equal([]);
      }
    });
  }

  it('PHQ-9 in Spanish is the published Spanish (USA) text, cited, with the English notice', async () => {
    const w = await loadInstrumentWords('phq9', 'es');
    expect(w.lang).to.equal('es');
    expect(w.instructions).to.equal('Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los siguientes problemas?');
    expect(w.items['phq9-9']).to.equal('Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera');
    expect(w.options['frequency']).to.deep.equal(['Ningún día', 'Varios días', 'Más de la mitad de los días', 'Casi todos los días']);
    expect(w.options['difficulty']).to.deep.equal(['No ha sido difícil', 'Un poco difícil', 'Muy difícil', 'Extremadamente difícil']);
    expect(w.translation).to.contain('phqscreeners.com');
    expect(w.notice).to.equal(undefined);
  });

  // [instrument, words language on a Spanish page, says why in Spanish]
  const table: [string, 'en' | 'es', boolean][] = [
    ['phq9', 'es', false],
    ['phq2', 'es', false],
    ['gad7', 'es', false],
    ['gad2', 'es', false],
    ['asq', 'es', false],
    ['auditc', 'es', false],
    ['pcl5', 'en', true],
    ['nida-drug-screen', 'en', true],
  ];
  for (const [id, lang, notice] of table) {
    it(`${id} on a Spanish page: words in ${lang}${notice ? ', with a Spanish notice' : ''}`, async () => {
      const w = await loadInstrumentWords(id, 'es');
      expect(w.lang).to.equal(lang);
      expect(Boolean(w.notice)).to.equal(notice);
      if (notice) expect(w.notice).to.contain('original en inglés');
      expect(Boolean(w.translation)).to.equal(!notice);
    });
  }

  it('scoring and critical items need no words: the scoring definition scores as the English one does', () => {
    const english = withWords(PHQ9_STRUCTURE, { lang: 'en', title: 't', instructions: '', items: {}, options: {} });
    const answers = { 'phq9-1': 3, 'phq9-2': 2, 'phq9-3': 1, 'phq9-4': 0, 'phq9-5': 1, 'phq9-6': 2, 'phq9-7': 1, 'phq9-8': 0, 'phq9-9': 1 };
    const bare = scoringDefinition(PHQ9_STRUCTURE);
    expect(scoreAdministration(bare, answers)).to.deep.equal(scoreAdministration(english, answers));
    expect(findCritical(bare, { 'phq9-9': 1 }).map((f) => f.itemId)).to.deep.equal(['phq9-9']);
  });
});

describe('host texts in several languages ({ en, es })', () => {
  // [input, problems (path: problem)]
  const issues: [string, unknown, string[]][] = [
    ['a plain string', 'Walk', []],
    ['English and Spanish', { en: 'Walk', es: 'Caminar' }, []],
    ['English only', { en: 'Walk' }, []],
    ['no English', { es: 'Caminar' }, ['Give the English text']],
    ['blank English', { en: ' ', es: 'Caminar' }, ['Give the English text']],
    ['a number as Spanish', { en: 'Walk', es: 3 }, ['es: Expected a text']],
  ];
  for (const [name, text, expected] of issues) {
    it(`${name}: ${expected.length ? 'refused' : 'accepted'}`, () => {
      const found = localizedTextIssues([{ id: 'a', name: text }]);
      expect(found.length).to.equal(expected.length);
      expected.forEach((e, i) => expect(found[i]).to.contain(`0.name`).and.contain(e));
    });
  }

  it('an entry is shown in the page language when all its texts have it, else whole in English', () => {
    const entries = [
      { id: 'a', name: { en: 'Walk', es: 'Caminar' }, summary: { en: 'Out', es: 'Fuera' } },
      { id: 'b', name: { en: 'Swim', es: 'Nadar' }, summary: { en: 'Pool' } },
      { id: 'c', name: 'Plain', summary: 'As given' },
    ];
    const es = localizeEntries(entries, 'es');
    expect(es.value).to.deep.equal([
      { id: 'a', name: 'Caminar', summary: 'Fuera' },
      { id: 'b', name: 'Swim', summary: 'Pool' },
      { id: 'c', name: 'Plain', summary: 'As given' },
    ]);
    expect(es.english).to.deep.equal([1]);
    expect(localizeEntries(entries, 'en').english).to.deep.equal([]);
    expect(resolveLocalized({ t: { en: 'x', es: '' } }, 'es')).to.deep.equal({ value: { t: 'x' }, complete: false });
  });

  it('a host instrument with { en, es } texts: Spanish where every text has it, English (marked) where not, coded error on a bad shape', () => {
    const registry = new InstrumentRegistry([]);
    const def = (title: unknown) => ({
      id: 'host-mood',
      version: '1',
      shortTitle: 'Mood',
      title,
      instructions: { en: 'Answer', es: 'Responda' },
      optionSets: [{ id: 'yn', options: [{ value: 0, label: { en: 'No', es: 'No' } }, { value: 1, label: { en: 'Yes', es: 'Sí' } }] }],
      items: [{ id: 'm1', text: { en: 'Low today?', es: '¿Decaído hoy?' }, optionSet: 'yn' }],
      scoring: { method: 'sum' },
      licence: 'Host',
    });
    expect(registry.register(def({ en: 'Mood check', es: 'Control del ánimo' })).ok).to.equal(true);
    expect(registry.get('host-mood')?.title).to.equal('Mood check');
    expect(registry.hostWording('host-mood', 'es')?.fallback).to.equal(undefined);
    expect(registry.hostWording('host-mood', 'es')?.definition.items[0]!.text).to.equal('¿Decaído hoy?');
    registry.register(def({ en: 'Mood check' }));
    const fallback = registry.hostWording('host-mood', 'es');
    expect([fallback?.fallback, fallback?.definition.title]).to.deep.equal(['en', 'Mood check']);
    const bad = registry.register(def({ es: 'Solo español' }));
    expect(bad.ok ? '' : bad.error.code).to.equal('invalid-definition');
    expect(bad.ok ? [] : bad.error.issues).to.deep.equal(['title: Give the English text as "en" (it is shown where no other language is given), e.g. { en: "…", es: "…" }']);
  });
});

describe('one wording per concern area', () => {
  it('the intake, the goal editor and the picker name "generalized-anxiety" (and every area) the same way', async () => {
    const { concernAreaNames, concernAreaPhrases } = await import('../../src/i18n/concern-words.js');
    const { intakeValueWords } = await import('../../src/i18n/intake-words.js');
    const { concernWords } = await import('../../src/i18n/plan-words.js');
    const goal = await import('../../src/i18n/goal-words.js');
    const names = concernAreaNames();
    expect(names['generalized-anxiety']).to.equal('Generalized anxiety');
    for (const [area, name] of Object.entries(names)) {
      expect(intakeValueWords()[area], area).to.equal(name);
      expect(concernWords(area as keyof typeof names), area).to.equal(name);
      expect(goal.concernAreaPhrases()[area as keyof typeof names].toLowerCase(), area).to.equal(name.toLowerCase());
    }
    expect(goal.concernAreaPhrases).to.equal(concernAreaPhrases);
  });
});
