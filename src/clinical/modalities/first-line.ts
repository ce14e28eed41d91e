import type { CatalogEntryStructure } from './catalog-types.js';

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
export const FIRST_LINE_STRUCTURE: readonly CatalogEntryStructure[] = [
  {
    id: 'safety-planning',
    kind: 'therapy',
    structure: 'structured',
    dose: { frequency: 'other', sessionMinutes: 45, format: 'individual' },
    techniques: ['warning-signs', 'coping-and-contacts', 'crisis-contacts', 'safer-environment'],
    usedFor: ['depression'],
  },
  {
    id: 'cpt',
    kind: 'therapy',
    structure: 'structured',
    dose: { frequency: 'weekly', sessionMinutes: 60, sessions: { min: 12 }, format: 'individual' },
    techniques: ['stuck-points', 'impact-statement'],
    usedFor: ['ptsd', 'complex-trauma'],
  },
  {
    id: 'prolonged-exposure',
    kind: 'therapy',
    structure: 'structured',
    dose: { frequency: 'weekly', sessionMinutes: 90, sessions: { min: 8, max: 15 }, format: 'individual' },
    techniques: ['imaginal-exposure', 'in-vivo-exposure'],
    usedFor: ['ptsd', 'complex-trauma'],
  },
  {
    id: 'emdr',
    kind: 'therapy',
    structure: 'structured',
    dose: { frequency: 'weekly', sessionMinutes: 90, sessions: { min: 8, max: 12 }, format: 'individual' },
    techniques: ['bilateral-stimulation', 'resource-installation'],
    usedFor: ['ptsd', 'complex-trauma'],
  },
  {
    id: 'tf-cbt',
    kind: 'therapy',
    structure: 'structured',
    dose: { frequency: 'weekly', sessionMinutes: 60, sessions: { min: 8, max: 12 }, format: 'individual' },
    techniques: ['trauma-narrative', 'reclaiming-life'],
    usedFor: ['ptsd', 'complex-trauma'],
  },
  {
    id: 'cbt-i',
    kind: 'therapy',
    structure: 'structured',
    dose: { frequency: 'weekly', sessionMinutes: 50, sessions: { min: 4, max: 8 }, format: 'individual' },
    techniques: ['sleep-restriction', 'stimulus-control', 'sleep-thoughts'],
    usedFor: ['sleep'],
  },
  {
    id: 'brief-intervention',
    kind: 'therapy',
    structure: 'balanced',
    dose: { frequency: 'other', sessionMinutes: 15, sessions: { min: 1, max: 4 }, format: 'individual' },
    techniques: ['feedback', 'motivational-conversation'],
    usedFor: ['substance-use'],
  },
];
