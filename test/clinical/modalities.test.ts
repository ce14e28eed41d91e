import { expect } from '@open-wc/testing';
import { errorOf, okValue } from '../helpers/result.js';
import {
  BUILT_IN_RULE_IDS,
  MODALITY_CATALOG,
  SUGGESTION_RULES,
  mergeCatalog,
  parseRules,
  parseCatalog,
  searchCatalog,
  suggestModalities,
  type CatalogEntry,
} from '../../src/clinical/modalities/index.js';
import type { TreatmentPlan } from '../../src/model/plan.js';
import { conditionWords, demotionWords, evidenceWords, preferenceWords, ruleReasonWords, suggestionReasonText, type SuggestionWording } from '../../src/i18n/suggestion-words.js';
import { instrumentName } from '../../src/elements/labels.js';
import { T0, mayaPlan, planWith, type PlanSpec } from '../fixtures/modality-plans.js';

const WORDING: SuggestionWording = { instrumentName, formatDate: (day) => `[${day}]` };
const suggest = (plan: TreatmentPlan) => suggestModalities(plan, MODALITY_CATALOG, SUGGESTION_RULES);
const firing = (plan: TreatmentPlan) => suggest(plan).flatMap((s) => s.reasons.map((r) => r.ruleId));

describe('modality catalog', () => {
  it('passes its own schema', () => {
    const r = parseCatalog(MODALITY_CATALOG);
    expect(r.ok, r.ok ? '' : r.error.issues?.join('\n')).to.equal(true);
  });

  const required = [
    'cbt', 'dbt', 'act', 'mindfulness', 'psychodynamic', 'person-centered', 'psychoeducation', 'somatic',
    'narrative', 'motivational-interviewing', 'trauma-informed', 'play-therapy', 'art-therapy', 'family-therapy',
    'integrative', 'mat-referral', 'support-groups', 'lifestyle',
    'safety-planning', 'cpt', 'prolonged-exposure', 'emdr', 'tf-cbt', 'cbt-i', 'brief-intervention',
  ];
  for (const id of required) {
    it(`has a complete, plain-language entry for ${id}`, () => {
      const e = MODALITY_CATALOG.find((x) => x.id === id)!;
      expect(e, id).to.exist;
      expect(e.forClient.length).to.be.greaterThan(60);
      expect(e.sessionInvolves.length).to.be.greaterThan(30);
      expect(e.techniques.length).to.be.greaterThan(0);
      expect(e.usedFor.length).to.be.greaterThan(0);
    });
  }

  it('lists CBT techniques including restructuring, exposure, activation and thought records', () => {
    const ids = MODALITY_CATALOG.find((e) => e.id === 'cbt')!.techniques.map((t) => t.id);
    expect(ids).to.include.members(['cognitive-restructuring', 'exposure', 'behavioral-activation', 'thought-records']);
  });

  it('offers medication-assisted treatment only as a referral, with no dose', () => {
    const mat = MODALITY_CATALOG.find((e) => e.id === 'mat-referral')!;
    expect(mat.kind).to.equal('referral');
    expect(mat.dose).to.equal(undefined);
    expect(mat.forClient).to.contain('does not prescribe');
  });

  it('support groups cover in-person and online', () => {
    const ids = MODALITY_CATALOG.find((e) => e.id === 'support-groups')!.techniques.map((t) => t.id);
    expect(ids).to.include.members(['in-person-group', 'online-group']);
  });

  it('every rule points at an existing entry and existing techniques', () => {
    for (const rule of SUGGESTION_RULES) {
      const e = MODALITY_CATALOG.find((x) => x.id === rule.modalityId);
      expect(e, rule.id).to.exist;
      for (const t of rule.techniques ?? []) expect(e!.techniques.map((x) => x.id), `${rule.id}/${t}`).to.include(t);
      // The kit's own rules carry no sentence: they are worded by id in the page's language.
      expect(rule.reason, rule.id).to.equal(undefined);
      expect(ruleReasonWords(rule).length, rule.id).to.be.greaterThan(20);
    }
  });

  it('lists every built-in rule id once, and words each differently', () => {
    expect(SUGGESTION_RULES.map((r) => r.id)).to.deep.equal([...BUILT_IN_RULE_IDS]);
    const words = BUILT_IN_RULE_IDS.map((id) => ruleReasonWords({ id }));
    expect(new Set(words).size).to.equal(words.length);
    expect(ruleReasonWords({ id: 'ptsd-emdr' })).to.equal('PTSD (a concern, or a positive PCL-5): trauma-focused therapy comes first; EMDR is one of the first-line options.');
  });

  it('a host rule keeps its own words, even under a built-in id; an unknown rule without words shows its id', () => {
    expect(ruleReasonWords({ id: 'ptsd-emdr', reason: 'Clinic protocol: EMDR first.' })).to.equal('Clinic protocol: EMDR first.');
    expect(ruleReasonWords({ id: 'clinic-rule-7' })).to.equal('clinic-rule-7');
  });

  it('describes rule conditions in words', () => {
    const rule = SUGGESTION_RULES.find((r) => r.id === 'trauma-physical-somatic')!;
    expect(conditionWords(rule.when, WORDING)).to.equal(
      '(concern: PTSD or concern: Complex trauma or positive PCL-5 screen) and trauma feature: strong physical symptoms',
    );
    const alcohol = SUGGESTION_RULES.find((r) => r.id === 'use-disorder-medication-referral')!;
    expect(conditionWords(alcohol.when, WORDING)).to.equal('moderate or severe alcohol use disorder recorded or moderate or severe opioid use disorder recorded');
  });
});

describe('host catalog', () => {
  const extra: CatalogEntry = {
    id: 'emdr-clinic',
    name: 'Eye movement desensitization and reprocessing (EMDR), clinic programme',
    kind: 'therapy',
    summary: 'Processing traumatic memories with guided eye movements.',
    forClient: 'EMDR helps the brain process distressing memories so they feel less raw, using guided eye movements or taps.',
    sessionInvolves: 'Holding a memory in mind briefly while following the therapist’s hand movements, then noticing what comes up.',
    structure: 'structured',
    dose: { frequency: 'weekly', sessionMinutes: 60, format: 'individual', text: 'Weekly 60- to 90-minute sessions' },
    techniques: [{ id: 'bilateral', name: 'Bilateral stimulation', description: 'Eye movements or taps from side to side.' }],
    usedFor: ['ptsd'],
  };

  it('adds a new entry at the end and replaces one with the same id', () => {
    const cbt = { ...MODALITY_CATALOG[0]!, name: 'CBT (clinic version)' };
    const r = mergeCatalog(MODALITY_CATALOG, [extra, cbt]);
    expect(r.ok).to.equal(true);
    if (!r.ok) return;
    expect(r.value.length).to.equal(MODALITY_CATALOG.length + 1);
    expect(r.value[0]!.name).to.equal('CBT (clinic version)');
    expect(r.value.at(-1)!.id).to.equal('emdr-clinic');
  });

  const invalid: [string, unknown, string][] = [
    ['not a list', { id: 'x' }, 'catalog'],
    ['a missing name', [{ ...extra, name: undefined }], 'catalog.0.name'],
    ['an unknown concern area', [{ ...extra, usedFor: ['fear-of-flying'] }], 'catalog.0.usedFor.0'],
    ['a referral with a dose', [{ ...extra, kind: 'referral' }], 'A referral entry must not carry a dose'],
    ['a therapy without a dose', [{ ...extra, dose: undefined }], 'Give a typical dose'],
    ['a duplicate technique id', [{ ...extra, techniques: [extra.techniques[0], extra.techniques[0]] }], 'Technique ids must be unique'],
    ['a duplicate entry id', [extra, extra], '"emdr-clinic" appears more than once'],
    ['a bad frequency', [{ ...extra, dose: { ...extra.dose, frequency: 'daily' } }], 'catalog.0.dose.frequency'],
  ];
  for (const [name, input, needle] of invalid) {
    it(`refuses ${name}, naming the problem`, () => {
      const r = mergeCatalog(MODALITY_CATALOG, input);
      expect(r.ok).to.equal(false);
      if (r.ok) return;
      expect(r.error.code).to.equal('invalid-definition');
      expect([r.error.message, ...(r.error.issues ?? [])].join('\n')).to.contain(needle);
    });
  }
});

describe('host rules', () => {
  it('the kit rules pass the rule schema', () => {
    const r = parseRules(SUGGESTION_RULES);
    expect(r.ok, r.ok ? '' : r.error.issues?.join('\n')).to.equal(true);
  });
  const rule = { id: 'r1', when: { concern: 'grief' }, modalityId: 'narrative', weight: 4, reason: 'Grief: narrative work.' };
  const invalid: [string, unknown, string][] = [
    ['an unknown concern', [{ ...rule, when: { concern: 'flying' } }], 'rules.0.when'],
    ['an empty all', [{ ...rule, when: { all: [] } }], 'rules.0.when'],
    ['a weight above 10', [{ ...rule, weight: 11 }], 'rules.0.weight'],
    ['no reason', [{ ...rule, reason: '' }], 'rules.0.reason'],
    ['a rule of its own without a reason', [{ id: 'r1', when: rule.when, modalityId: 'narrative', weight: 4 }], 'rules.0.reason: A rule of your own needs its reason'],
    ['a duplicate id', [rule, rule], '"r1" appears more than once'],
  ];
  for (const [name, input, needle] of invalid) {
    it(`refuses ${name}`, () => {
      const r = parseRules(input);
      expect([errorOf(r).message, ...(errorOf(r).issues ?? [])].join('\n')).to.contain(needle);
    });
  }
  it('accepts nested conditions', () => {
    expect(parseRules([{ ...rule, when: { all: [{ any: [{ concern: 'grief' }, { positiveScreen: 'pcl5' }] }, { substanceUse: 'yes' }] } }]).ok).to.equal(true);
  });
});

describe('catalog search', () => {
  const ids = (q: Parameters<typeof searchCatalog>[1]) => searchCatalog(MODALITY_CATALOG, q).map((e) => e.id);
  it('finds by words in names and techniques', () => {
    expect(ids({ text: 'exposure' })).to.deep.equal(['cbt', 'prolonged-exposure']);
    expect(ids({ text: 'online group' })).to.include('support-groups');
  });
  it('filters by what it is used for', () => {
    const grief = ids({ usedFor: ['grief'] });
    expect(grief).to.include('person-centered');
    expect(grief).not.to.include('cbt');
  });
  it('filters by structure', () => {
    const open = ids({ structure: 'exploratory' });
    expect(open).to.include.members(['psychodynamic', 'person-centered', 'narrative']);
    expect(open).not.to.include('cbt');
  });
  it('returns everything for an empty query', () => {
    expect(ids({}).length).to.equal(MODALITY_CATALOG.length);
  });
});

describe('suggestion rules', () => {
  /** rule id → a plan that triggers it, a plan that must not, the approach and an emphasized technique. */
  const pcl5Positive = { scores: [{ instrumentId: 'pcl5', total: 40, positive: true }] };
  const pcl5Negative = { scores: [{ instrumentId: 'pcl5', total: 30, positive: false }] };
  const table: [string, PlanSpec, PlanSpec, string, string][] = [
    ['suicide-risk-safety-plan', { scores: [{ instrumentId: 'phq9', total: 12, critical: { 'phq9-9': 1 } }] }, { scores: [{ instrumentId: 'phq9', total: 12 }] }, 'safety-planning', 'warning-signs'],
    ['co-occurring-depression-substance', { areas: ['depression', 'substance-use'] }, { areas: ['depression'] }, 'integrative', 'shared-formulation'],
    ['ptsd-cpt', pcl5Positive, pcl5Negative, 'cpt', 'stuck-points'],
    ['ptsd-prolonged-exposure', { areas: ['ptsd'] }, { areas: ['specific-phobia'] }, 'prolonged-exposure', 'imaginal-exposure'],
    ['ptsd-emdr', { areas: ['complex-trauma'] }, { areas: ['stress'] }, 'emdr', 'bilateral-stimulation'],
    ['ptsd-tf-cbt', pcl5Positive, pcl5Negative, 'tf-cbt', 'trauma-narrative'],
    ['trauma-meaning-cpt', { ...pcl5Positive, traumaFeatures: ['difficulty-making-sense'] }, { ...pcl5Negative, traumaFeatures: ['difficulty-making-sense'] }, 'cpt', 'stuck-points'],
    ['trauma-informed-stance', { areas: ['ptsd'] }, { areas: ['grief'] }, 'trauma-informed', 'choice-and-control'],
    ['specific-phobia-exposure', { areas: ['specific-phobia'] }, { areas: ['social-anxiety'] }, 'cbt', 'exposure'],
    ['panic-interoceptive', { problemAreas: ['panic'] }, { problemAreas: ['stress'] }, 'cbt', 'interoceptive-exposure'],
    ['generalized-worry-restructuring', { scores: [{ instrumentId: 'gad7', total: 12 }] }, { scores: [{ instrumentId: 'gad7', total: 9 }] }, 'cbt', 'cognitive-restructuring'],
    ['depression-activation', { scores: [{ instrumentId: 'phq9', total: 10 }] }, { scores: [{ instrumentId: 'phq9', total: 9 }] }, 'cbt', 'behavioral-activation'],
    ['trauma-physical-somatic', { areas: ['ptsd'], traumaFeatures: ['strong-physical-symptoms'] }, { areas: ['ptsd'], traumaFeatures: ['difficulty-making-sense'] }, 'somatic', 'grounding'],
    ['alcohol-brief-intervention', { scores: [{ instrumentId: 'auditc', total: 5, positive: true }] }, { scores: [{ instrumentId: 'auditc', total: 2, positive: false }] }, 'brief-intervention', 'feedback'],
    ['substance-use-mi', { substanceUse: { uses: 'yes' } }, { substanceUse: { uses: 'no' } }, 'motivational-interviewing', 'decisional-balance'],
    ['substance-use-groups', { scores: [{ instrumentId: 'nida-drug-screen', total: 1, positive: true }] }, { scores: [{ instrumentId: 'nida-drug-screen', total: 0, positive: false }] }, 'support-groups', 'mutual-help'],
    ['use-disorder-medication-referral', { diagnoses: [{ id: 'd1', label: 'Alcohol use disorder, moderate', code: 'F10.20' }] }, { diagnoses: [{ id: 'd1', label: 'Alcohol use disorder, mild', code: 'F10.10' }] }, 'mat-referral', 'prescriber-referral'],
    ['stress-mindfulness', { areas: ['stress'] }, { areas: ['sleep'] }, 'mindfulness', 'breathing-space'],
    ['insomnia-cbt-i', { areas: ['sleep'] }, { areas: ['stress'] }, 'cbt-i', 'sleep-restriction'],
    ['grief-person-centered', { areas: ['grief'] }, { areas: ['depression'] }, 'person-centered', 'reflective-listening'],
    ['relationships-family', { areas: ['relationships'] }, { areas: ['grief'] }, 'family-therapy', 'communication-skills'],
  ];

  it('the table covers every rule', () => {
    expect(table.map((r) => r[0]).sort()).to.deep.equal(SUGGESTION_RULES.map((r) => r.id).sort());
  });

  for (const [ruleId, trigger, nearMiss, modalityId, technique] of table) {
    it(`${ruleId} fires with its reason and evidence`, () => {
      const s = suggest(planWith(trigger)).find((x) => x.modalityId === modalityId);
      expect(s, `${modalityId} suggested`).to.exist;
      const reason = s!.reasons.find((r) => r.ruleId === ruleId)!;
      expect(reason, 'reason from the rule').to.exist;
      expect(reason.text, 'a built-in rule brings no sentence').to.equal(undefined);
      expect(suggestionReasonText(reason)).to.equal(ruleReasonWords({ id: ruleId }));
      expect(reason.evidence.length).to.be.greaterThan(0);
      for (const e of reason.evidence) expect(evidenceWords(e, WORDING), e.code).to.be.a('string').and.not.empty;
      expect(s!.techniques).to.include(technique);
      expect(s!.key).to.equal(`modality:${modalityId}`);
    });
    it(`${ruleId} does not fire without its trigger`, () => {
      expect(firing(planWith(nearMiss))).not.to.include(ruleId);
    });
  }

  it('explains with the facts that met the rule', () => {
    const s = suggest(planWith({ scores: [{ instrumentId: 'phq9', total: 16, bandLabel: 'Moderately severe' }] }))[0]!;
    expect(s.reasons[0]!.evidence).to.deep.equal([
      { code: 'score-at-least', score: { instrumentId: 'phq9', total: 16, bandLabel: 'Moderately severe', day: '2026-10-05' }, value: 10 },
    ]);
    expect(evidenceWords(s.reasons[0]!.evidence[0]!, WORDING)).to.equal('PHQ-9 16 (Moderately severe) on [2026-10-05], at or above 10');
    const t = suggest(planWith({ problemAreas: ['specific-phobia'] }))[0]!;
    expect(t.reasons[0]!.evidence).to.deep.equal([{ code: 'concern', area: 'specific-phobia', where: [{ from: 'problem', title: 'Presenting problem' }] }]);
    expect(evidenceWords(t.reasons[0]!.evidence[0]!, WORDING)).to.equal('Specific phobia: problem “Presenting problem”');
  });

  it('reads only the latest complete administration', () => {
    const older = { instrumentId: 'phq9', total: 18, date: '2026-08-01T09:00:00.000Z' };
    const newer = { instrumentId: 'phq9', total: 6, date: '2026-10-01T09:00:00.000Z' };
    expect(firing(planWith({ scores: [newer, older] }))).not.to.include('depression-activation');
    expect(firing(planWith({ scores: [{ ...older, date: '2026-11-01T09:00:00.000Z' }, newer] }))).to.include('depression-activation');
    expect(firing(planWith({ scores: [{ instrumentId: 'phq9', total: 20, complete: false }] }))).to.deep.equal([]);
  });

  it('needs trauma for the trauma-feature rules', () => {
    expect(firing(planWith({ traumaFeatures: ['strong-physical-symptoms', 'difficulty-making-sense'] }))).to.deep.equal([]);
  });

  it('merges rules for the same approach into one suggestion with every reason', () => {
    const s = suggest(planWith({ areas: ['specific-phobia', 'generalized-anxiety'] }));
    expect(s).to.have.length(1);
    expect(s[0]!.reasons.map((r) => r.ruleId)).to.deep.equal(['specific-phobia-exposure', 'generalized-worry-restructuring']);
    expect(s[0]!.techniques).to.deep.equal(['cognitive-restructuring', 'exposure']);
    expect(s[0]!.score).to.equal(15);
  });

  it('puts one integrated plan first for co-occurring depression and substance use', () => {
    const s = suggest(planWith({ scores: [{ instrumentId: 'phq9', total: 15 }, { instrumentId: 'auditc', total: 6, positive: true }] }));
    expect(s[0]!.modalityId).to.equal('integrative');
    expect(s.map((x) => x.modalityId)).to.include.members(['brief-intervention', 'motivational-interviewing', 'support-groups', 'cbt']);
  });

  it('suggests nothing for an empty assessment', () => {
    expect(suggest(planWith({}))).to.deep.equal([]);
  });
});

describe('first-line guidance', () => {
  it('every built-in rule names its source or is a kit heuristic without a clinical claim', () => {
    const cited = SUGGESTION_RULES.filter((r) => r.source).map((r) => r.id);
    expect(cited).to.include.members([
      'suicide-risk-safety-plan', 'ptsd-cpt', 'ptsd-prolonged-exposure', 'ptsd-emdr', 'ptsd-tf-cbt',
      'trauma-informed-stance', 'alcohol-brief-intervention', 'use-disorder-medication-referral', 'insomnia-cbt-i',
    ]);
    const s = suggest(planWith({ areas: ['sleep'] }))[0]!;
    expect(s.reasons[0]!.source).to.contain('AASM').and.to.contain('2021');
  });

  it('PHQ-9 question 9 positive: safety planning comes first, before anything else, naming the item', () => {
    const s = suggest(planWith({
      areas: ['specific-phobia', 'ptsd'],
      scores: [{ instrumentId: 'phq9', total: 22, critical: { 'phq9-9': 2 } }, { instrumentId: 'auditc', total: 9, positive: true }],
      pastTreatments: [{ id: 'pt', approach: 'A safety plan once', modalityId: 'safety-planning', outcome: 'unhelpful' }],
    }));
    expect(s[0]!.modalityId).to.equal('safety-planning');
    expect(s[0]!.first).to.equal(true);
    expect(suggestionReasonText(s[0]!.reasons[0]!)).to.contain('PHQ-9 question 9');
    expect(s[0]!.reasons[0]!.evidence).to.deep.equal([{ code: 'critical-item', instrumentId: 'phq9', itemId: 'phq9-9', value: 2, day: '2026-10-05' }]);
    expect(evidenceWords(s[0]!.reasons[0]!.evidence[0]!, WORDING)).to.equal('PHQ-9 question 9 answered 2 on [2026-10-05]');
  });

  it('an item-9 answer in an incomplete administration still counts', () => {
    expect(firing(planWith({ scores: [{ instrumentId: 'phq9', total: 3, complete: false, critical: { 'phq9-9': 3 } }] }))).to.deep.equal(['suicide-risk-safety-plan']);
  });

  it('PTSD: trauma-focused therapies, not narrative techniques; trauma-informed care worded as a stance', () => {
    const ids = suggest(planWith({ areas: ['ptsd'], traumaFeatures: ['difficulty-making-sense'] })).map((x) => x.modalityId);
    expect(ids.slice(0, 4)).to.deep.equal(['cpt', 'prolonged-exposure', 'emdr', 'tf-cbt']);
    expect(ids).not.to.include('narrative');
    const narrative = MODALITY_CATALOG.find((e) => e.id === 'narrative')!;
    expect(narrative.usedFor).not.to.include.members(['ptsd']);
    const ti = MODALITY_CATALOG.find((e) => e.id === 'trauma-informed')!;
    expect(ti.name).not.to.match(/phased/i);
    expect(`${ti.summary} ${ti.forClient}`).to.contain('not a treatment').and.not.to.match(/first.*before|stabili[sz]ation first/i);
  });

  it('alcohol: a positive AUDIT-C alone gives a brief intervention, never a medication referral', () => {
    const ids = suggest(planWith({ scores: [{ instrumentId: 'auditc', total: 9, positive: true }], substanceUse: { uses: 'yes', substances: 'alcohol, opioids' } })).map((x) => x.modalityId);
    expect(ids).to.include('brief-intervention');
    expect(ids).not.to.include('mat-referral');
  });

  const diagnoses: [string, { label: string; code?: string }, boolean][] = [
    ['F10.20 (moderate or severe AUD)', { label: 'AUD', code: 'F10.20' }, true],
    ['F11.21 (OUD, in remission)', { label: 'OUD', code: 'F11.21' }, true],
    ['ICD-11 6C40.2 alcohol dependence', { label: 'Alcohol dependence', code: '6C40.2' }, true],
    ['words: severe opioid use disorder', { label: 'Severe opioid use disorder' }, true],
    ['F10.10 (mild AUD)', { label: 'Alcohol use disorder, mild', code: 'F10.10' }, false],
    ['words: mild alcohol use disorder', { label: 'Mild alcohol use disorder' }, false],
    ['cannabis use disorder, severe', { label: 'Cannabis use disorder, severe', code: 'F12.20' }, false],
  ];
  for (const [name, d, referral] of diagnoses) {
    it(`medication referral for ${name}: ${referral ? 'yes' : 'no'}`, () => {
      const ids = suggest(planWith({ diagnoses: [{ id: 'd1', ...d }] })).map((x) => x.modalityId);
      expect(ids.includes('mat-referral')).to.equal(referral);
    });
  }

  it('sleep: CBT-I, not sleep hygiene alone', () => {
    const ids = suggest(planWith({ areas: ['sleep'] })).map((x) => x.modalityId);
    expect(ids).to.deep.equal(['cbt-i']);
    expect(MODALITY_CATALOG.find((e) => e.id === 'cbt-i')!.forClient).to.contain('on their own they are not enough');
  });
});

describe('suggestion order', () => {
  const phobiaAndGrief: PlanSpec = { areas: ['specific-phobia', 'grief'] };
  const order = (spec: PlanSpec) => suggest(planWith(spec)).map((s) => s.modalityId);

  const prefs: [PlanSpec['structure'], string[]][] = [
    [undefined, ['cbt', 'person-centered']],
    ['balanced', ['cbt', 'person-centered']],
    ['structured', ['cbt', 'person-centered']],
    ['exploratory', ['person-centered', 'cbt']],
  ];
  for (const [structure, expected] of prefs) {
    it(`with ${structure ?? 'no'} structure preference: ${expected.join(' then ')}`, () => {
      expect(order({ ...phobiaAndGrief, ...(structure ? { structure } : {}) })).to.deep.equal(expected);
    });
  }

  it('says how the preference moved each suggestion', () => {
    const s = suggest(planWith({ ...phobiaAndGrief, structure: 'exploratory' }));
    expect(s[0]!.preference).to.deep.equal({ effect: 'raised', preferred: 'exploratory', offered: 'exploratory' });
    expect(preferenceWords(s[0]!.preference!)).to.equal('Fits the client’s preference for open-ended, exploratory sessions.');
    expect(s[1]!.preference).to.deep.equal({ effect: 'lowered', preferred: 'exploratory', offered: 'structured' });
    expect(preferenceWords(s[1]!.preference!)).to.equal('Offers structured sessions; the client prefers open-ended, exploratory sessions.');
    expect(suggest(planWith(phobiaAndGrief))[0]!.preference).to.equal(undefined);
  });

  it('never moves a referral for preference', () => {
    const s = suggest(planWith({ diagnoses: [{ id: 'd', label: 'Opioid use disorder, severe', code: 'F11.20' }], structure: 'exploratory' }));
    expect(s.find((x) => x.modalityId === 'mat-referral')!.preference).to.equal(undefined);
  });

  const tried = (outcome: 'unhelpful' | 'helpful' | 'partly-helpful') => ({
    id: 'pt-9',
    approach: 'CBT with a previous therapist',
    modalityId: 'cbt',
    when: '2021',
    outcome,
    didNotHelp: 'Homework felt like school and I stopped going',
  });

  it('moves a tried-and-unhelpful approach down with that reason', () => {
    const s = suggest(planWith({ ...phobiaAndGrief, structure: 'structured', pastTreatments: [tried('unhelpful')] }));
    expect(s.map((x) => x.modalityId)).to.deep.equal(['person-centered', 'cbt']);
    expect(s[1]!.demoted).to.deep.equal({ pastTreatmentId: 'pt-9', when: '2021', didNotHelp: 'Homework felt like school and I stopped going' });
    expect(demotionWords(s[1]!.demoted!)).to.equal('Tried before (2021) and recorded as unhelpful: Homework felt like school and I stopped going');
  });

  for (const outcome of ['helpful', 'partly-helpful'] as const) {
    it(`does not demote an approach recorded as ${outcome}`, () => {
      const s = suggest(planWith({ ...phobiaAndGrief, pastTreatments: [tried(outcome)] }));
      expect(s[0]!.modalityId).to.equal('cbt');
      expect(s[0]!.demoted).to.equal(undefined);
    });
  }

  it('leaves out dismissed suggestions and approaches already in the plan', () => {
    const plan = planWith(phobiaAndGrief);
    const dismissed = { ...plan, dismissals: [{ key: 'modality:cbt', reason: 'Client declined', at: T0 }] };
    expect(suggest(dismissed).map((s) => s.modalityId)).to.deep.equal(['person-centered']);
    const chosen: TreatmentPlan = {
      ...plan,
      interventions: [
        {
          id: 'i1', modalityId: 'person-centered', techniques: [], objectiveIds: [], frequency: 'weekly',
          format: 'individual', delivery: 'in-person', status: 'proposed', homework: [], createdAt: T0,
        },
      ],
    };
    expect(suggest(chosen).map((s) => s.modalityId)).to.deep.equal(['cbt']);
  });

  it('orders a realistic assessment by the weight of its reasons', () => {
    const s = suggest(mayaPlan());
    // Trauma-focused therapies lead the PTSD suggestions; no medication referral from a positive AUDIT-C alone;
    // CBT-I (not the sleep-hygiene leaflet tried before) for sleep.
    expect(s.map((x) => x.modalityId)).to.deep.equal([
      'cbt', 'cpt', 'prolonged-exposure', 'emdr', 'tf-cbt', 'cbt-i', 'integrative', 'brief-intervention',
      'motivational-interviewing', 'support-groups', 'trauma-informed', 'somatic',
    ]);
    expect(s.map((x) => x.modalityId)).not.to.include.members(['mat-referral', 'lifestyle', 'narrative']);
    expect(s[0]!.reasons.map((r) => r.ruleId)).to.deep.equal(['panic-interoceptive', 'generalized-worry-restructuring', 'depression-activation']);
    expect(s[0]!.preference?.effect).to.equal('raised');
  });
});
