import { FIRST_LINE_ENTRIES } from './first-line.js';
import type { CatalogEntry } from './schema.js';

/**
 * The kit's own catalog of therapeutic approaches, written for this kit in plain language.
 * Doses are typical courses to prefill a plan entry, not prescriptions: the clinician sets the
 * real dose with the client. Medication-assisted treatment appears only as a referral to a
 * prescriber and never carries a dose. Hosts add or replace entries through `mergeCatalog`.
 */
export const MODALITY_CATALOG: readonly CatalogEntry[] = [
  {
    id: 'cbt',
    name: 'Cognitive behavioral therapy (CBT)',
    kind: 'therapy',
    summary: 'Practical work on the links between thoughts, feelings and actions.',
    forClient:
      'CBT looks at how what you think, what you feel and what you do affect each other. Together you notice patterns that keep problems going and try out new ways of thinking and acting, a step at a time.',
    sessionInvolves:
      'Each session has an agenda you set together: checking how the week went, reviewing practice, learning or trying one skill, and agreeing what to practise before next time.',
    structure: 'structured',
    dose: {
      frequency: 'weekly',
      sessionMinutes: 50,
      sessions: { min: 12, max: 20 },
      format: 'individual',
      text: 'Weekly 50-minute sessions, often 12 to 20 in all',
    },
    techniques: [
      {
        id: 'cognitive-restructuring',
        name: 'Cognitive restructuring',
        description:
          'Catching worried or harsh thoughts, checking them against what actually happened, and finding a fairer way to see things.',
      },
      {
        id: 'exposure',
        name: 'Graded exposure',
        description:
          'Facing a feared situation or object in small, planned steps, staying long enough for the fear to ease, so it loses its hold.',
      },
      {
        id: 'interoceptive-exposure',
        name: 'Exposure to body sensations',
        description:
          'Safely bringing on sensations that feel like panic (a racing heart, dizziness) so they become less frightening.',
      },
      {
        id: 'behavioral-activation',
        name: 'Behavioral activation',
        description:
          'Planning small, doable activities that matter to you or bring some enjoyment, even before motivation returns.',
      },
      {
        id: 'thought-records',
        name: 'Thought records',
        description: 'Writing down a situation, the thought it brought, the feeling, and a more balanced thought.',
      },
      {
        id: 'problem-solving',
        name: 'Problem solving',
        description: 'Breaking a problem into parts, listing options, choosing one to try and looking at how it went.',
      },
      {
        id: 'sleep-scheduling',
        name: 'CBT for sleep (sleep scheduling)',
        description:
          'Keeping regular sleep and wake times and using bed only for sleep, so the body relearns when to sleep.',
      },
    ],
    usedFor: [
      'depression',
      'generalized-anxiety',
      'panic',
      'specific-phobia',
      'social-anxiety',
      'ptsd',
      'sleep',
      'stress',
      'substance-use',
    ],
  },
  {
    id: 'dbt',
    name: 'Dialectical behavior therapy (DBT)',
    kind: 'therapy',
    summary: 'Skills for strong emotions, distress and relationships.',
    forClient:
      'DBT teaches skills for riding out intense emotions without making things worse, for getting along with people, and for accepting yourself while still making changes.',
    sessionInvolves:
      'Usually a weekly one-to-one session plus a weekly skills group. You may keep a diary card of urges and skills used, and can often get brief coaching between sessions.',
    structure: 'structured',
    dose: {
      frequency: 'weekly',
      sessionMinutes: 60,
      sessions: { min: 24, max: 52 },
      format: 'individual',
      text: 'Weekly individual session and weekly skills group, usually for six months to a year',
    },
    techniques: [
      {
        id: 'distress-tolerance',
        name: 'Distress tolerance',
        description: 'Ways to get through a crisis moment without acting on urges that would make it worse.',
      },
      {
        id: 'emotion-regulation',
        name: 'Emotion regulation',
        description: 'Naming emotions, understanding what they are for, and lowering how often and how hard they hit.',
      },
      {
        id: 'interpersonal-effectiveness',
        name: 'Interpersonal effectiveness',
        description: 'Asking for what you need and saying no while keeping relationships and self-respect.',
      },
      {
        id: 'dbt-mindfulness',
        name: 'Mindfulness skills',
        description: 'Noticing the present moment, including thoughts and feelings, without judging them.',
      },
      {
        id: 'diary-card',
        name: 'Diary card',
        description: 'A daily record of feelings, urges and the skills you used, reviewed at the start of each session.',
      },
    ],
    usedFor: ['complex-trauma', 'substance-use', 'relationships', 'depression'],
  },
  {
    id: 'act',
    name: 'Acceptance and commitment therapy (ACT)',
    kind: 'therapy',
    summary: 'Making room for hard feelings while acting on what matters to you.',
    forClient:
      'ACT helps you stop fighting painful thoughts and feelings so they take up less space, and to get clear on what matters to you so you can take steps towards it.',
    sessionInvolves:
      'Conversation mixed with short exercises and metaphors, working out your values, and agreeing small committed actions to try during the week.',
    structure: 'balanced',
    dose: {
      frequency: 'weekly',
      sessionMinutes: 50,
      sessions: { min: 8, max: 16 },
      format: 'individual',
      text: 'Weekly 50-minute sessions, often 8 to 16 in all',
    },
    techniques: [
      {
        id: 'defusion',
        name: 'Cognitive defusion',
        description: 'Stepping back from thoughts so you see them as words passing through, not orders to follow.',
      },
      {
        id: 'acceptance',
        name: 'Acceptance',
        description: 'Letting uncomfortable feelings be there without struggling against them.',
      },
      {
        id: 'values-clarification',
        name: 'Values clarification',
        description: 'Working out what kind of person you want to be and what matters most to you.',
      },
      {
        id: 'committed-action',
        name: 'Committed action',
        description: 'Small, concrete steps in the direction of your values, even when it feels hard.',
      },
    ],
    usedFor: ['depression', 'generalized-anxiety', 'stress', 'substance-use', 'social-anxiety'],
  },
  {
    id: 'mindfulness',
    name: 'Mindfulness-based stress reduction (MBSR) and mindfulness practice',
    kind: 'therapy',
    summary: 'Training attention to the present moment to ease stress.',
    forClient:
      'Mindfulness is practice in paying attention to what is happening now, in your body and mind, with curiosity instead of judgement. Regular practice can lower stress and help you step out of spirals of worry or low mood.',
    sessionInvolves:
      'Guided practices such as a body scan, mindful breathing and gentle movement, followed by talking about what you noticed. The MBSR course runs as a group with daily practice at home.',
    structure: 'structured',
    dose: {
      frequency: 'weekly',
      sessionMinutes: 150,
      sessions: { min: 8, max: 8 },
      format: 'group',
      text: 'Eight weekly group sessions of about two and a half hours, plus a practice day and daily home practice',
    },
    techniques: [
      {
        id: 'body-scan',
        name: 'Body scan',
        description: 'Moving attention slowly through the body, noticing sensations without trying to change them.',
      },
      {
        id: 'mindful-breathing',
        name: 'Mindful breathing',
        description: 'Resting attention on the breath and gently bringing it back when the mind wanders.',
      },
      {
        id: 'mindful-movement',
        name: 'Mindful movement',
        description: 'Gentle stretching or walking done slowly and with attention.',
      },
      {
        id: 'breathing-space',
        name: 'Three-minute breathing space',
        description: 'A short pause during the day to notice what is going on, settle on the breath and widen attention again.',
      },
    ],
    usedFor: ['stress', 'depression', 'generalized-anxiety', 'sleep'],
  },
  {
    id: 'psychodynamic',
    name: 'Psychodynamic therapy',
    kind: 'therapy',
    summary: 'Understanding how past experiences and hidden patterns shape the present.',
    forClient:
      'Psychodynamic therapy explores feelings and patterns you may not be fully aware of, often rooted in earlier relationships, and how they show up in your life and relationships now.',
    sessionInvolves:
      'You talk about whatever is on your mind; the therapist helps you notice repeating themes, including how you relate to them, and what they may mean.',
    structure: 'exploratory',
    dose: {
      frequency: 'weekly',
      sessionMinutes: 50,
      sessions: { min: 16, max: 30 },
      format: 'individual',
      text: 'Weekly 50-minute sessions; short-term work is often 16 to 30 sessions, longer work is open-ended',
    },
    techniques: [
      {
        id: 'exploring-patterns',
        name: 'Exploring relationship patterns',
        description: 'Noticing how the same kinds of relationship difficulties come up again and again.',
      },
      {
        id: 'exploring-feelings',
        name: 'Exploring avoided feelings',
        description: 'Giving room to feelings that are usually pushed away.',
      },
      {
        id: 'therapeutic-relationship',
        name: 'Using the therapy relationship',
        description: 'Looking at what happens between you and the therapist as a window onto other relationships.',
      },
    ],
    usedFor: ['depression', 'relationships', 'generalized-anxiety', 'social-anxiety'],
  },
  {
    id: 'person-centered',
    name: 'Person-centered therapy',
    kind: 'therapy',
    summary: 'Being heard without judgement, at your own pace.',
    forClient:
      'Person-centered therapy trusts that you are the expert on your own life. The therapist listens closely, without judging or directing, so you can find your own way forward.',
    sessionInvolves: 'You lead the conversation. The therapist listens, reflects back what they hear and checks they understand.',
    structure: 'exploratory',
    dose: {
      frequency: 'weekly',
      sessionMinutes: 50,
      format: 'individual',
      text: 'Weekly 50-minute sessions, open-ended and reviewed together',
    },
    techniques: [
      {
        id: 'reflective-listening',
        name: 'Reflective listening',
        description: 'The therapist puts what you said into their own words so you feel understood and hear yourself more clearly.',
      },
      {
        id: 'unconditional-regard',
        name: 'Acceptance without judgement',
        description: 'A steady, accepting relationship in which you can say anything.',
      },
    ],
    usedFor: ['grief', 'depression', 'relationships', 'stress'],
  },
  {
    id: 'psychoeducation',
    name: 'Psychoeducation',
    kind: 'therapy',
    summary: 'Clear information about what you are going through and what helps.',
    forClient:
      'Psychoeducation means learning how a difficulty works — what happens in the body and mind, what keeps it going and what tends to help — so it feels less confusing and you can make informed choices.',
    sessionInvolves:
      'Explanations, diagrams and handouts, time for your questions, and sometimes the people close to you joining in.',
    structure: 'structured',
    dose: {
      frequency: 'weekly',
      sessionMinutes: 45,
      sessions: { min: 2, max: 8 },
      format: 'individual',
      text: 'A few weekly sessions, or woven into other work; also offered in groups',
    },
    techniques: [
      {
        id: 'condition-information',
        name: 'Information about the condition',
        description: 'What the difficulty is, how common it is and what keeps it going.',
      },
      {
        id: 'warning-signs',
        name: 'Early warning signs',
        description: 'Spotting the first signs of things getting worse and agreeing what to do then.',
      },
      {
        id: 'family-information',
        name: 'Information for family',
        description: 'Helping the people around you understand and support you.',
      },
    ],
    usedFor: ['depression', 'generalized-anxiety', 'panic', 'ptsd', 'substance-use', 'neurodivergence', 'sleep'],
  },
  {
    id: 'somatic',
    name: 'Somatic (body-based) techniques',
    kind: 'therapy',
    summary: 'Working with body sensations to settle the nervous system.',
    forClient:
      'Stress and trauma are felt in the body, not only in thoughts. Somatic work helps you notice body sensations, find ways to calm and steady yourself, and feel safer in your body.',
    sessionInvolves:
      'Short, gentle exercises with breathing, posture, movement or grounding, paying attention to what the body is doing, always at a pace you choose.',
    structure: 'balanced',
    dose: {
      frequency: 'weekly',
      sessionMinutes: 55,
      format: 'individual',
      text: 'Weekly 50- to 60-minute sessions; the length of the course varies',
    },
    techniques: [
      {
        id: 'grounding',
        name: 'Grounding',
        description: 'Using the senses and the feeling of your feet on the floor to come back to the here and now.',
      },
      {
        id: 'paced-breathing',
        name: 'Paced breathing',
        description: 'Slowing the out-breath to calm the body’s alarm response.',
      },
      {
        id: 'body-awareness',
        name: 'Body awareness',
        description: 'Noticing tension, comfort and other sensations, and what they are telling you.',
      },
      {
        id: 'titration',
        name: 'Working in small doses',
        description: 'Touching on difficult sensations only briefly, then returning to something that feels safe.',
      },
    ],
    usedFor: ['ptsd', 'complex-trauma', 'stress', 'panic'],
  },
  {
    id: 'narrative',
    name: 'Narrative techniques',
    kind: 'therapy',
    summary: 'Making sense of events by telling and re-telling your story.',
    forClient:
      'Narrative work helps you put what happened into words and order, and separate yourself from the problem, so your story is not only about the difficulty but also about your strengths and values.',
    sessionInvolves:
      'Talking or writing about your experiences, naming the problem as something outside you, and noticing times you resisted it.',
    structure: 'exploratory',
    dose: {
      frequency: 'weekly',
      sessionMinutes: 50,
      format: 'individual',
      text: 'Weekly or every two weeks, 50-minute sessions',
    },
    techniques: [
      {
        id: 'externalizing',
        name: 'Externalizing the problem',
        description: 'Talking about the problem as separate from you, so it is something you deal with, not who you are.',
      },
      {
        id: 'life-story',
        name: 'Putting events in order',
        description: 'Building a timeline of what happened so scattered memories make more sense.',
      },
      {
        id: 're-authoring',
        name: 'Re-authoring',
        description: 'Finding moments that do not fit the problem story and building a fuller account from them.',
      },
    ],
    // Not a PTSD treatment (and not Narrative Exposure Therapy): no guideline lists it for PTSD.
    usedFor: ['grief', 'relationships', 'depression'],
  },
  {
    id: 'motivational-interviewing',
    name: 'Motivational interviewing',
    kind: 'therapy',
    summary: 'A respectful conversation about change, for when you feel two ways about it.',
    forClient:
      'It is normal to feel two ways about changing something like drinking or drug use. Motivational interviewing is a conversation that helps you explore your own reasons, without pressure or lecturing, and decide what you want to do.',
    sessionInvolves:
      'Open questions and careful listening about what you like and dislike about the current situation, what matters to you, and, if you choose, a plan for change.',
    structure: 'balanced',
    dose: {
      frequency: 'weekly',
      sessionMinutes: 50,
      sessions: { min: 1, max: 4 },
      format: 'individual',
      text: 'One to four sessions, or woven into other therapy',
    },
    techniques: [
      {
        id: 'open-questions',
        name: 'Open questions and reflections',
        description: 'Questions that invite you to say more, and reflections that show you were heard.',
      },
      {
        id: 'decisional-balance',
        name: 'Weighing up change',
        description: 'Looking honestly at the pros and cons of staying the same and of changing.',
      },
      {
        id: 'change-plan',
        name: 'Change plan',
        description: 'If you decide to change: what, why, how, and who can help.',
      },
    ],
    usedFor: ['substance-use'],
  },
  {
    id: 'trauma-informed',
    name: 'Trauma-informed care (a way of working)',
    kind: 'framework',
    summary: 'How the whole service works with people affected by trauma: safety, choice, trust and collaboration. A stance, not a treatment on its own.',
    forClient:
      'Trauma-informed care is a way of working that everyone involved in your care follows: you are kept informed, you have choice and control, and the aim is that nothing feels unsafe or is done to you without your say. It goes alongside the treatment you choose; it does not replace it.',
    sessionInvolves:
      'Agreeing how sessions will run, what helps you feel safe, how to pause, and checking in on this as treatment goes on.',
    structure: 'balanced',
    dose: {
      frequency: 'weekly',
      sessionMinutes: 50,
      format: 'individual',
      text: 'Throughout care, alongside any treatment',
    },
    techniques: [
      {
        id: 'phase-safety',
        name: 'Safety and steadiness',
        description: 'Attending to safety in daily life and ways to steady yourself, alongside treatment.',
      },
      {
        id: 'phase-processing',
        name: 'Pacing trauma-focused work',
        description: 'Agreeing the pace of any trauma-focused therapy together; readiness is talked about, not assumed.',
      },
      {
        id: 'phase-reconnection',
        name: 'Reconnection',
        description: 'Rebuilding relationships, routines and a sense of the future.',
      },
      {
        id: 'choice-and-control',
        name: 'Choice and control',
        description: 'You decide the pace, what is talked about and when to stop.',
      },
    ],
    usedFor: ['ptsd', 'complex-trauma'],
  },
  {
    id: 'play-therapy',
    name: 'Play therapy',
    kind: 'therapy',
    summary: 'Therapy through play, mainly for children.',
    forClient:
      'Children often show feelings through play more easily than through words. In play therapy a child plays with chosen toys and materials while the therapist helps them express and work through what is troubling them.',
    sessionInvolves:
      'A playroom with toys, sand, puppets or art materials. The child leads; parents or carers usually meet the therapist separately too.',
    structure: 'exploratory',
    dose: {
      frequency: 'weekly',
      sessionMinutes: 45,
      format: 'individual',
      text: 'Weekly 45-minute sessions, often over several months',
    },
    techniques: [
      {
        id: 'child-led-play',
        name: 'Child-led play',
        description: 'The child chooses what to play while the therapist follows and names feelings.',
      },
      {
        id: 'sand-tray',
        name: 'Sand tray',
        description: 'Building scenes in a tray of sand with small figures to show what is hard to say.',
      },
      {
        id: 'carer-sessions',
        name: 'Sessions with parents or carers',
        description: 'Helping the adults understand the child and support progress at home.',
      },
    ],
    usedFor: ['neurodivergence', 'ptsd', 'grief', 'relationships'],
  },
  {
    id: 'art-therapy',
    name: 'Art therapy',
    kind: 'therapy',
    summary: 'Using drawing, painting or making things to express what is hard to say.',
    forClient:
      'Art therapy uses making art — no skill needed — as a way to express and explore feelings and experiences that are hard to put into words.',
    sessionInvolves: 'Making something with materials you choose, then, if you want, talking about it with the therapist.',
    structure: 'exploratory',
    dose: {
      frequency: 'weekly',
      sessionMinutes: 60,
      format: 'individual',
      text: 'Weekly sessions of about an hour, one-to-one or in a group',
    },
    techniques: [
      {
        id: 'free-art-making',
        name: 'Free art making',
        description: 'Creating whatever comes, with the therapist alongside.',
      },
      {
        id: 'guided-art',
        name: 'Guided art tasks',
        description: 'A theme or prompt, such as drawing a safe place, to explore together.',
      },
    ],
    usedFor: ['complex-trauma', 'ptsd', 'grief', 'neurodivergence', 'depression'],
  },
  {
    id: 'family-therapy',
    name: 'Family and couple therapy',
    kind: 'therapy',
    summary: 'Working on difficulties together with the people closest to you.',
    forClient:
      'Family or couple therapy brings the people who matter into the room, so that everyone can be heard, understand each other better and find new ways of dealing with problems together.',
    sessionInvolves:
      'Sessions with two or more family members or partners. The therapist makes sure each person gets a say and helps the group notice and change patterns.',
    structure: 'balanced',
    dose: {
      frequency: 'every-two-weeks',
      sessionMinutes: 75,
      sessions: { min: 6, max: 20 },
      format: 'family',
      text: 'Sessions of 60 to 90 minutes, weekly or every two weeks, often 6 to 20 in all',
    },
    techniques: [
      {
        id: 'communication-skills',
        name: 'Communication skills',
        description: 'Practising listening and speaking so that each person feels heard.',
      },
      {
        id: 'family-patterns',
        name: 'Looking at family patterns',
        description: 'Noticing cycles in how the family responds to stress and how to change them.',
      },
      {
        id: 'shared-problem-solving',
        name: 'Solving problems together',
        description: 'Agreeing on a shared problem and working out steps everyone can take.',
      },
    ],
    usedFor: ['relationships', 'substance-use', 'neurodivergence', 'depression'],
  },
  {
    id: 'integrative',
    name: 'Integrative, one-plan approach',
    kind: 'framework',
    summary: 'One plan that combines approaches for difficulties that happen together.',
    forClient:
      'When several difficulties affect each other — for example low mood and drinking — treating them together in one plan, with one team, usually works better than treating one and then the other. Techniques are chosen from different approaches to fit you.',
    sessionInvolves:
      'Sessions that address the linked difficulties side by side, using skills from more than one approach, with one set of goals everyone agrees on.',
    structure: 'balanced',
    dose: {
      frequency: 'weekly',
      sessionMinutes: 50,
      format: 'individual',
      text: 'Weekly 50-minute sessions, reviewed together at each plan review',
    },
    techniques: [
      {
        id: 'shared-formulation',
        name: 'Shared understanding',
        description: 'A joint picture of how the difficulties feed each other.',
      },
      {
        id: 'combined-skills',
        name: 'Skills from several approaches',
        description: 'Choosing techniques from different approaches to fit what you need now.',
      },
      {
        id: 'care-coordination',
        name: 'Coordinated care',
        description: 'Everyone involved in your care working from the same plan.',
      },
    ],
    usedFor: ['depression', 'substance-use', 'complex-trauma'],
  },
  {
    id: 'mat-referral',
    name: 'Referral for medication for alcohol or opioid use disorder (MAUD / MOUD)',
    kind: 'referral',
    summary: 'A referral to a prescriber to discuss medication for a moderate or severe alcohol or opioid use disorder.',
    forClient:
      'For a moderate or severe alcohol or opioid use disorder, medication alongside counselling can make recovery safer and more likely to last. This is a referral to a doctor or other prescriber, who will talk it through with you and decide together whether a medication fits. This plan does not prescribe.',
    sessionInvolves:
      'An appointment with a prescriber to talk about your use, your health and the options. Any medication and its dose are decided and monitored by the prescriber.',
    structure: 'structured',
    techniques: [
      {
        id: 'prescriber-referral',
        name: 'Referral to a prescriber',
        description: 'Arranging an appointment with a doctor or other prescriber experienced in addiction care.',
      },
      {
        id: 'care-coordination',
        name: 'Staying in touch with the prescriber',
        description: 'With your consent, sharing progress so counselling and medication work together.',
      },
    ],
    usedFor: ['substance-use'],
  },
  {
    id: 'support-groups',
    name: 'Support groups (in person or online)',
    kind: 'support',
    summary: 'Meeting people with similar experiences, in person or online.',
    forClient:
      'Support groups bring together people facing similar challenges to share experiences and encouragement. Some meet in person, others online; some follow a set program, others are open conversation.',
    sessionInvolves:
      'A regular meeting led by a facilitator or by members. You can listen only until you feel ready to share.',
    structure: 'balanced',
    dose: {
      frequency: 'weekly',
      sessionMinutes: 90,
      format: 'group',
      text: 'Usually weekly meetings of 60 to 90 minutes, ongoing',
    },
    techniques: [
      {
        id: 'in-person-group',
        name: 'In-person group',
        description: 'A local group that meets face to face.',
      },
      {
        id: 'online-group',
        name: 'Online group',
        description: 'A group meeting by video or a moderated online forum.',
      },
      {
        id: 'mutual-help',
        name: 'Mutual-help program',
        description: 'Peer-led recovery groups such as 12-step fellowships or SMART Recovery.',
      },
    ],
    usedFor: ['substance-use', 'grief', 'ptsd', 'neurodivergence', 'depression'],
  },
  {
    id: 'lifestyle',
    name: 'Lifestyle: exercise, sleep and stress management',
    kind: 'lifestyle',
    summary: 'Everyday habits that support mood and recovery.',
    forClient:
      'Regular movement, steady sleep and ways to wind down all affect mood, worry and energy. Small, realistic changes you choose can support everything else in your plan.',
    sessionInvolves:
      'Agreeing one or two small changes, practising them between sessions, and checking briefly how they went.',
    structure: 'structured',
    dose: {
      frequency: 'weekly',
      sessionMinutes: 15,
      format: 'individual',
      text: 'Practised daily between sessions; a short check-in at each session',
    },
    techniques: [
      {
        id: 'exercise',
        name: 'Physical activity',
        description: 'Building up regular movement you enjoy, such as walking, cycling or dancing.',
      },
      {
        id: 'sleep-routine',
        name: 'Sleep routine',
        description: 'Regular times for going to bed and getting up, and a calm wind-down before sleep.',
      },
      {
        id: 'stress-management',
        name: 'Stress management',
        description: 'Planning the week, taking breaks and using a relaxation method that works for you.',
      },
    ],
    usedFor: ['sleep', 'stress', 'depression', 'generalized-anxiety'],
  },
  // First-line approaches named by the guidelines the suggestion rules cite (first-line.ts).
  ...FIRST_LINE_ENTRIES,
];
