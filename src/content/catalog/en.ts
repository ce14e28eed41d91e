import type { CatalogWords } from '../../clinical/modalities/catalog-structure.js';

/**
 * The approach catalog's words in English, written for tailored-plan-kit in plain language
 * (MIT, like the rest of the kit). Structure (kind, dose, uses): src/clinical/modalities/catalog-structure.ts.
 */
export const CATALOG_EN: CatalogWords = {
  cbt: {
    name: 'Cognitive behavioral therapy (CBT)',
    summary: 'Practical work on the links between thoughts, feelings and actions.',
    forClient: 'CBT looks at how what you think, what you feel and what you do affect each other. Together you notice patterns that keep problems going and try out new ways of thinking and acting, a step at a time.',
    sessionInvolves: 'Each session has an agenda you set together: checking how the week went, reviewing practice, learning or trying one skill, and agreeing what to practise before next time.',
    dose: 'Weekly 50-minute sessions, often 12 to 20 in all',
    techniques: {
      'cognitive-restructuring': {
        name: 'Cognitive restructuring',
        description: 'Catching worried or harsh thoughts, checking them against what actually happened, and finding a fairer way to see things.',
      },
      exposure: {
        name: 'Graded exposure',
        description: 'Facing a feared situation or object in small, planned steps, staying long enough for the fear to ease, so it loses its hold.',
      },
      'interoceptive-exposure': {
        name: 'Exposure to body sensations',
        description: 'Safely bringing on sensations that feel like panic (a racing heart, dizziness) so they become less frightening.',
      },
      'behavioral-activation': {
        name: 'Behavioral activation',
        description: 'Planning small, doable activities that matter to you or bring some enjoyment, even before motivation returns.',
      },
      'thought-records': {
        name: 'Thought records',
        description: 'Writing down a situation, the thought it brought, the feeling, and a more balanced thought.',
      },
      'problem-solving': {
        name: 'Problem solving',
        description: 'Breaking a problem into parts, listing options, choosing one to try and looking at how it went.',
      },
      'sleep-scheduling': {
        name: 'CBT for sleep (sleep scheduling)',
        description: 'Keeping regular sleep and wake times and using bed only for sleep, so the body relearns when to sleep.',
      },
    },
  },
  dbt: {
    name: 'Dialectical behavior therapy (DBT)',
    summary: 'Skills for strong emotions, distress and relationships.',
    forClient: 'DBT teaches skills for riding out intense emotions without making things worse, for getting along with people, and for accepting yourself while still making changes.',
    sessionInvolves: 'Usually a weekly one-to-one session plus a weekly skills group. You may keep a diary card of urges and skills used, and can often get brief coaching between sessions.',
    dose: 'Weekly individual session and weekly skills group, usually for six months to a year',
    techniques: {
      'distress-tolerance': {
        name: 'Distress tolerance',
        description: 'Ways to get through a crisis moment without acting on urges that would make it worse.',
      },
      'emotion-regulation': {
        name: 'Emotion regulation',
        description: 'Naming emotions, understanding what they are for, and lowering how often and how hard they hit.',
      },
      'interpersonal-effectiveness': {
        name: 'Interpersonal effectiveness',
        description: 'Asking for what you need and saying no while keeping relationships and self-respect.',
      },
      'dbt-mindfulness': {
        name: 'Mindfulness skills',
        description: 'Noticing the present moment, including thoughts and feelings, without judging them.',
      },
      'diary-card': {
        name: 'Diary card',
        description: 'A daily record of feelings, urges and the skills you used, reviewed at the start of each session.',
      },
    },
  },
  act: {
    name: 'Acceptance and commitment therapy (ACT)',
    summary: 'Making room for hard feelings while acting on what matters to you.',
    forClient: 'ACT helps you stop fighting painful thoughts and feelings so they take up less space, and to get clear on what matters to you so you can take steps towards it.',
    sessionInvolves: 'Conversation mixed with short exercises and metaphors, working out your values, and agreeing small committed actions to try during the week.',
    dose: 'Weekly 50-minute sessions, often 8 to 16 in all',
    techniques: {
      defusion: {
        name: 'Cognitive defusion',
        description: 'Stepping back from thoughts so you see them as words passing through, not orders to follow.',
      },
      acceptance: {
        name: 'Acceptance',
        description: 'Letting uncomfortable feelings be there without struggling against them.',
      },
      'values-clarification': {
        name: 'Values clarification',
        description: 'Working out what kind of person you want to be and what matters most to you.',
      },
      'committed-action': {
        name: 'Committed action',
        description: 'Small, concrete steps in the direction of your values, even when it feels hard.',
      },
    },
  },
  mindfulness: {
    name: 'Mindfulness-based stress reduction (MBSR) and mindfulness practice',
    summary: 'Training attention to the present moment to ease stress.',
    forClient: 'Mindfulness is practice in paying attention to what is happening now, in your body and mind, with curiosity instead of judgement. Regular practice can lower stress and help you step out of spirals of worry or low mood.',
    sessionInvolves: 'Guided practices such as a body scan, mindful breathing and gentle movement, followed by talking about what you noticed. The MBSR course runs as a group with daily practice at home.',
    dose: 'Eight weekly group sessions of about two and a half hours, plus a practice day and daily home practice',
    techniques: {
      'body-scan': {
        name: 'Body scan',
        description: 'Moving attention slowly through the body, noticing sensations without trying to change them.',
      },
      'mindful-breathing': {
        name: 'Mindful breathing',
        description: 'Resting attention on the breath and gently bringing it back when the mind wanders.',
      },
      'mindful-movement': {
        name: 'Mindful movement',
        description: 'Gentle stretching or walking done slowly and with attention.',
      },
      'breathing-space': {
        name: 'Three-minute breathing space',
        description: 'A short pause during the day to notice what is going on, settle on the breath and widen attention again.',
      },
    },
  },
  psychodynamic: {
    name: 'Psychodynamic therapy',
    summary: 'Understanding how past experiences and hidden patterns shape the present.',
    forClient: 'Psychodynamic therapy explores feelings and patterns you may not be fully aware of, often rooted in earlier relationships, and how they show up in your life and relationships now.',
    sessionInvolves: 'You talk about whatever is on your mind; the therapist helps you notice repeating themes, including how you relate to them, and what they may mean.',
    dose: 'Weekly 50-minute sessions; short-term work is often 16 to 30 sessions, longer work is open-ended',
    techniques: {
      'exploring-patterns': {
        name: 'Exploring relationship patterns',
        description: 'Noticing how the same kinds of relationship difficulties come up again and again.',
      },
      'exploring-feelings': {
        name: 'Exploring avoided feelings',
        description: 'Giving room to feelings that are usually pushed away.',
      },
      'therapeutic-relationship': {
        name: 'Using the therapy relationship',
        description: 'Looking at what happens between you and the therapist as a window onto other relationships.',
      },
    },
  },
  'person-centered': {
    name: 'Person-centered therapy',
    summary: 'Being heard without judgement, at your own pace.',
    forClient: 'Person-centered therapy trusts that you are the expert on your own life. The therapist listens closely, without judging or directing, so you can find your own way forward.',
    sessionInvolves: 'You lead the conversation. The therapist listens, reflects back what they hear and checks they understand.',
    dose: 'Weekly 50-minute sessions, open-ended and reviewed together',
    techniques: {
      'reflective-listening': {
        name: 'Reflective listening',
        description: 'The therapist puts what you said into their own words so you feel understood and hear yourself more clearly.',
      },
      'unconditional-regard': {
        name: 'Acceptance without judgement',
        description: 'A steady, accepting relationship in which you can say anything.',
      },
    },
  },
  psychoeducation: {
    name: 'Psychoeducation',
    summary: 'Clear information about what you are going through and what helps.',
    forClient: 'Psychoeducation means learning how a difficulty works — what happens in the body and mind, what keeps it going and what tends to help — so it feels less confusing and you can make informed choices.',
    sessionInvolves: 'Explanations, diagrams and handouts, time for your questions, and sometimes the people close to you joining in.',
    dose: 'A few weekly sessions, or woven into other work; also offered in groups',
    techniques: {
      'condition-information': {
        name: 'Information about the condition',
        description: 'What the difficulty is, how common it is and what keeps it going.',
      },
      'warning-signs': {
        name: 'Early warning signs',
        description: 'Spotting the first signs of things getting worse and agreeing what to do then.',
      },
      'family-information': {
        name: 'Information for family',
        description: 'Helping the people around you understand and support you.',
      },
    },
  },
  somatic: {
    name: 'Somatic (body-based) techniques',
    summary: 'Working with body sensations to settle the nervous system.',
    forClient: 'Stress and trauma are felt in the body, not only in thoughts. Somatic work helps you notice body sensations, find ways to calm and steady yourself, and feel safer in your body.',
    sessionInvolves: 'Short, gentle exercises with breathing, posture, movement or grounding, paying attention to what the body is doing, always at a pace you choose.',
    dose: 'Weekly 50- to 60-minute sessions; the length of the course varies',
    techniques: {
      grounding: {
        name: 'Grounding',
        description: 'Using the senses and the feeling of your feet on the floor to come back to the here and now.',
      },
      'paced-breathing': { name: 'Paced breathing', description: 'Slowing the out-breath to calm the body’s alarm response.' },
      'body-awareness': {
        name: 'Body awareness',
        description: 'Noticing tension, comfort and other sensations, and what they are telling you.',
      },
      titration: {
        name: 'Working in small doses',
        description: 'Touching on difficult sensations only briefly, then returning to something that feels safe.',
      },
    },
  },
  narrative: {
    name: 'Narrative techniques',
    summary: 'Making sense of events by telling and re-telling your story.',
    forClient: 'Narrative work helps you put what happened into words and order, and separate yourself from the problem, so your story is not only about the difficulty but also about your strengths and values.',
    sessionInvolves: 'Talking or writing about your experiences, naming the problem as something outside you, and noticing times you resisted it.',
    dose: 'Weekly or every two weeks, 50-minute sessions',
    techniques: {
      externalizing: {
        name: 'Externalizing the problem',
        description: 'Talking about the problem as separate from you, so it is something you deal with, not who you are.',
      },
      'life-story': {
        name: 'Putting events in order',
        description: 'Building a timeline of what happened so scattered memories make more sense.',
      },
      're-authoring': {
        name: 'Re-authoring',
        description: 'Finding moments that do not fit the problem story and building a fuller account from them.',
      },
    },
  },
  'motivational-interviewing': {
    name: 'Motivational interviewing',
    summary: 'A respectful conversation about change, for when you feel two ways about it.',
    forClient: 'It is normal to feel two ways about changing something like drinking or drug use. Motivational interviewing is a conversation that helps you explore your own reasons, without pressure or lecturing, and decide what you want to do.',
    sessionInvolves: 'Open questions and careful listening about what you like and dislike about the current situation, what matters to you, and, if you choose, a plan for change.',
    dose: 'One to four sessions, or woven into other therapy',
    techniques: {
      'open-questions': {
        name: 'Open questions and reflections',
        description: 'Questions that invite you to say more, and reflections that show you were heard.',
      },
      'decisional-balance': {
        name: 'Weighing up change',
        description: 'Looking honestly at the pros and cons of staying the same and of changing.',
      },
      'change-plan': { name: 'Change plan', description: 'If you decide to change: what, why, how, and who can help.' },
    },
  },
  'trauma-informed': {
    name: 'Trauma-informed care (a way of working)',
    summary: 'How the whole service works with people affected by trauma: safety, choice, trust and collaboration. A stance, not a treatment on its own.',
    forClient: 'Trauma-informed care is a way of working that everyone involved in your care follows: you are kept informed, you have choice and control, and the aim is that nothing feels unsafe or is done to you without your say. It goes alongside the treatment you choose; it does not replace it.',
    sessionInvolves: 'Agreeing how sessions will run, what helps you feel safe, how to pause, and checking in on this as treatment goes on.',
    dose: 'Throughout care, alongside any treatment',
    techniques: {
      'phase-safety': {
        name: 'Safety and steadiness',
        description: 'Attending to safety in daily life and ways to steady yourself, alongside treatment.',
      },
      'phase-processing': {
        name: 'Pacing trauma-focused work',
        description: 'Agreeing the pace of any trauma-focused therapy together; readiness is talked about, not assumed.',
      },
      'phase-reconnection': { name: 'Reconnection', description: 'Rebuilding relationships, routines and a sense of the future.' },
      'choice-and-control': {
        name: 'Choice and control',
        description: 'You decide the pace, what is talked about and when to stop.',
      },
    },
  },
  'play-therapy': {
    name: 'Play therapy',
    summary: 'Therapy through play, mainly for children.',
    forClient: 'Children often show feelings through play more easily than through words. In play therapy a child plays with chosen toys and materials while the therapist helps them express and work through what is troubling them.',
    sessionInvolves: 'A playroom with toys, sand, puppets or art materials. The child leads; parents or carers usually meet the therapist separately too.',
    dose: 'Weekly 45-minute sessions, often over several months',
    techniques: {
      'child-led-play': {
        name: 'Child-led play',
        description: 'The child chooses what to play while the therapist follows and names feelings.',
      },
      'sand-tray': {
        name: 'Sand tray',
        description: 'Building scenes in a tray of sand with small figures to show what is hard to say.',
      },
      'carer-sessions': {
        name: 'Sessions with parents or carers',
        description: 'Helping the adults understand the child and support progress at home.',
      },
    },
  },
  'art-therapy': {
    name: 'Art therapy',
    summary: 'Using drawing, painting or making things to express what is hard to say.',
    forClient: 'Art therapy uses making art — no skill needed — as a way to express and explore feelings and experiences that are hard to put into words.',
    sessionInvolves: 'Making something with materials you choose, then, if you want, talking about it with the therapist.',
    dose: 'Weekly sessions of about an hour, one-to-one or in a group',
    techniques: {
      'free-art-making': { name: 'Free art making', description: 'Creating whatever comes, with the therapist alongside.' },
      'guided-art': {
        name: 'Guided art tasks',
        description: 'A theme or prompt, such as drawing a safe place, to explore together.',
      },
    },
  },
  'family-therapy': {
    name: 'Family and couple therapy',
    summary: 'Working on difficulties together with the people closest to you.',
    forClient: 'Family or couple therapy brings the people who matter into the room, so that everyone can be heard, understand each other better and find new ways of dealing with problems together.',
    sessionInvolves: 'Sessions with two or more family members or partners. The therapist makes sure each person gets a say and helps the group notice and change patterns.',
    dose: 'Sessions of 60 to 90 minutes, weekly or every two weeks, often 6 to 20 in all',
    techniques: {
      'communication-skills': {
        name: 'Communication skills',
        description: 'Practising listening and speaking so that each person feels heard.',
      },
      'family-patterns': {
        name: 'Looking at family patterns',
        description: 'Noticing cycles in how the family responds to stress and how to change them.',
      },
      'shared-problem-solving': {
        name: 'Solving problems together',
        description: 'Agreeing on a shared problem and working out steps everyone can take.',
      },
    },
  },
  integrative: {
    name: 'Integrative, one-plan approach',
    summary: 'One plan that combines approaches for difficulties that happen together.',
    forClient: 'When several difficulties affect each other — for example low mood and drinking — treating them together in one plan, with one team, usually works better than treating one and then the other. Techniques are chosen from different approaches to fit you.',
    sessionInvolves: 'Sessions that address the linked difficulties side by side, using skills from more than one approach, with one set of goals everyone agrees on.',
    dose: 'Weekly 50-minute sessions, reviewed together at each plan review',
    techniques: {
      'shared-formulation': {
        name: 'Shared understanding',
        description: 'A joint picture of how the difficulties feed each other.',
      },
      'combined-skills': {
        name: 'Skills from several approaches',
        description: 'Choosing techniques from different approaches to fit what you need now.',
      },
      'care-coordination': { name: 'Coordinated care', description: 'Everyone involved in your care working from the same plan.' },
    },
  },
  'mat-referral': {
    name: 'Referral for medication for alcohol or opioid use disorder (MAUD / MOUD)',
    summary: 'A referral to a prescriber to discuss medication for a moderate or severe alcohol or opioid use disorder.',
    forClient: 'For a moderate or severe alcohol or opioid use disorder, medication alongside counselling can make recovery safer and more likely to last. This is a referral to a doctor or other prescriber, who will talk it through with you and decide together whether a medication fits. This plan does not prescribe.',
    sessionInvolves: 'An appointment with a prescriber to talk about your use, your health and the options. Any medication and its dose are decided and monitored by the prescriber.',
    techniques: {
      'prescriber-referral': {
        name: 'Referral to a prescriber',
        description: 'Arranging an appointment with a doctor or other prescriber experienced in addiction care.',
      },
      'care-coordination': {
        name: 'Staying in touch with the prescriber',
        description: 'With your consent, sharing progress so counselling and medication work together.',
      },
    },
  },
  'support-groups': {
    name: 'Support groups (in person or online)',
    summary: 'Meeting people with similar experiences, in person or online.',
    forClient: 'Support groups bring together people facing similar challenges to share experiences and encouragement. Some meet in person, others online; some follow a set program, others are open conversation.',
    sessionInvolves: 'A regular meeting led by a facilitator or by members. You can listen only until you feel ready to share.',
    dose: 'Usually weekly meetings of 60 to 90 minutes, ongoing',
    techniques: {
      'in-person-group': { name: 'In-person group', description: 'A local group that meets face to face.' },
      'online-group': { name: 'Online group', description: 'A group meeting by video or a moderated online forum.' },
      'mutual-help': {
        name: 'Mutual-help program',
        description: 'Peer-led recovery groups such as 12-step fellowships or SMART Recovery.',
      },
    },
  },
  lifestyle: {
    name: 'Lifestyle: exercise, sleep and stress management',
    summary: 'Everyday habits that support mood and recovery.',
    forClient: 'Regular movement, steady sleep and ways to wind down all affect mood, worry and energy. Small, realistic changes you choose can support everything else in your plan.',
    sessionInvolves: 'Agreeing one or two small changes, practising them between sessions, and checking briefly how they went.',
    dose: 'Practised daily between sessions; a short check-in at each session',
    techniques: {
      exercise: {
        name: 'Physical activity',
        description: 'Building up regular movement you enjoy, such as walking, cycling or dancing.',
      },
      'sleep-routine': {
        name: 'Sleep routine',
        description: 'Regular times for going to bed and getting up, and a calm wind-down before sleep.',
      },
      'stress-management': {
        name: 'Stress management',
        description: 'Planning the week, taking breaks and using a relaxation method that works for you.',
      },
    },
  },
  'safety-planning': {
    name: 'Safety planning',
    summary: 'A written plan, made together, for getting through moments when thoughts of suicide or self-harm come.',
    forClient: 'A safety plan is a short list you write with your clinician and keep close: the signs that a hard moment is starting, things you can do on your own to get through it, people and places that help, who to call, how to reach professional and crisis help, and how to make your surroundings safer. It also holds your reasons for living.',
    sessionInvolves: 'Going through each step together in your own words, agreeing where you keep the plan, and looking at it again at later sessions.',
    dose: 'Made in one session, the same day the need is found; reviewed at later sessions',
    techniques: {
      'warning-signs': {
        name: 'Warning signs',
        description: 'Noticing the thoughts, feelings and situations that come before a crisis.',
      },
      'coping-and-contacts': {
        name: 'Coping and contacts',
        description: 'Things to do on your own, people and places for distraction, and people to ask for help.',
      },
      'crisis-contacts': {
        name: 'Professional and crisis help',
        description: 'Who to call and how, at any hour (in the US, the 988 Suicide & Crisis Lifeline).',
      },
      'safer-environment': { name: 'A safer environment', description: 'Agreeing how to keep means of harm out of easy reach.' },
    },
  },
  cpt: {
    name: 'Cognitive Processing Therapy (CPT)',
    summary: 'A trauma-focused therapy that works on the beliefs a trauma left behind. A first-line PTSD treatment in VA/DoD, APA and NICE guidelines.',
    forClient: 'After a trauma, people often get stuck on beliefs about why it happened and what it means about themselves, others and the world. In CPT you look at these “stuck points” together, check them against the facts, and find ways of seeing things that are more accurate and less painful.',
    sessionInvolves: 'Structured weekly sessions with short worksheets between them; often writing an account of what happened and what it has meant to you.',
    dose: 'About 12 weekly sessions of 50–60 minutes',
    techniques: {
      'stuck-points': {
        name: 'Working on stuck points',
        description: 'Finding and questioning beliefs the trauma left, such as self-blame.',
      },
      'impact-statement': {
        name: 'Impact statement',
        description: 'Writing what the trauma has meant to you and how it changed your beliefs.',
      },
    },
  },
  'prolonged-exposure': {
    name: 'Prolonged Exposure (PE)',
    summary: 'A trauma-focused therapy that gradually approaches the memory and the safe situations avoided since. A first-line PTSD treatment in VA/DoD, APA and NICE guidelines.',
    forClient: 'Avoiding memories and reminders makes sense after a trauma, but it keeps fear going. In PE you talk through the memory with your therapist, at a pace you agree, and step by step return to safe places and activities you have been avoiding, so the memory and reminders lose their power.',
    sessionInvolves: 'Weekly sessions of up to 90 minutes: learning about common reactions to trauma, breathing practice, revisiting the memory out loud, and planned practice between sessions.',
    dose: '8 to 15 weekly sessions of 60–90 minutes',
    techniques: {
      'imaginal-exposure': {
        name: 'Revisiting the memory',
        description: 'Talking through the trauma memory with support until it becomes less overwhelming.',
      },
      'in-vivo-exposure': {
        name: 'Real-life practice',
        description: 'Returning step by step to safe situations you have avoided.',
      },
    },
  },
  emdr: {
    name: 'Eye Movement Desensitization and Reprocessing (EMDR)',
    summary: 'A trauma-focused therapy that recalls the memory while following side-to-side movements. Recommended by VA/DoD 2023 and NICE (non-combat trauma); suggested by APA 2017.',
    forClient: 'In EMDR you bring a trauma memory to mind for short periods while following your therapist’s hand movements or sounds from side to side. Over sessions the memory usually becomes less upsetting and the beliefs tied to it change.',
    sessionInvolves: 'Preparation and calming skills first, then sessions that work through chosen memories in short sets, checking in after each one.',
    dose: 'Often 8 to 12 weekly sessions of 60–90 minutes',
    techniques: {
      'bilateral-stimulation': {
        name: 'Reprocessing sets',
        description: 'Holding the memory in mind briefly while following side-to-side movements or sounds.',
      },
      'resource-installation': {
        name: 'Calming resources',
        description: 'A calm place and other resources to steady yourself between sets.',
      },
    },
  },
  'tf-cbt': {
    name: 'Trauma-focused CBT',
    summary: 'CBT centred on the trauma memory and its meaning. Recommended for PTSD by NICE NG116 and, as CBT, by APA 2017.',
    forClient: 'Trauma-focused CBT helps you make sense of what happened, update the memory with what you know now, and reduce the fear and avoidance that keep PTSD going. For children and young people, caregivers usually take part.',
    sessionInvolves: 'Weekly structured sessions: understanding trauma reactions, working with the memory and its meaning, and practising between sessions.',
    dose: '8 to 12 weekly sessions, longer when needed',
    techniques: {
      'trauma-narrative': {
        name: 'Working with the memory',
        description: 'Going through what happened and updating its meaning with what you know now.',
      },
      'reclaiming-life': {
        name: 'Reclaiming your life',
        description: 'Returning to activities and people you have lost touch with.',
      },
    },
  },
  'cbt-i': {
    name: 'CBT for insomnia (CBT-I)',
    summary: 'A short structured therapy for long-lasting sleep problems; the first-line treatment in the AASM 2021 guideline.',
    forClient: 'CBT-I retrains the body and mind to sleep: a sleep window that matches the sleep you actually get, getting up when you cannot sleep, and work on the worries that keep you awake. Tips on sleep habits are part of it, but on their own they are not enough to treat insomnia.',
    sessionInvolves: 'Keeping a sleep diary, setting and adjusting a sleep window, and working on thoughts about sleep, over a few weekly sessions.',
    dose: '4 to 8 weekly sessions, in person, in a group or digital',
    techniques: {
      'sleep-restriction': {
        name: 'Sleep window (sleep restriction)',
        description: 'Time in bed matched to the sleep you actually get, widened as sleep improves.',
      },
      'stimulus-control': {
        name: 'Bed for sleep',
        description: 'Going to bed only when sleepy and getting up when you cannot sleep.',
      },
      'sleep-thoughts': {
        name: 'Thoughts about sleep',
        description: 'Checking worries such as “I can’t cope tomorrow” against what really happens.',
      },
    },
  },
  'brief-intervention': {
    name: 'Brief intervention for alcohol (SBIRT)',
    summary: 'One or a few short conversations after a positive alcohol screen: feedback, advice and the client’s own goals (USPSTF 2018).',
    forClient: 'A short, respectful conversation about what the screening showed, how drinking may be affecting your health, and what, if anything, you would like to change. You decide your own goal.',
    sessionInvolves: 'Feedback on the screening result, information on lower-risk limits, and a motivational conversation about change, with a follow-up.',
    dose: 'One to four short conversations of 5 to 30 minutes',
    techniques: {
      feedback: { name: 'Feedback on the screen', description: 'Going over what the answers show, without judgement.' },
      'motivational-conversation': {
        name: 'Motivational conversation',
        description: 'Exploring your own reasons for and against change, and your goal.',
      },
    },
  },
};
