import { concernAreaNames } from './concern-words.js';
import { msg } from '@lit/localize';
import type { ApproachStructure } from '../clinical/modalities/index.js';
import type { ConcernArea, Intervention } from '../model/plan.js';

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
