import type { CatalogEntry } from './schema.js';

/**
 * Approaches that guidelines name as first line, written for this kit in plain language. What
 * each says about evidence is no stronger than its source:
 * - PTSD: VA/DoD Clinical Practice Guideline for PTSD and Acute Stress Disorder (2023) recommends
 *   CPT, PE and EMDR; APA Clinical Practice Guideline for the Treatment of PTSD (2017) recommends
 *   CPT, PE, CBT and cognitive therapy and suggests EMDR; NICE NG116 (2018) recommends
 *   trauma-focused CBT (which includes CPT and PE) and, for non-combat trauma more than 3 months
 *   ago, EMDR.
 * - Insomnia: Edinger et al., AASM clinical practice guideline, J Clin Sleep Med 2021;17(2):255-262
 *   — CBT-I strongly recommended; sleep hygiene alone not recommended as a treatment.
 * - Unhealthy alcohol use found by screening: USPSTF 2018 (JAMA 2018;320(18):1899-1909) — brief
 *   behavioral counseling; SAMHSA's SBIRT.
 * - Safety planning: Stanley B, Brown GK. Safety Planning Intervention: a brief intervention to
 *   mitigate suicide risk. Cogn Behav Pract. 2012;19(2):256-264.
 */
export const FIRST_LINE_ENTRIES: readonly CatalogEntry[] = [
  {
    id: 'safety-planning',
    name: 'Safety planning',
    kind: 'therapy',
    summary: 'A written plan, made together, for getting through moments when thoughts of suicide or self-harm come.',
    forClient:
      'A safety plan is a short list you write with your clinician and keep close: the signs that a hard moment is starting, things you can do on your own to get through it, people and places that help, who to call, how to reach professional and crisis help, and how to make your surroundings safer. It also holds your reasons for living.',
    sessionInvolves:
      'Going through each step together in your own words, agreeing where you keep the plan, and looking at it again at later sessions.',
    structure: 'structured',
    dose: {
      frequency: 'other',
      sessionMinutes: 45,
      format: 'individual',
      text: 'Made in one session, the same day the need is found; reviewed at later sessions',
    },
    techniques: [
      { id: 'warning-signs', name: 'Warning signs', description: 'Noticing the thoughts, feelings and situations that come before a crisis.' },
      { id: 'coping-and-contacts', name: 'Coping and contacts', description: 'Things to do on your own, people and places for distraction, and people to ask for help.' },
      { id: 'crisis-contacts', name: 'Professional and crisis help', description: 'Who to call and how, at any hour (in the US, the 988 Suicide & Crisis Lifeline).' },
      { id: 'safer-environment', name: 'A safer environment', description: 'Agreeing how to keep means of harm out of easy reach.' },
    ],
    usedFor: ['depression'],
  },
  {
    id: 'cpt',
    name: 'Cognitive Processing Therapy (CPT)',
    kind: 'therapy',
    summary: 'A trauma-focused therapy that works on the beliefs a trauma left behind. A first-line PTSD treatment in VA/DoD, APA and NICE guidelines.',
    forClient:
      'After a trauma, people often get stuck on beliefs about why it happened and what it means about themselves, others and the world. In CPT you look at these “stuck points” together, check them against the facts, and find ways of seeing things that are more accurate and less painful.',
    sessionInvolves:
      'Structured weekly sessions with short worksheets between them; often writing an account of what happened and what it has meant to you.',
    structure: 'structured',
    dose: { frequency: 'weekly', sessionMinutes: 60, sessions: { min: 12 }, format: 'individual', text: 'About 12 weekly sessions of 50–60 minutes' },
    techniques: [
      { id: 'stuck-points', name: 'Working on stuck points', description: 'Finding and questioning beliefs the trauma left, such as self-blame.' },
      { id: 'impact-statement', name: 'Impact statement', description: 'Writing what the trauma has meant to you and how it changed your beliefs.' },
    ],
    usedFor: ['ptsd', 'complex-trauma'],
  },
  {
    id: 'prolonged-exposure',
    name: 'Prolonged Exposure (PE)',
    kind: 'therapy',
    summary: 'A trauma-focused therapy that gradually approaches the memory and the safe situations avoided since. A first-line PTSD treatment in VA/DoD, APA and NICE guidelines.',
    forClient:
      'Avoiding memories and reminders makes sense after a trauma, but it keeps fear going. In PE you talk through the memory with your therapist, at a pace you agree, and step by step return to safe places and activities you have been avoiding, so the memory and reminders lose their power.',
    sessionInvolves:
      'Weekly sessions of up to 90 minutes: learning about common reactions to trauma, breathing practice, revisiting the memory out loud, and planned practice between sessions.',
    structure: 'structured',
    dose: { frequency: 'weekly', sessionMinutes: 90, sessions: { min: 8, max: 15 }, format: 'individual', text: '8 to 15 weekly sessions of 60–90 minutes' },
    techniques: [
      { id: 'imaginal-exposure', name: 'Revisiting the memory', description: 'Talking through the trauma memory with support until it becomes less overwhelming.' },
      { id: 'in-vivo-exposure', name: 'Real-life practice', description: 'Returning step by step to safe situations you have avoided.' },
    ],
    usedFor: ['ptsd', 'complex-trauma'],
  },
  {
    id: 'emdr',
    name: 'Eye Movement Desensitization and Reprocessing (EMDR)',
    kind: 'therapy',
    summary: 'A trauma-focused therapy that recalls the memory while following side-to-side movements. Recommended by VA/DoD 2023 and NICE (non-combat trauma); suggested by APA 2017.',
    forClient:
      'In EMDR you bring a trauma memory to mind for short periods while following your therapist’s hand movements or sounds from side to side. Over sessions the memory usually becomes less upsetting and the beliefs tied to it change.',
    sessionInvolves:
      'Preparation and calming skills first, then sessions that work through chosen memories in short sets, checking in after each one.',
    structure: 'structured',
    dose: { frequency: 'weekly', sessionMinutes: 90, sessions: { min: 8, max: 12 }, format: 'individual', text: 'Often 8 to 12 weekly sessions of 60–90 minutes' },
    techniques: [
      { id: 'bilateral-stimulation', name: 'Reprocessing sets', description: 'Holding the memory in mind briefly while following side-to-side movements or sounds.' },
      { id: 'resource-installation', name: 'Calming resources', description: 'A calm place and other resources to steady yourself between sets.' },
    ],
    usedFor: ['ptsd', 'complex-trauma'],
  },
  {
    id: 'tf-cbt',
    name: 'Trauma-focused CBT',
    kind: 'therapy',
    summary: 'CBT centred on the trauma memory and its meaning. Recommended for PTSD by NICE NG116 and, as CBT, by APA 2017.',
    forClient:
      'Trauma-focused CBT helps you make sense of what happened, update the memory with what you know now, and reduce the fear and avoidance that keep PTSD going. For children and young people, caregivers usually take part.',
    sessionInvolves:
      'Weekly structured sessions: understanding trauma reactions, working with the memory and its meaning, and practising between sessions.',
    structure: 'structured',
    dose: { frequency: 'weekly', sessionMinutes: 60, sessions: { min: 8, max: 12 }, format: 'individual', text: '8 to 12 weekly sessions, longer when needed' },
    techniques: [
      { id: 'trauma-narrative', name: 'Working with the memory', description: 'Going through what happened and updating its meaning with what you know now.' },
      { id: 'reclaiming-life', name: 'Reclaiming your life', description: 'Returning to activities and people you have lost touch with.' },
    ],
    usedFor: ['ptsd', 'complex-trauma'],
  },
  {
    id: 'cbt-i',
    name: 'CBT for insomnia (CBT-I)',
    kind: 'therapy',
    summary: 'A short structured therapy for long-lasting sleep problems; the first-line treatment in the AASM 2021 guideline.',
    forClient:
      'CBT-I retrains the body and mind to sleep: a sleep window that matches the sleep you actually get, getting up when you cannot sleep, and work on the worries that keep you awake. Tips on sleep habits are part of it, but on their own they are not enough to treat insomnia.',
    sessionInvolves: 'Keeping a sleep diary, setting and adjusting a sleep window, and working on thoughts about sleep, over a few weekly sessions.',
    structure: 'structured',
    dose: { frequency: 'weekly', sessionMinutes: 50, sessions: { min: 4, max: 8 }, format: 'individual', text: '4 to 8 weekly sessions, in person, in a group or digital' },
    techniques: [
      { id: 'sleep-restriction', name: 'Sleep window (sleep restriction)', description: 'Time in bed matched to the sleep you actually get, widened as sleep improves.' },
      { id: 'stimulus-control', name: 'Bed for sleep', description: 'Going to bed only when sleepy and getting up when you cannot sleep.' },
      { id: 'sleep-thoughts', name: 'Thoughts about sleep', description: 'Checking worries such as “I can’t cope tomorrow” against what really happens.' },
    ],
    usedFor: ['sleep'],
  },
  {
    id: 'brief-intervention',
    name: 'Brief intervention for alcohol (SBIRT)',
    kind: 'therapy',
    summary: 'One or a few short conversations after a positive alcohol screen: feedback, advice and the client’s own goals (USPSTF 2018).',
    forClient:
      'A short, respectful conversation about what the screening showed, how drinking may be affecting your health, and what, if anything, you would like to change. You decide your own goal.',
    sessionInvolves: 'Feedback on the screening result, information on lower-risk limits, and a motivational conversation about change, with a follow-up.',
    structure: 'balanced',
    dose: { frequency: 'other', sessionMinutes: 15, sessions: { min: 1, max: 4 }, format: 'individual', text: 'One to four short conversations of 5 to 30 minutes' },
    techniques: [
      { id: 'feedback', name: 'Feedback on the screen', description: 'Going over what the answers show, without judgement.' },
      { id: 'motivational-conversation', name: 'Motivational conversation', description: 'Exploring your own reasons for and against change, and your goal.' },
    ],
    usedFor: ['substance-use'],
  },
];
