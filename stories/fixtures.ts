/**
 * Invented, realistic treatment plans for stories (never real people). Every builder is
 * deterministic: fixed dates and ids, so stories and screenshots do not drift.
 *
 *   import { fullPlan, emptyPlan, longPlan, riskPlan } from './fixtures.js';
 */
import { createPlan } from '../src/model/factory.js';
import { PHQ9_ITEM9_MESSAGE } from '../src/clinical/instruments/builtins.js';
import { administrationOf } from '../test/fixtures/administrations.js';
import type {
  Administration,
  Goal,
  Intervention,
  Objective,
  Problem,
  TimelineEntry,
  TreatmentPlan,
} from '../src/model/plan.js';

/** "Today" in every story: plans are dated relative to it. */
export const STORY_NOW = '2026-11-24T15:00:00.000Z';

const day = (iso: string) => iso.slice(0, 10);

function addDaysIso(iso: string, days: number): string {
  return new Date(Date.parse(iso) + days * 86_400_000).toISOString();
}

/** A complete PHQ-9 (items 1–9 scored, item 10 = difficulty, unscored); a positive item 9 is a critical finding. */
export function phq9(id: string, date: string, items: readonly number[], difficulty = 1): Administration {
  if (items.length !== 9) throw new Error('PHQ-9 needs 9 item answers');
  const item9 = items[8]!;
  const a = administrationOf(id, 'phq9', date, [...items], {
    critical: item9 > 0 ? [{ itemId: 'phq9-9', value: item9, message: PHQ9_ITEM9_MESSAGE }] : [],
  });
  return { ...a, instrumentVersion: '1999', answers: { ...a.answers, 'phq9-10': difficulty } };
}

/** A complete GAD-7. */
export function gad7(id: string, date: string, items: readonly number[]): Administration {
  if (items.length !== 7) throw new Error('GAD-7 needs 7 item answers');
  return { ...administrationOf(id, 'gad7', date, [...items]), instrumentVersion: '2006' };
}

/** A plan nobody has touched yet: draft, empty collections. */
export function emptyPlan(id = 'story-empty'): TreatmentPlan {
  return createPlan(id, '2026-11-20T09:00:00.000Z');
}

const START = '2026-08-25T14:00:00.000Z';

/**
 * An active plan three months in, for an invented client with panic attacks and low mood:
 * assessment filled in, PHQ-9/GAD-7 every four weeks, two problems with measurable objectives
 * in clinical and client words, CBT and mindfulness with homework, sessions, a review, versions
 * and signatures.
 */
export function fullPlan(id = 'story-full'): TreatmentPlan {
  const base = createPlan(id, START);
  const t = (days: number, hour = 14) => addDaysIso(START, days).replace('T14:', `T${String(hour).padStart(2, '0')}:`);

  const administrations: Administration[] = [
    phq9('adm-phq9-0', t(0, 13), [2, 2, 3, 2, 1, 2, 2, 1, 0], 2),
    gad7('adm-gad7-0', t(0, 13), [3, 3, 2, 2, 1, 2, 3]),
    phq9('adm-phq9-1', t(28, 13), [2, 2, 2, 2, 1, 1, 2, 1, 0], 2),
    gad7('adm-gad7-1', t(28, 13), [2, 2, 2, 2, 1, 2, 2]),
    phq9('adm-phq9-2', t(56, 13), [1, 1, 2, 1, 1, 1, 1, 0, 0], 1),
    gad7('adm-gad7-2', t(56, 13), [2, 1, 1, 1, 1, 1, 2]),
    phq9('adm-phq9-3', t(84, 13), [1, 1, 1, 1, 0, 1, 1, 0, 0], 1),
    gad7('adm-gad7-3', t(84, 13), [1, 1, 1, 1, 0, 1, 1]),
  ];

  const panicObjectives: Objective[] = [
    {
      id: 'obj-panic-frequency',
      clinicalText: 'Reduce panic attacks from daily to no more than one per week, as logged in the panic diary.',
      clientWords: 'Get the panic attacks down from every day to once a week at most.',
      proposedBy: 'together',
      agreement: { agreed: true, date: day(t(7)) },
      priority: 'high',
      status: 'active',
      createdAt: t(7),
      measure: { kind: 'count', label: 'Panic attacks', unit: 'per week', baseline: 7, target: 1, direction: 'decrease' },
      dueDate: day(t(120)),
      gas: {
        levels: [
          'Daily panic attacks or more',
          'Four to six attacks a week',
          'Two or three attacks a week',
          'One attack a week',
          'No attacks for two weeks running',
        ],
        importance: 3,
        difficulty: 2,
        baseline: -2,
      },
    },
    {
      id: 'obj-panic-bus',
      clinicalText: 'Ride the number 14 bus to work at least three days a week without leaving early.',
      clientWords: 'Take the bus to work again instead of paying for taxis.',
      proposedBy: 'client',
      agreement: { agreed: true, date: day(t(7)) },
      priority: 'medium',
      status: 'active',
      createdAt: t(7),
      measure: { kind: 'count', label: 'Bus journeys completed', unit: 'per week', baseline: 0, target: 3, direction: 'increase' },
      dueDate: day(t(150)),
    },
  ];

  const moodObjectives: Objective[] = [
    {
      id: 'obj-mood-phq9',
      clinicalText: 'Reduce depressive symptoms below the clinical threshold (PHQ-9 under 10) by the second review.',
      clientWords: 'Feel like myself again most days.',
      proposedBy: 'clinician',
      agreement: { agreed: true, date: day(t(7)) },
      priority: 'high',
      status: 'active',
      createdAt: t(7),
      measure: {
        kind: 'instrument',
        label: 'PHQ-9 total',
        instrumentId: 'phq9',
        baseline: 15,
        baselineAdministrationId: 'adm-phq9-0',
        target: 9,
        direction: 'decrease',
      },
      dueDate: day(t(180)),
    },
    {
      id: 'obj-mood-activities',
      clinicalText: 'Schedule and complete at least four valued activities per week (walking group, calls with sister, pottery class).',
      clientWords: 'Do things I used to enjoy, like pottery and seeing my sister.',
      proposedBy: 'together',
      agreement: { agreed: true, date: day(t(14)) },
      priority: 'medium',
      status: 'achieved',
      statusReason: 'Five or more activities a week for six consecutive weeks.',
      createdAt: t(14),
      measure: { kind: 'count', label: 'Valued activities', unit: 'per week', baseline: 1, target: 4, direction: 'increase' },
      dueDate: day(t(90)),
    },
  ];

  const problems: Problem[] = [
    {
      id: 'prob-panic',
      title: 'Panic attacks and avoidance of public transport',
      evidencedBy: [
        'Reports daily panic attacks with racing heart, shortness of breath and fear of fainting.',
        'Has stopped taking the bus to work since March; pays for taxis she cannot afford.',
      ],
      areas: ['panic'],
      createdAt: t(7),
      goals: [
        {
          id: 'goal-panic',
          clinicalText: 'Client will manage panic symptoms and return to using public transport independently.',
          clientWords: 'I want to get to work on my own without dreading it.',
          proposedBy: 'together',
          agreement: { agreed: true, date: day(t(7)) },
          priority: 'high',
          status: 'active',
          createdAt: t(7),
          phaseId: 'phase-skills',
          objectives: panicObjectives,
        },
      ],
    },
    {
      id: 'prob-mood',
      title: 'Low mood and withdrawal from friends and activities',
      evidencedBy: [
        'PHQ-9 of 15 (moderately severe) at intake.',
        'Has stopped attending pottery class and rarely answers calls from her sister.',
      ],
      areas: ['depression'],
      createdAt: t(7),
      goals: [
        {
          id: 'goal-mood',
          clinicalText: 'Client will experience fewer depressive symptoms and re-engage with valued activities.',
          clientWords: 'Enjoy things again and stop hiding at home.',
          proposedBy: 'together',
          agreement: { agreed: true, date: day(t(7)) },
          priority: 'high',
          status: 'active',
          createdAt: t(7),
          phaseId: 'phase-skills',
          objectives: moodObjectives,
        },
      ],
    },
  ];

  const interventions: Intervention[] = [
    {
      id: 'int-cbt',
      modalityId: 'cbt',
      techniques: ['interoceptive-exposure', 'exposure', 'cognitive-restructuring', 'behavioral-activation'],
      objectiveIds: ['obj-panic-frequency', 'obj-panic-bus', 'obj-mood-activities'],
      frequency: 'weekly',
      sessionMinutes: 50,
      format: 'individual',
      delivery: 'either',
      plannedSessions: 16,
      clinician: 'Dr. Ines Calder, PsyD',
      startDate: day(t(7)),
      rationale: 'Panic with avoidance responds best to exposure-based CBT; behavioural activation targets the withdrawal.',
      status: 'active',
      homework: [
        {
          id: 'hw-diary',
          what: 'Log each panic attack in the diary: time, place, peak fear 0–10, what you did.',
          frequency: 'Every attack',
          objectiveId: 'obj-panic-frequency',
          agreedWithClient: true,
        },
        {
          id: 'hw-bus',
          what: 'Ride the bus two stops and back, staying until anxiety drops by half.',
          frequency: 'Three times a week',
          objectiveId: 'obj-panic-bus',
          agreedWithClient: true,
        },
      ],
      suggestedBy: 'panic-exposure',
      createdAt: t(7),
    },
    {
      id: 'int-mindfulness',
      modalityId: 'mindfulness',
      techniques: ['mindful-breathing', 'body-scan'],
      objectiveIds: ['obj-panic-frequency', 'obj-mood-phq9'],
      frequency: 'every-two-weeks',
      sessionMinutes: 30,
      format: 'group',
      delivery: 'telehealth',
      clinician: 'Marcus Webb, LCSW',
      startDate: day(t(21)),
      rationale: 'Client prefers a structured group and asked for something she can practise on the bus.',
      status: 'active',
      homework: [
        { id: 'hw-breathing', what: 'Ten minutes of guided breathing before work.', frequency: 'Daily', agreedWithClient: true },
      ],
      createdAt: t(21),
    },
  ];

  const timeline: TimelineEntry[] = [
    { id: 'ev-status-active', kind: 'status', date: t(8, 10), from: 'draft', to: 'active', reason: 'Plan agreed and signed.' },
    {
      id: 'ev-rev-1',
      kind: 'revision',
      date: t(8, 10),
      version: 1,
      reason: 'activated',
      changes: [{ kind: 'added', subject: 'problem', item: 'Panic attacks and avoidance of public transport' }],
    },
  ];
  const attendance = ['attended', 'attended', 'attended', 'cancelled', 'attended', 'attended', 'attended', 'no-show', 'attended', 'attended', 'attended', 'attended'] as const;
  const homework = ['yes', 'partly', 'yes', undefined, 'partly', 'yes', 'yes', undefined, 'yes', 'yes', 'partly', 'yes'] as const;
  const notes = [
    'Psychoeducation on the panic cycle; introduced the panic diary.',
    'Interoceptive exposure: spinning in a chair and breathing through a straw. Peak fear 8/10.',
    'Reviewed diary: five attacks this week, fewer at night.',
    undefined,
    'First bus practice debriefed: stayed on for two stops, fear dropped from 7 to 3.',
    'Cognitive restructuring of "I will faint on the bus"; she has never fainted.',
    'Planned pottery class and a call with her sister.',
    undefined,
    'Two attacks this week, both brief. Rode the bus to work twice.',
    'Noticed mood lifts on days with activities; kept the schedule.',
    'Setback after a crowded train; reframed as practice, not failure.',
    'One attack this week. Bus three days. Planning review.',
  ];
  attendance.forEach((a, i) => {
    const hw = homework[i];
    const note = notes[i];
    timeline.push({
      id: `ev-session-${i + 1}`,
      kind: 'session',
      date: t(7 + i * 7, 16),
      attendance: a,
      ...(hw ? { homeworkDone: hw } : {}),
      ...(note ? { note } : {}),
    });
  });
  timeline.push({
    id: 'ev-review-1',
    kind: 'review',
    date: t(90, 15),
    objectives: [
      { objectiveId: 'obj-panic-frequency', currentValue: 1, gas: 0, note: 'One attack in each of the last two weeks.' },
      { objectiveId: 'obj-panic-bus', currentValue: 3, status: 'active', note: 'Three bus days; wants to add the evening route.' },
      { objectiveId: 'obj-mood-phq9', currentValue: 6, note: 'PHQ-9 down from 15 to 6.' },
      { objectiveId: 'obj-mood-activities', currentValue: 5, status: 'achieved' },
    ],
    working: 'Exposure practice between sessions, the activity schedule, her sister joining the walking group.',
    notWorking: 'Crowded trains still trigger attacks; breathing practice skipped on work days.',
    adjustments: 'Add graded train exposure; move breathing practice to the lunch break.',
    producedVersion: 2,
  });
  timeline.push({
    id: 'ev-rev-2',
    kind: 'revision',
    date: t(90, 15),
    version: 2,
    reason: 'review',
    changes: [
      { kind: 'edited', subject: 'objective', item: 'Valued activities', fields: [{ field: 'status', from: 'active', to: 'achieved' }] },
      { kind: 'added', subject: 'homework', item: 'Graded train exposure, one stop at a time.' },
    ],
  });
  timeline.sort((a, b) => a.date.localeCompare(b.date));

  const plan: TreatmentPlan = {
    ...base,
    revision: 64,
    version: 2,
    updatedAt: t(90, 15),
    status: 'active',
    client: { hostId: 'MRN-204817', displayName: 'Dana Whitfield' },
    assessment: {
      intake: {
        concerns: {
          inOwnWords: 'I get these attacks out of nowhere — my heart races and I think I am going to pass out. I have stopped going most places.',
          hopesToChange: 'Get back to work on the bus, see my friends, and enjoy pottery again.',
          areas: ['panic', 'depression', 'stress'],
          traumaFeatures: [],
        },
        history: {
          physical: 'Asthma, well controlled. Cardiology work-up in April found nothing wrong with her heart.',
          mental: 'One episode of low mood at university, resolved without treatment.',
          emotional: 'Describes herself as a worrier since her teens.',
          pastTreatments: [
            {
              id: 'pt-1',
              approach: 'Six sessions of counselling through her employer',
              when: '2023',
              helped: 'Having someone to talk to.',
              didNotHelp: 'No practical tools for the panic.',
              outcome: 'partly-helpful',
            },
          ],
        },
        profile: {
          socialEnergy: 'in-between',
          traits: 'Conscientious, self-critical, good sense of humour.',
          cognitiveStyle: 'Prefers written summaries and concrete steps.',
          copingThatWorks: 'Walking, talking to her sister.',
          copingThatDoesNot: 'Avoiding buses and crowded places; scrolling her phone late at night.',
        },
        biological: {
          familyHistory: 'Mother treated for anxiety.',
          conditions: 'Asthma.',
          medications: 'Salbutamol inhaler as needed.',
        },
        social: {
          culturalBackground: 'Grew up in a close-knit family in Leeds; moved for work four years ago.',
          familyDynamics: 'Close to her sister; parents live two hours away.',
          supportSystem: [
            { id: 'sp-sister', who: 'Sister (Kate)', strength: 'strong', note: 'Joins the Saturday walking group.' },
            { id: 'sp-colleague', who: 'Colleague at the library', strength: 'moderate' },
          ],
          lifeEvents: [{ id: 'le-1', description: 'Promotion to team lead in January; longer hours.', date: '2026-01-12' }],
        },
        preferences: {
          structure: 'structured',
          therapistStyle: 'Direct and practical, with homework.',
          format: 'either',
          language: 'English',
          scheduling: 'After 4 pm on weekdays.',
        },
        substanceUse: { uses: 'yes', substances: 'Alcohol', frequency: 'Two glasses of wine on Fridays.' },
        accommodations: { communication: 'Written summary after each session.' },
        strengths: { text: 'Motivated, reflective, keeps detailed notes, strong bond with her sister.' },
      },
      administrations,
      diagnoses: [
        { id: 'dx-panic', label: 'Panic disorder', code: 'F41.0' },
        { id: 'dx-mdd', label: 'Major depressive disorder, single episode, moderate', code: 'F32.1' },
      ],
      summary: 'Panic disorder with situational avoidance and a moderate depressive episode following a work promotion. Strong family support and high motivation.',
      completedAt: t(6, 17),
    },
    phases: [
      { id: 'phase-skills', title: 'Skills and exposure', description: 'Understand panic, practise exposure, rebuild routine.' },
      { id: 'phase-maintain', title: 'Relapse prevention', description: 'Plan for setbacks and taper sessions.' },
    ],
    problems,
    interventions,
    supports: [
      { id: 'sup-sister', kind: 'person', label: 'Kate (sister)', details: 'Weekly walk; can be called during a hard day.' },
      { id: 'sup-walk', kind: 'group', label: 'Saturday walking group', details: 'Riverside park, 9 am.' },
      { id: 'sup-strength', kind: 'strength', label: 'Keeps careful notes', details: 'Makes the panic diary easy.' },
      { id: 'sup-barrier', kind: 'barrier', label: 'Long working hours', details: 'Sessions must be after 4 pm.' },
      { id: 'sup-crisis', kind: 'community-resource', label: 'Local crisis line', contact: '0800 555 0199' },
    ],
    timeline,
    versions: [
      {
        version: 1,
        createdAt: t(8, 10),
        reason: 'activated',
        status: 'active',
        problems,
        phases: [],
        interventions: interventions.slice(0, 1),
        supports: [],
      },
    ],
    signatures: [
      { id: 'sig-clin', role: 'clinician', name: 'Dr. Ines Calder, PsyD', signedAt: t(90, 16), version: 2 },
      { id: 'sig-client', role: 'client', name: 'Dana Whitfield', signedAt: t(90, 16), version: 2, statement: 'I helped write this plan and agree with it.' },
    ],
    review: { intervalDays: 90, nextDue: day(t(180)) },
  };
  // The review's version 2 holds the content as it is now, which both signed.
  const { problems: p, phases, interventions: i, supports } = plan;
  return { ...plan, versions: [...plan.versions, { version: 2, createdAt: t(90, 16), reason: 'review', status: 'active', problems: p, phases, interventions: i, supports }] };
}

/** The full plan with a PHQ-9 whose item 9 is above 0: an unacknowledged risk flag on the timeline. */
export function riskPlan(id = 'story-risk'): TreatmentPlan {
  const plan = fullPlan(id);
  const adm = phq9('adm-phq9-risk', '2026-11-23T13:10:00.000Z', [2, 3, 2, 2, 1, 3, 2, 1, 1], 2);
  return {
    ...plan,
    assessment: { ...plan.assessment, administrations: [...plan.assessment.administrations, adm] },
    timeline: [
      ...plan.timeline,
      {
        id: 'ev-risk-1',
        kind: 'risk-flag',
        date: adm.date,
        administrationId: adm.id,
        instrumentId: 'phq9',
        itemId: 'phq9-9',
        value: 1,
        message: 'Thoughts of death or self-harm reported — follow up today',
      },
    ],
  };
}

const AREAS = ['panic', 'depression', 'sleep', 'social-anxiety', 'stress', 'grief', 'relationships', 'substance-use'] as const;
const PROBLEM_TITLES = [
  'Panic attacks in crowded places',
  'Low mood most days',
  'Broken sleep and early waking',
  'Fear of speaking in meetings',
  'Work stress and irritability',
  'Grief after her father’s death',
  'Frequent arguments with partner',
  'Drinking more on weekdays',
];
const GOAL_TEXTS = [
  'Use coping skills when anxiety rises',
  'Build a steady daily routine',
  'Reconnect with friends',
  'Sleep through the night more often',
  'Speak up at least once per meeting',
  'Talk about loss without shutting down',
  'Resolve disagreements without shouting',
  'Keep to alcohol-free weekdays',
];

/**
 * A plan at the size limits the kit is built for: `goals` goals (10 per problem) with one
 * objective each, and `entries` timeline entries (weekly sessions with the odd review).
 * Defaults: 100 goals, 1,000 entries.
 */
export function longPlan(goals = 100, entries = 1000, id = 'story-long'): TreatmentPlan {
  const base = createPlan(id, '2006-01-09T10:00:00.000Z');
  const problems: Problem[] = [];
  for (let g = 0; g < goals; g++) {
    const p = Math.floor(g / 10);
    if (!problems[p]) {
      const k = p % PROBLEM_TITLES.length;
      problems[p] = {
        id: `long-prob-${p + 1}`,
        title: `${PROBLEM_TITLES[k]} (${p + 1})`,
        evidencedBy: [`Raised at intake and again at review ${p + 1}.`],
        areas: [AREAS[k]!],
        createdAt: base.createdAt,
        goals: [],
      };
    }
    const text = GOAL_TEXTS[g % GOAL_TEXTS.length]!;
    const goal: Goal = {
      id: `long-goal-${g + 1}`,
      clinicalText: `${text} — goal ${g + 1}.`,
      clientWords: `${text.toLowerCase()} (my words, goal ${g + 1})`,
      proposedBy: (['client', 'clinician', 'together'] as const)[g % 3]!,
      priority: (['high', 'medium', 'low'] as const)[g % 3]!,
      status: (['active', 'active', 'achieved', 'on-hold', 'proposed'] as const)[g % 5]!,
      createdAt: base.createdAt,
      objectives: [
        {
          id: `long-obj-${g + 1}`,
          clinicalText: `Practise the agreed skill at least ${(g % 5) + 2} times a week.`,
          proposedBy: 'together',
          priority: 'medium',
          status: 'active',
          createdAt: base.createdAt,
          measure: { kind: 'count', label: 'Practice sessions', unit: 'per week', baseline: 0, target: (g % 5) + 2, direction: 'increase' },
        },
      ],
    };
    problems[p]!.goals.push(goal);
  }
  const timeline: TimelineEntry[] = [];
  for (let i = 0; i < entries; i++) {
    const date = addDaysIso(base.createdAt, i * 7);
    if (i % 13 === 12) {
      timeline.push({
        id: `long-ev-${i + 1}`,
        kind: 'review',
        date,
        objectives: [{ objectiveId: `long-obj-${(i % goals) + 1}`, currentValue: (i % 5) + 1 }],
        working: 'Regular practice between sessions.',
        adjustments: 'Keep the plan; revisit sleep goals next time.',
      });
    } else {
      timeline.push({
        id: `long-ev-${i + 1}`,
        kind: 'session',
        date,
        attendance: i % 17 === 5 ? 'cancelled' : 'attended',
        homeworkDone: (['yes', 'partly', 'no'] as const)[i % 3]!,
        note: `Session ${i + 1}: reviewed practice log and set next week's steps.`,
      });
    }
  }
  const last = timeline[timeline.length - 1]?.date ?? base.createdAt;
  return {
    ...base,
    revision: goals + entries,
    version: Math.max(1, Math.floor(entries / 13)),
    updatedAt: last,
    status: 'active',
    client: { hostId: 'MRN-118204', displayName: 'Long-term client' },
    problems,
    timeline,
    review: { intervalDays: 90, nextDue: day(addDaysIso(last, 60)) },
  };
}
