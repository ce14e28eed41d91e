import type { GoalLibrary } from './library-schema.js';

/**
 * The kit's own goal library: starting points written for tailored-plan-kit (MIT, like the rest
 * of the kit), to be inserted and then edited with the client. It deliberately copies no
 * published planner text. Hosts may supply their own through `<goal-editor>.library`.
 */
export const DEFAULT_GOAL_LIBRARY: GoalLibrary = {
  id: 'tpk-goals',
  title: 'tailored-plan-kit starter library',
  version: '1',
  problems: [
    {
      id: 'depression',
      areas: ['depression'],
      title: 'Low mood and loss of interest',
      summary: 'Low mood most days, less pleasure in things, and pulling back from daily life.',
      evidencedBy: [
        'Reports feeling down or flat on most days for several weeks',
        'Has stopped doing several activities that used to matter',
        'Sleep, appetite or energy have changed',
      ],
      goals: [
        {
          id: 'mood-lift',
          clinicalText: 'Reduce depressive symptoms to the minimal range.',
          clientWords: 'I want to feel like myself again.',
          objectives: [
            {
              id: 'phq9-remission',
              clinicalText: 'PHQ-9 total below 5.',
              clientWords: 'My mood questionnaire score drops into the lowest range.',
              measure: { kind: 'instrument', label: 'PHQ-9 total', instrumentId: 'phq9', target: 4, direction: 'decrease' },
              dueInDays: 120,
            },
            {
              id: 'valued-activities',
              clinicalText: 'Schedule and complete valued or enjoyable activities each week.',
              clientWords: 'Do things I care about again, even small ones.',
              measure: { kind: 'count', label: 'planned activities completed', unit: 'per week', target: 4, direction: 'increase' },
              dueInDays: 56,
              gasLevels: [
                'No planned activities done',
                'One or two a week',
                'Four a week',
                'Five or six a week',
                'Seven or more a week, some unplanned',
              ],
            },
          ],
        },
        {
          id: 'daily-rhythm',
          clinicalText: 'Re-establish a steady daily rhythm of sleep, meals and movement.',
          clientWords: 'Get my days back into some kind of shape.',
          objectives: [
            {
              id: 'wake-time',
              clinicalText: 'Get up within 30 minutes of a chosen wake time.',
              measure: { kind: 'count', label: 'days up at the chosen time', unit: 'per week', target: 5, direction: 'increase' },
              dueInDays: 42,
            },
            {
              id: 'walks',
              clinicalText: 'Take a walk of at least 15 minutes outside.',
              measure: { kind: 'count', label: 'walks of 15 minutes or more', unit: 'per week', target: 3, direction: 'increase' },
              dueInDays: 42,
            },
          ],
        },
      ],
    },
    {
      id: 'generalized-anxiety',
      areas: ['generalized-anxiety'],
      title: 'Persistent worry that is hard to control',
      summary: 'Worry about many things that takes up time and is hard to switch off.',
      evidencedBy: [
        'Worries about several areas of life on most days',
        'Finds it hard to stop or set aside worrying',
        'Feels tense, restless or tired, or has trouble sleeping because of worry',
      ],
      goals: [
        {
          id: 'worry-less',
          clinicalText: 'Reduce the time and distress taken up by worry.',
          clientWords: 'I want my head to be quieter.',
          objectives: [
            {
              id: 'gad7-minimal',
              clinicalText: 'GAD-7 total below 5.',
              clientWords: 'My worry questionnaire score drops into the lowest range.',
              measure: { kind: 'instrument', label: 'GAD-7 total', instrumentId: 'gad7', target: 4, direction: 'decrease' },
              dueInDays: 120,
            },
            {
              id: 'worry-minutes',
              clinicalText: 'Limit worry to a set worry period; log minutes spent worrying outside it.',
              measure: { kind: 'count', label: 'minutes worrying outside the worry period', unit: 'per day', target: 30, direction: 'decrease' },
              dueInDays: 56,
            },
          ],
        },
        {
          id: 'tolerate-uncertainty',
          clinicalText: 'Act on plans without seeking reassurance or over-checking.',
          clientWords: 'Make decisions without asking everyone first.',
          objectives: [
            {
              id: 'reassurance',
              clinicalText: 'Reduce reassurance seeking (asking others, searching online, re-checking).',
              measure: { kind: 'count', label: 'times seeking reassurance', unit: 'per day', target: 2, direction: 'decrease' },
              dueInDays: 56,
            },
          ],
        },
      ],
    },
    {
      id: 'panic',
      areas: ['panic'],
      title: 'Panic attacks and fear of having them',
      summary: 'Sudden surges of fear with strong body sensations, and avoiding places because of them.',
      evidencedBy: [
        'Has sudden episodes of intense fear with racing heart, breathlessness or dizziness',
        'Worries about the next attack or what it might mean',
        'Avoids places or activities where an attack has happened or might happen',
      ],
      goals: [
        {
          id: 'fewer-attacks',
          clinicalText: 'Reduce how often panic attacks happen and how frightening they feel.',
          clientWords: 'Stop being ambushed by panic.',
          objectives: [
            {
              id: 'attacks-per-week',
              clinicalText: 'Reduce panic attacks to no more than one a week.',
              clientWords: 'Go from panicking every day to once a week at most.',
              measure: { kind: 'count', label: 'panic attacks', unit: 'per week', target: 1, direction: 'decrease' },
              dueInDays: 84,
              gasLevels: [
                'Attacks more often than at the start',
                'About as often as at the start',
                'One a week or fewer',
                'One in two weeks',
                'None for four weeks',
              ],
            },
            {
              id: 'sensation-practice',
              clinicalText: 'Practise bringing on feared body sensations on purpose and staying with them.',
              measure: { kind: 'count', label: 'sensation practice sessions', unit: 'per week', target: 4, direction: 'increase' },
              dueInDays: 42,
            },
          ],
        },
        {
          id: 'reclaim-places',
          clinicalText: 'Return to places and activities avoided because of panic.',
          clientWords: 'Take the bus and go to the supermarket on my own.',
          objectives: [
            {
              id: 'avoided-situations',
              clinicalText: 'Enter situations from the avoidance list without leaving early.',
              measure: { kind: 'count', label: 'avoided situations entered', unit: 'per week', target: 3, direction: 'increase' },
              dueInDays: 84,
            },
          ],
        },
      ],
    },
    {
      id: 'specific-phobia',
      areas: ['specific-phobia'],
      title: 'Intense fear of a specific thing or situation',
      summary: 'Strong fear of one thing (for example flying, needles, dogs, heights) and avoiding it.',
      evidencedBy: [
        'Feels intense fear as soon as the feared thing is near or expected',
        'Avoids it, or endures it with great distress',
        'The avoidance gets in the way of work, health care, travel or family life',
      ],
      goals: [
        {
          id: 'face-fear',
          clinicalText: 'Approach the feared situation step by step until it is manageable.',
          clientWords: 'Be able to do the thing I have been avoiding.',
          objectives: [
            {
              id: 'ladder-steps',
              clinicalText: 'Climb the exposure ladder: complete steps, staying until fear falls.',
              measure: { kind: 'count', label: 'exposure ladder steps completed', unit: 'steps', target: 8, direction: 'increase' },
              dueInDays: 70,
            },
            {
              id: 'peak-fear',
              clinicalText: 'Rate peak fear (0–10) at the hardest step reached so far.',
              measure: { kind: 'rating', label: 'peak fear at the hardest step', unit: '0–10', target: 3, direction: 'decrease' },
              dueInDays: 70,
            },
          ],
        },
      ],
    },
    {
      id: 'ptsd',
      areas: ['ptsd'],
      title: 'Distress after a traumatic event',
      summary: 'Memories, nightmares, feeling on guard and avoiding reminders after something frightening.',
      evidencedBy: [
        'Has unwanted memories, nightmares or flashbacks of the event',
        'Avoids people, places or thoughts that bring it back',
        'Feels on edge, startles easily or sleeps poorly',
      ],
      goals: [
        {
          id: 'less-intrusion',
          clinicalText: 'Reduce trauma symptoms to below the level that suggests PTSD.',
          clientWords: 'Stop the memories from running my life.',
          objectives: [
            {
              id: 'pcl5-below',
              clinicalText: 'PCL-5 total below 31.',
              clientWords: 'My trauma questionnaire score drops below the level that suggests PTSD.',
              measure: { kind: 'instrument', label: 'PCL-5 total', instrumentId: 'pcl5', target: 30, direction: 'decrease' },
              dueInDays: 120,
            },
            {
              id: 'nightmares',
              clinicalText: 'Reduce nights woken by nightmares.',
              measure: { kind: 'count', label: 'nights woken by nightmares', unit: 'per week', target: 1, direction: 'decrease' },
              dueInDays: 84,
            },
          ],
        },
      ],
    },
    {
      id: 'complex-trauma',
      areas: ['complex-trauma'],
      title: 'Effects of long-lasting or repeated trauma',
      summary: 'Repeated or prolonged trauma affecting emotions, relationships and sense of self; the work can be organised in phases.',
      evidencedBy: [
        'Has strong emotions that are hard to come down from',
        'Feels cut off, numb or "not really here" at times',
        'Finds it hard to trust others or feel safe in relationships',
      ],
      phases: [
        {
          id: 'safety',
          title: 'Safety and stabilization',
          // Guidelines (VA/DoD 2023, NICE NG116) do not require stabilization before trauma-focused therapy:
          // this phase is support the client may need, not a gate in front of treatment.
          description: 'Build safety, routines and ways to steady strong feelings, as much as the client needs; trauma-focused therapy need not wait for it.',
        },
        {
          id: 'processing',
          title: 'Processing',
          description: 'Work through traumatic memories at a pace that stays within what can be tolerated.',
        },
        {
          id: 'integration',
          title: 'Integration',
          description: 'Build the life, relationships and sense of self the client wants going forward.',
        },
      ],
      goals: [
        {
          id: 'stabilize',
          phase: 'safety',
          clinicalText: 'Increase safety and the ability to steady overwhelming emotions.',
          clientWords: 'Feel safe enough in my body and my days.',
          objectives: [
            {
              id: 'grounding-use',
              clinicalText: 'Use a grounding skill when distress rises, and log it.',
              measure: { kind: 'count', label: 'times grounding used when distressed', unit: 'per week', target: 5, direction: 'increase' },
              dueInDays: 56,
            },
            {
              id: 'crisis-days',
              clinicalText: 'Reduce days with overwhelming distress that needs crisis support.',
              measure: { kind: 'count', label: 'days needing crisis support', unit: 'per month', target: 1, direction: 'decrease' },
              dueInDays: 90,
            },
          ],
        },
        {
          id: 'process',
          phase: 'processing',
          clinicalText: 'Reduce the distress of traumatic memories with a trauma-focused therapy.',
          clientWords: 'Be able to think about what happened without falling apart.',
          objectives: [
            {
              id: 'memory-distress',
              clinicalText: 'Distress (0–10) when recalling the target memory in session.',
              measure: { kind: 'rating', label: 'distress recalling the target memory', unit: '0–10', target: 3, direction: 'decrease' },
              dueInDays: 180,
            },
          ],
        },
        {
          id: 'integrate',
          phase: 'integration',
          clinicalText: 'Build relationships and activities that support the life the client wants.',
          clientWords: 'Have people and things in my life that feel good.',
          objectives: [
            {
              id: 'connection',
              clinicalText: 'Spend time with a trusted person or group.',
              measure: { kind: 'count', label: 'times with a trusted person or group', unit: 'per week', target: 2, direction: 'increase' },
              dueInDays: 270,
            },
          ],
        },
      ],
    },
    {
      id: 'substance-use',
      areas: ['substance-use'],
      title: 'Alcohol or drug use causing harm',
      summary: 'Use that has become hard to control or is causing problems with health, work or people.',
      evidencedBy: [
        'Uses more, or for longer, than intended',
        'Has tried to cut down without managing to',
        'Use has caused problems with health, work, money or relationships',
      ],
      goals: [
        {
          id: 'reduce-use',
          clinicalText: 'Reduce or stop use, at the pace and goal the client chooses.',
          clientWords: 'Get my drinking back under my control.',
          objectives: [
            {
              id: 'drinking-days',
              clinicalText: 'Reduce days with any alcohol or drug use.',
              measure: { kind: 'count', label: 'days with use', unit: 'per week', target: 2, direction: 'decrease' },
              dueInDays: 84,
            },
            {
              id: 'auditc-below',
              clinicalText: 'AUDIT-C total below the positive screen threshold.',
              measure: { kind: 'instrument', label: 'AUDIT-C total', instrumentId: 'auditc', target: 2, direction: 'decrease' },
              dueInDays: 120,
            },
          ],
        },
        {
          id: 'handle-triggers',
          clinicalText: 'Handle triggers and cravings without using.',
          clientWords: 'Have something else to do when the urge hits.',
          objectives: [
            {
              id: 'cravings-managed',
              clinicalText: 'Use a planned coping step when a craving comes, and log it.',
              measure: { kind: 'count', label: 'cravings met with a coping step', unit: 'per week', target: 4, direction: 'increase' },
              dueInDays: 56,
            },
          ],
        },
      ],
    },
    {
      id: 'co-occurring',
      areas: ['substance-use', 'depression'],
      title: 'Low mood and substance use feeding each other',
      summary: 'Depression and substance use worked on together in one integrated plan.',
      evidencedBy: [
        'Uses alcohol or drugs to cope with low mood',
        'Mood is lower in the days after using',
        'Both problems have got worse together',
      ],
      goals: [
        {
          id: 'integrated',
          clinicalText: 'Improve mood and reduce use together, treating each as part of the other.',
          clientWords: 'Stop the cycle of feeling low and drinking.',
          objectives: [
            {
              id: 'phq9-drop',
              clinicalText: 'PHQ-9 total below 10.',
              measure: { kind: 'instrument', label: 'PHQ-9 total', instrumentId: 'phq9', target: 9, direction: 'decrease' },
              dueInDays: 90,
            },
            {
              id: 'use-to-cope',
              clinicalText: 'Reduce times using to cope with low mood; use a planned alternative instead.',
              measure: { kind: 'count', label: 'times using to cope with low mood', unit: 'per week', target: 1, direction: 'decrease' },
              dueInDays: 84,
            },
          ],
        },
      ],
    },
    {
      id: 'neurodivergence',
      areas: ['neurodivergence'],
      title: 'Accommodations for neurodivergent needs',
      summary: 'Therapy and daily life shaped around how the client thinks, senses and communicates.',
      evidencedBy: [
        'Finds some sensory environments overwhelming',
        'Processes spoken information better with written or visual support',
        'Has found standard formats of help hard to use',
      ],
      goals: [
        {
          id: 'fit-therapy',
          clinicalText: 'Adapt sessions and materials so therapy fits how the client processes information.',
          clientWords: 'Have therapy work for my brain, not against it.',
          objectives: [
            {
              id: 'written-summaries',
              clinicalText: 'Receive a written summary after each session and rate how usable it was (0–10).',
              measure: { kind: 'rating', label: 'usefulness of session summaries', unit: '0–10', target: 8, direction: 'increase' },
              dueInDays: 42,
            },
          ],
        },
        {
          id: 'sensory-plan',
          clinicalText: 'Reduce sensory overload through a personal sensory plan.',
          clientWords: 'Fewer shutdowns after busy days.',
          objectives: [
            {
              id: 'shutdowns',
              clinicalText: 'Reduce shutdowns or meltdowns after sensory overload.',
              measure: { kind: 'count', label: 'shutdowns or meltdowns', unit: 'per week', target: 1, direction: 'decrease' },
              dueInDays: 84,
            },
          ],
        },
      ],
    },
  ],
};
