import { msg, str } from '@lit/localize';
import type { DeteriorationParams, NotOnTrackParams, PlanAlert } from '../clinical/progress/alerts.js';

/** How the element shows dates and names the objective (each element has its own formatters). */
export interface AlertWording {
  /** The objective's text as this element shows it (client's words in client mode). */
  objectiveText?: string;
  formatDate: (isoOrDay: string) => string;
}

const targetWords = (p: NotOnTrackParams): string => {
  const sign = p.direction === 'decrease' ? '≤' : '≥';
  const target = p.target;
  return p.unit ? `${sign} ${target} ${p.unit}` : `${sign} ${target}`;
};

/** "Not on track" in words: what was measured (and when) against which target. */
export function notOnTrackWords(p: NotOnTrackParams, w: AlertWording): string {
  const text = w.objectiveText ?? '';
  const due = w.formatDate(p.dueDate);
  const label = p.label;
  const target = targetWords(p);
  const baseline = p.baseline;
  let measured: string;
  if (p.latest) {
    const value = p.latest.value;
    const on = w.formatDate(p.latest.date);
    measured =
      baseline !== undefined
        ? msg(str`latest ${label}: ${value} on ${on} (baseline ${baseline}), against a target of ${target}`)
        : msg(str`latest ${label}: ${value} on ${on}, against a target of ${target}`);
  } else {
    measured =
      baseline !== undefined
        ? msg(str`no ${label} value recorded after the baseline of ${baseline}; the target is ${target}`)
        : msg(str`no ${label} value recorded; the target is ${target}`);
  }
  const points = p.reliableChangePoints;
  const reliable = points !== undefined ? ` ${msg(str`No reliable improvement (${points} points or more) yet.`)}` : '';
  return `${msg(str`Not on track: “${text}” was due ${due};`)} ${measured}.${reliable}`;
}

/** "Reliable deterioration" in words, with the threshold it crossed. */
export function deteriorationWords(p: DeteriorationParams, w: AlertWording): string {
  const { label, baseline, latest, reliableChangePoints: points } = p;
  const text = w.objectiveText;
  const line = text
    ? msg(str`Reliable deterioration on ${label}: ${baseline} → ${latest}, for “${text}” (${points} points or more is a reliable change).`)
    : msg(str`Reliable deterioration on ${label}: ${baseline} → ${latest} (${points} points or more is a reliable change).`);
  return p.verified ? line : `${line} ${msg('(Provisional: a reference value is still being verified.)')}`;
}

/** A plan alert in the page's language. */
export function planAlertWords(a: PlanAlert, w: AlertWording): string {
  return a.code === 'not-on-track' ? notOnTrackWords(a.params, w) : deteriorationWords(a.params, w);
}
