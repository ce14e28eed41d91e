import type { TreatmentPlan } from '../src/model/plan.js';
import type { Part2Scope } from '../src/model/substance-use.js';
import { fullPlan } from './fixtures.js';

/**
 * The full example plan for a client with low mood and alcohol use disorder (co-occurring), with
 * substance-use care: five of six dimensions rated, a level of care confirmed, a naltrexone
 * referral and two recovery supports. Invented data.
 */
export function sudPlan(id = 'story-sud', part2?: Part2Scope): TreatmentPlan {
  const plan = fullPlan(id);
  return {
    ...plan,
    assessment: {
      ...plan.assessment,
      intake: {
        ...plan.assessment.intake,
        concerns: { ...plan.assessment.intake.concerns, areas: [...plan.assessment.intake.concerns.areas, 'substance-use'] },
        substanceUse: { uses: 'yes', substances: 'Alcohol: wine most evenings', triggers: 'Evenings alone, after arguments' },
      },
      diagnoses: [...plan.assessment.diagnoses, { id: 'dx-aud', label: 'Alcohol use disorder, moderate', code: 'F10.20' }],
    },
    substanceUseCare: {
      ratings: {
        'intoxication-withdrawal': { level: 1, note: 'Last drink two days ago; mild tremor only', ratedAt: '2026-10-05T14:00:00.000Z' },
        biomedical: { level: 1, ratedAt: '2026-10-05T14:01:00.000Z' },
        'emotional-behavioral-cognitive': { level: 2, note: 'Low mood (PHQ-9 in the moderate range)', ratedAt: '2026-10-05T14:02:00.000Z' },
        'readiness-to-change': { level: 1, ratedAt: '2026-10-05T14:03:00.000Z' },
        'relapse-continued-use': { level: 3, note: 'Drinks most evenings; few coping skills yet', ratedAt: '2026-10-05T14:04:00.000Z' },
      },
      levelOfCare: {
        level: 'intensive-outpatient',
        confirmedBy: 'Dr. Sam Okafor, PsyD',
        confirmedAt: '2026-10-05T14:10:00.000Z',
        suggestion: 'more-intensive-care',
        ratings: [1, 1, 2, 1, 3, null],
      },
      medicationReferrals: [
        {
          id: 'ref-naltrexone',
          disorder: 'alcohol',
          medication: 'naltrexone',
          prescriber: 'Dr. Lee, addiction medicine clinic',
          status: 'referred',
          date: '2026-10-05',
          createdAt: '2026-10-05T14:12:00.000Z',
        },
      ],
      recoverySupports: [
        {
          id: 'rs-smart',
          kind: 'mutual-help',
          label: 'SMART Recovery, Tuesday evenings',
          frequency: 'weekly',
          objectiveIds: ['obj-mood-activities'],
          createdAt: '2026-10-05T14:15:00.000Z',
        },
        { id: 'rs-sister', kind: 'family-involvement', details: 'Her sister joins one session a month', objectiveIds: [], createdAt: '2026-10-05T14:16:00.000Z' },
      ],
      ...(part2 ? { part2 } : {}),
    },
  };
}
