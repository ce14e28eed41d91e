import { msg, str } from '@lit/localize';
import type { InstrumentDefinition } from '../clinical/instruments/index.js';
import type { Administration, InstrumentScore } from '../model/plan.js';
import { bandName, criticalWords, screenResultWords } from './scoring-words.js';

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

export const recordedWords = (a: Administration): string => {
  const s = a.score;
  const critical = a.critical.length ? ` · ${a.critical.map((c) => criticalWords(a.instrumentId, c.itemId, c.message)).join(' · ')}` : '';
  // A partial sum is never shown as if it were a total (a host or an import may record one).
  return s.complete
    ? msg(str`${s.total} of ${s.max}${bandWords(a.instrumentId, s)}${critical}`)
    : msg(str`Incomplete: ${s.answered} of ${s.itemCount} answered, partial sum ${s.total} (not a total score)${critical}`);
};
