import type { LibraryWords } from '../../clinical/goals/library-structure.js';

/**
 * The goal library's words in English: starting points written for tailored-plan-kit (MIT, like
 * the rest of the kit), to be inserted and then edited with the client. Structure (ids, measures,
 * targets, due dates): src/clinical/goals/library-structure.ts.
 */
export const GOAL_LIBRARY_EN: LibraryWords = {
  title: 'tailored-plan-kit starter library',
  problems: {
    depression: {
      title: 'Low mood and loss of interest',
      summary: 'Low mood most days, less pleasure in things, and pulling back from daily life.',
      evidencedBy: [
        'Reports feeling down or flat on most days for several weeks',
        'Has stopped doing several activities that used to matter',
        'Sleep, appetite or energy have changed',
      ],
      goals: {
        'mood-lift': {
          clinicalText: 'Reduce depressive symptoms to the minimal range.',
          clientWords: 'I want to feel like myself again.',
          objectives: {
            'phq9-remission': {
              clinicalText: 'PHQ-9 total below 5.',
              clientWords: 'My mood questionnaire score drops into the lowest range.',
              label: 'PHQ-9 total',
            },
            'valued-activities': {
              clinicalText: 'Schedule and complete valued or enjoyable activities each week.',
              clientWords: 'Do things I care about again, even small ones.',
              label: 'planned activities completed',
              unit: 'per week',
              gasLevels: [
                'No planned activities done',
                'One or two a week',
                'Four a week',
                'Five or six a week',
                'Seven or more a week, some unplanned',
              ],
            },
          },
        },
        'daily-rhythm': {
          clinicalText: 'Re-establish a steady daily rhythm of sleep, meals and movement.',
          clientWords: 'Get my days back into some kind of shape.',
          objectives: {
            'wake-time': {
              clinicalText: 'Get up within 30 minutes of a chosen wake time.',
              label: 'days up at the chosen time',
              unit: 'per week',
            },
            walks: {
              clinicalText: 'Take a walk of at least 15 minutes outside.',
              label: 'walks of 15 minutes or more',
              unit: 'per week',
            },
          },
        },
      },
    },
    'generalized-anxiety': {
      title: 'Persistent worry that is hard to control',
      summary: 'Worry about many things that takes up time and is hard to switch off.',
      evidencedBy: [
        'Worries about several areas of life on most days',
        'Finds it hard to stop or set aside worrying',
        'Feels tense, restless or tired, or has trouble sleeping because of worry',
      ],
      goals: {
        'worry-less': {
          clinicalText: 'Reduce the time and distress taken up by worry.',
          clientWords: 'I want my head to be quieter.',
          objectives: {
            'gad7-minimal': {
              clinicalText: 'GAD-7 total below 5.',
              clientWords: 'My worry questionnaire score drops into the lowest range.',
              label: 'GAD-7 total',
            },
            'worry-minutes': {
              clinicalText: 'Limit worry to a set worry period; log minutes spent worrying outside it.',
              label: 'minutes worrying outside the worry period',
              unit: 'per day',
            },
          },
        },
        'tolerate-uncertainty': {
          clinicalText: 'Act on plans without seeking reassurance or over-checking.',
          clientWords: 'Make decisions without asking everyone first.',
          objectives: {
            reassurance: {
              clinicalText: 'Reduce reassurance seeking (asking others, searching online, re-checking).',
              label: 'times seeking reassurance',
              unit: 'per day',
            },
          },
        },
      },
    },
    panic: {
      title: 'Panic attacks and fear of having them',
      summary: 'Sudden surges of fear with strong body sensations, and avoiding places because of them.',
      evidencedBy: [
        'Has sudden episodes of intense fear with racing heart, breathlessness or dizziness',
        'Worries about the next attack or what it might mean',
        'Avoids places or activities where an attack has happened or might happen',
      ],
      goals: {
        'fewer-attacks': {
          clinicalText: 'Reduce how often panic attacks happen and how frightening they feel.',
          clientWords: 'Stop being ambushed by panic.',
          objectives: {
            'attacks-per-week': {
              clinicalText: 'Reduce panic attacks to no more than one a week.',
              clientWords: 'Go from panicking every day to once a week at most.',
              label: 'panic attacks',
              unit: 'per week',
              gasLevels: [
                'Attacks more often than at the start',
                'About as often as at the start',
                'One a week or fewer',
                'One in two weeks',
                'None for four weeks',
              ],
            },
            'sensation-practice': {
              clinicalText: 'Practise bringing on feared body sensations on purpose and staying with them.',
              label: 'sensation practice sessions',
              unit: 'per week',
            },
          },
        },
        'reclaim-places': {
          clinicalText: 'Return to places and activities avoided because of panic.',
          clientWords: 'Take the bus and go to the supermarket on my own.',
          objectives: {
            'avoided-situations': {
              clinicalText: 'Enter situations from the avoidance list without leaving early.',
              label: 'avoided situations entered',
              unit: 'per week',
            },
          },
        },
      },
    },
    'specific-phobia': {
      title: 'Intense fear of a specific thing or situation',
      summary: 'Strong fear of one thing (for example flying, needles, dogs, heights) and avoiding it.',
      evidencedBy: [
        'Feels intense fear as soon as the feared thing is near or expected',
        'Avoids it, or endures it with great distress',
        'The avoidance gets in the way of work, health care, travel or family life',
      ],
      goals: {
        'face-fear': {
          clinicalText: 'Approach the feared situation step by step until it is manageable.',
          clientWords: 'Be able to do the thing I have been avoiding.',
          objectives: {
            'ladder-steps': {
              clinicalText: 'Climb the exposure ladder: complete steps, staying until fear falls.',
              label: 'exposure ladder steps completed',
              unit: 'steps',
            },
            'peak-fear': {
              clinicalText: 'Rate peak fear (0–10) at the hardest step reached so far.',
              label: 'peak fear at the hardest step',
              unit: '0–10',
            },
          },
        },
      },
    },
    ptsd: {
      title: 'Distress after a traumatic event',
      summary: 'Memories, nightmares, feeling on guard and avoiding reminders after something frightening.',
      evidencedBy: [
        'Has unwanted memories, nightmares or flashbacks of the event',
        'Avoids people, places or thoughts that bring it back',
        'Feels on edge, startles easily or sleeps poorly',
      ],
      goals: {
        'less-intrusion': {
          clinicalText: 'Reduce trauma symptoms to below the level that suggests PTSD.',
          clientWords: 'Stop the memories from running my life.',
          objectives: {
            'pcl5-below': {
              clinicalText: 'PCL-5 total below 31.',
              clientWords: 'My trauma questionnaire score drops below the level that suggests PTSD.',
              label: 'PCL-5 total',
            },
            nightmares: {
              clinicalText: 'Reduce nights woken by nightmares.',
              label: 'nights woken by nightmares',
              unit: 'per week',
            },
          },
        },
      },
    },
    'complex-trauma': {
      title: 'Effects of long-lasting or repeated trauma',
      summary: 'Repeated or prolonged trauma affecting emotions, relationships and sense of self; the work can be organised in phases.',
      evidencedBy: [
        'Has strong emotions that are hard to come down from',
        'Feels cut off, numb or "not really here" at times',
        'Finds it hard to trust others or feel safe in relationships',
      ],
      phases: {
        safety: {
          title: 'Safety and stabilization',
          description: 'Build safety, routines and ways to steady strong feelings, as much as the client needs; trauma-focused therapy need not wait for it.',
        },
        processing: {
          title: 'Processing',
          description: 'Work through traumatic memories at a pace that stays within what can be tolerated.',
        },
        integration: {
          title: 'Integration',
          description: 'Build the life, relationships and sense of self the client wants going forward.',
        },
      },
      goals: {
        stabilize: {
          clinicalText: 'Increase safety and the ability to steady overwhelming emotions.',
          clientWords: 'Feel safe enough in my body and my days.',
          objectives: {
            'grounding-use': {
              clinicalText: 'Use a grounding skill when distress rises, and log it.',
              label: 'times grounding used when distressed',
              unit: 'per week',
            },
            'crisis-days': {
              clinicalText: 'Reduce days with overwhelming distress that needs crisis support.',
              label: 'days needing crisis support',
              unit: 'per month',
            },
          },
        },
        process: {
          clinicalText: 'Reduce the distress of traumatic memories with a trauma-focused therapy.',
          clientWords: 'Be able to think about what happened without falling apart.',
          objectives: {
            'memory-distress': {
              clinicalText: 'Distress (0–10) when recalling the target memory in session.',
              label: 'distress recalling the target memory',
              unit: '0–10',
            },
          },
        },
        integrate: {
          clinicalText: 'Build relationships and activities that support the life the client wants.',
          clientWords: 'Have people and things in my life that feel good.',
          objectives: {
            connection: {
              clinicalText: 'Spend time with a trusted person or group.',
              label: 'times with a trusted person or group',
              unit: 'per week',
            },
          },
        },
      },
    },
    'substance-use': {
      title: 'Alcohol or drug use causing harm',
      summary: 'Use that has become hard to control or is causing problems with health, work or people.',
      evidencedBy: [
        'Uses more, or for longer, than intended',
        'Has tried to cut down without managing to',
        'Use has caused problems with health, work, money or relationships',
      ],
      goals: {
        'reduce-use': {
          clinicalText: 'Reduce or stop use, at the pace and goal the client chooses.',
          clientWords: 'Get my drinking back under my control.',
          objectives: {
            'drinking-days': {
              clinicalText: 'Reduce days with any alcohol or drug use.',
              label: 'days with use',
              unit: 'per week',
            },
            'auditc-below': { clinicalText: 'AUDIT-C total below the positive screen threshold.', label: 'AUDIT-C total' },
          },
        },
        'handle-triggers': {
          clinicalText: 'Handle triggers and cravings without using.',
          clientWords: 'Have something else to do when the urge hits.',
          objectives: {
            'cravings-managed': {
              clinicalText: 'Use a planned coping step when a craving comes, and log it.',
              label: 'cravings met with a coping step',
              unit: 'per week',
            },
          },
        },
      },
    },
    'co-occurring': {
      title: 'Low mood and substance use feeding each other',
      summary: 'Depression and substance use worked on together in one integrated plan.',
      evidencedBy: [
        'Uses alcohol or drugs to cope with low mood',
        'Mood is lower in the days after using',
        'Both problems have got worse together',
      ],
      goals: {
        integrated: {
          clinicalText: 'Improve mood and reduce use together, treating each as part of the other.',
          clientWords: 'Stop the cycle of feeling low and drinking.',
          objectives: {
            'phq9-drop': { clinicalText: 'PHQ-9 total below 10.', label: 'PHQ-9 total' },
            'use-to-cope': {
              clinicalText: 'Reduce times using to cope with low mood; use a planned alternative instead.',
              label: 'times using to cope with low mood',
              unit: 'per week',
            },
          },
        },
      },
    },
    neurodivergence: {
      title: 'Accommodations for neurodivergent needs',
      summary: 'Therapy and daily life shaped around how the client thinks, senses and communicates.',
      evidencedBy: [
        'Finds some sensory environments overwhelming',
        'Processes spoken information better with written or visual support',
        'Has found standard formats of help hard to use',
      ],
      goals: {
        'fit-therapy': {
          clinicalText: 'Adapt sessions and materials so therapy fits how the client processes information.',
          clientWords: 'Have therapy work for my brain, not against it.',
          objectives: {
            'written-summaries': {
              clinicalText: 'Receive a written summary after each session and rate how usable it was (0–10).',
              label: 'usefulness of session summaries',
              unit: '0–10',
            },
          },
        },
        'sensory-plan': {
          clinicalText: 'Reduce sensory overload through a personal sensory plan.',
          clientWords: 'Fewer shutdowns after busy days.',
          objectives: {
            shutdowns: {
              clinicalText: 'Reduce shutdowns or meltdowns after sensory overload.',
              label: 'shutdowns or meltdowns',
              unit: 'per week',
            },
          },
        },
      },
    },
  },
};
