import { expect } from '@open-wc/testing';
import type { Evidence, EvidenceCode } from '../../src/clinical/modalities/index.js';
import { demotionWords, evidenceWords, preferenceWords, type SuggestionWording } from '../../src/i18n/suggestion-words.js';

const wording: SuggestionWording = {
  instrumentName: (id) => ({ phq9: 'PHQ-9', auditc: 'AUDIT-C' })[id] ?? `?${id}`,
  formatDate: (day) => `[${day}]`,
};

const score = { instrumentId: 'phq9', total: 16, bandLabel: 'Moderately severe', day: '2026-10-05' };

/** Every evidence code with its parameters, and the words the clinician reads. */
const EVIDENCE: [Evidence, string][] = [
  [{ code: 'concern', area: 'depression', where: [{ from: 'intake' }] }, 'Depression: noted at intake'],
  [
    { code: 'concern', area: 'panic', where: [{ from: 'intake' }, { from: 'problem', title: 'Attacks on the train' }, { from: 'problem', title: '' }] },
    'Panic: noted at intake; problem “Attacks on the train”; problem “(untitled)”',
  ],
  [{ code: 'trauma-feature', feature: 'difficulty-making-sense' }, 'Trauma feature noted at intake: difficulty making sense of events'],
  [{ code: 'trauma-feature', feature: 'strong-physical-symptoms' }, 'Trauma feature noted at intake: strong physical symptoms'],
  [{ code: 'substance-use', substances: 'wine, cannabis' }, 'Substance use reported at intake: wine, cannabis'],
  [{ code: 'substance-use' }, 'Substance use reported at intake'],
  [{ code: 'substances-named', words: ['heroin', 'fentanyl'] }, 'Substances named at intake include heroin, fentanyl'],
  [{ code: 'score-at-least', score, value: 10 }, 'PHQ-9 16 (Moderately severe) on [2026-10-05], at or above 10'],
  [{ code: 'positive-screen', score: { instrumentId: 'auditc', total: 6, day: '2026-10-06' } }, 'AUDIT-C 6 on [2026-10-06]: positive screen'],
  [{ code: 'critical-item', instrumentId: 'phq9', itemId: 'phq9-9', value: 2, day: '2026-10-05' }, 'PHQ-9 question 9 answered 2 on [2026-10-05]'],
  [{ code: 'critical-item', instrumentId: 'asq', itemId: 'asq-acute', day: '2026-10-05' }, '?asq item asq-acute answered above 0 on [2026-10-05]'],
  [{ code: 'use-disorder', label: 'Alcohol use disorder, moderate', diagnosisCode: 'F10.20' }, 'Diagnosis recorded: Alcohol use disorder, moderate (F10.20)'],
  [{ code: 'use-disorder', label: 'Opioid use disorder, severe' }, 'Diagnosis recorded: Opioid use disorder, severe'],
];

describe('evidenceWords', () => {
  it('covers every evidence code', () => {
    const codes: EvidenceCode[] = ['concern', 'trauma-feature', 'substance-use', 'substances-named', 'score-at-least', 'positive-screen', 'critical-item', 'use-disorder'];
    expect([...new Set(EVIDENCE.map(([e]) => e.code))].sort()).to.deep.equal(codes.sort());
  });
  for (const [evidence, words] of EVIDENCE) it(words, () => expect(evidenceWords(evidence, wording)).to.equal(words));
});

describe('preferenceWords and demotionWords', () => {
  const table: [string, string][] = [
    [preferenceWords({ effect: 'raised', preferred: 'structured', offered: 'structured' }), 'Fits the client’s preference for structured sessions.'],
    [preferenceWords({ effect: 'lowered', preferred: 'structured', offered: 'exploratory' }), 'Offers open-ended, exploratory sessions; the client prefers structured sessions.'],
    [demotionWords({ pastTreatmentId: 'p', when: '2021', didNotHelp: 'Too fast' }), 'Tried before (2021) and recorded as unhelpful: Too fast'],
    [demotionWords({ pastTreatmentId: 'p', when: '2021' }), 'Tried before (2021) and recorded as unhelpful.'],
    [demotionWords({ pastTreatmentId: 'p', didNotHelp: 'Too fast' }), 'Tried before and recorded as unhelpful: Too fast'],
    [demotionWords({ pastTreatmentId: 'p' }), 'Tried before and recorded as unhelpful.'],
  ];
  for (const [got, words] of table) it(words, () => expect(got).to.equal(words));
});
