import type { InstrumentStructure } from './words.js';

/**
 * The single-question drug-use screen validated by Smith et al. (2010) and recommended by NIDA
 * for primary care, free to use. The published question asks for a number of times; the kit
 * records "0" or "1 or more", because at least once is what makes the screen positive. DAST-10
 * is copyrighted (Skinner/CAMH) and is not shipped: a host with a licence registers it itself
 * (README, "Your own clinical content").
 */
export const NIDA_SINGLE_QUESTION_STRUCTURE: InstrumentStructure = {
  id: 'nida-drug-screen',
  version: '2010',
  shortTitle: 'Drug use single question',
  optionSets: [{ id: 'times', options: [{ value: 0 }, { value: 1 }] }],
  items: [{ id: 'nida-drug-screen-1', optionSet: 'times' }],
  scoring: {
    method: 'sum',
    cutoff: {
      min: 1,
      positiveLabel: 'Positive screen for drug use (at least once in the past year): assess use further',
      negativeLabel: 'Negative screen',
    },
  },
  licence: 'Single-question drug screen: published by Smith et al. (2010) and recommended by the US National Institute on Drug Abuse; free to use.',
  source:
    'Smith PC, Schmidt SM, Allensworth-Davies D, Saitz R. A single-question screening test for drug use in primary care. Arch Intern Med. 2010;170(13):1155-1160 (a response of at least 1 time is positive).',
};
