import { concernAreaNames } from './concern-words.js';
import { msg, str } from '@lit/localize';
import type { ApproachStructure } from '../clinical/modalities/index.js';
import type { ConcernArea, Intervention, Signature } from '../model/plan.js';

/** UI words for the plan's enums, all through the localization layer. */

export const frequencyWords = (f: Intervention['frequency']): string =>
  ({
    'twice-weekly': msg('Twice a week'),
    weekly: msg('Weekly'),
    'every-two-weeks': msg('Every two weeks'),
    monthly: msg('Monthly'),
    'as-needed': msg('As needed'),
    other: msg('Other'),
  })[f];

export const formatWords = (f: Intervention['format']): string =>
  ({
    individual: msg('Individual'),
    group: msg('Group'),
    family: msg('Family'),
    couple: msg('Couple'),
  })[f];

export const deliveryWords = (d: Intervention['delivery']): string =>
  ({
    'in-person': msg('In person'),
    telehealth: msg('Telehealth'),
    either: msg('In person or telehealth'),
  })[d];

export const statusWords = (s: Intervention['status']): string =>
  ({
    proposed: msg('Proposed'),
    active: msg('Active'),
    paused: msg('Paused'),
    completed: msg('Completed'),
    stopped: msg('Stopped'),
  })[s];

export const structureWords = (s: ApproachStructure): string =>
  ({
    structured: msg('Structured'),
    balanced: msg('Balance of structure and exploration'),
    exploratory: msg('Exploratory, open-ended'),
  })[s];

/** A concern area's name (the one wording every widget uses: concern-words.ts). */
export const concernWords = (a: ConcernArea): string => concernAreaNames()[a];

/** Who signed the plan. */
export const signerRoleWords = (r: Signature['role']): string =>
  ({
    clinician: msg('Clinician'),
    client: msg('Client'),
    guardian: msg('Parent or guardian'),
    supervisor: msg('Clinical supervisor'),
  })[r];

export const FREQUENCIES: readonly Intervention['frequency'][] = [
  'twice-weekly',
  'weekly',
  'every-two-weeks',
  'monthly',
  'as-needed',
  'other',
];
export const FORMATS: readonly Intervention['format'][] = ['individual', 'group', 'family', 'couple'];
export const DELIVERIES: readonly Intervention['delivery'][] = ['in-person', 'telehealth', 'either'];
export const STATUSES: readonly Intervention['status'][] = ['proposed', 'active', 'paused', 'completed', 'stopped'];
export const STRUCTURES: readonly ApproachStructure[] = ['structured', 'balanced', 'exploratory'];

/** A chosen approach on one line: status, how often, format, delivery and how many objectives it serves. */
export const interventionStateWords = (iv: Intervention, linked: number): string =>
  [
    statusWords(iv.status),
    frequencyWords(iv.frequency),
    formatWords(iv.format),
    deliveryWords(iv.delivery),
    linked === 1 ? msg('serves 1 objective') : msg(str`serves ${linked} objectives`),
  ].join(' · ');

/** How an approach fits this plan: the plan's concerns it is often used for. */
export const fitWords = (areas: readonly ConcernArea[]): string =>
  areas.length ? msg(str`Fits: ${areas.map(concernWords).join(', ')}`) : msg('Not matched to this plan’s concerns');
