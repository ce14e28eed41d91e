import { msg, str } from '@lit/localize';
import type { InstrumentDefinition } from '../clinical/instruments/index.js';
import type { Administration, InstrumentScore, PlanMode } from '../model/plan.js';
import { riskWordsOf } from './safety-words.js';
import { bandName, screenResultWords } from './scoring-words.js';

/** " — Moderate" after a total, when the instrument has bands (worded by the band's code). */
export const bandWords = (instrumentId: string, s: InstrumentScore) => {
  const band = bandName(instrumentId, s.band, s.bandLabel);
  return band ? ` — ${band}` : '';
};

/** The total, its band and, for a screen, the result in words beside it. */
export const scoreWords = (def: InstrumentDefinition, s: InstrumentScore): string => {
  if (!s.complete) return msg(str`${def.shortTitle}: ${s.answered} of ${s.itemCount} answered`);
  const screen = screenResultWords(def, s.positive);
  return `${msg(str`${def.shortTitle} total: ${s.total} of ${s.max}${bandWords(def.id, s)}`)}${screen ? ` — ${screen}` : ''}`;
};

/** A recorded result: total and band, and any positive critical item in the words of whoever reads it (`mode`). */
export const recordedWords = (a: Administration, mode: PlanMode): string => {
  const s = a.score;
  const findings = riskWordsOf(mode, a.instrumentId, a.critical);
  const critical = findings.length ? ` · ${findings.join(' · ')}` : '';
  // A partial sum is never shown as if it were a total (a host or an import may record one).
  return s.complete
    ? msg(str`${s.total} of ${s.max}${bandWords(a.instrumentId, s)}${critical}`)
    : msg(str`Incomplete: ${s.answered} of ${s.itemCount} answered, partial sum ${s.total} (not a total score)${critical}`);
};
