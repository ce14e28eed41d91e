import { msg, str } from '@lit/localize';
import type { InstrumentDefinition } from '../clinical/instruments/index.js';
import type { Administration, InstrumentScore } from '../model/plan.js';

/** " — Moderate" after a total, when the instrument has bands. */
export const bandWords = (s: InstrumentScore) => (s.bandLabel ? ` — ${s.bandLabel}` : '');

/** A screen's result in the instrument's own words ("Positive screen — give the full GAD-7"), when it has a cut-off. */
export const screenWords = ({ scoring }: InstrumentDefinition, s: InstrumentScore): string =>
  s.positive === undefined ? '' : ((scoring.cutoff ?? scoring.contextCutoff)?.[s.positive ? 'positiveLabel' : 'negativeLabel'] ?? '');

/** The total, its band and, for a screen, the result in words beside it. */
export const scoreWords = (def: InstrumentDefinition, s: InstrumentScore): string => {
  if (!s.complete) return msg(str`${def.shortTitle}: ${s.answered} of ${s.itemCount} answered`);
  const screen = screenWords(def, s);
  return `${msg(str`${def.shortTitle} total: ${s.total} of ${s.max}${bandWords(s)}`)}${screen ? ` — ${screen}` : ''}`;
};

export const recordedWords = (a: Administration): string => {
  const s = a.score;
  const critical = a.critical.length ? ` · ${a.critical.map((c) => c.message).join(' · ')}` : '';
  // A partial sum is never shown as if it were a total (a host or an import may record one).
  return s.complete
    ? msg(str`${s.total} of ${s.max}${bandWords(s)}${critical}`)
    : msg(str`Incomplete: ${s.answered} of ${s.itemCount} answered, partial sum ${s.total} (not a total score)${critical}`);
};
