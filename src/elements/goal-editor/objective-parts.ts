import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { ChecklistItem, InstrumentProgress } from '../../clinical/goals/index.js';
import { checklistWords, type GoalWording } from '../../i18n/goal-words.js';
import type { Objective } from '../../model/plan.js';
import { bandName } from '../../i18n/scoring-words.js';

/** The measurability checklist: what is there (✓), what is missing (✗), advice (•). */
export function checklistTemplate(o: Objective, items: readonly ChecklistItem[], baseline: number | undefined, w: GoalWording): TemplateResult | typeof nothing {
  if (!items.length) return nothing;
  return html`<ul class="checklist" part="checklist" id=${`check-${o.id}`} aria-label=${msg('Measurability checklist')}>
    ${items.map(
      (i) => html`<li class=${i.ok ? 'pass' : i.required ? 'fail' : 'advice'} data-check=${i.id} data-ok=${String(i.ok)}>
        <span aria-hidden="true">${i.ok ? '✓' : i.required ? '✗' : '•'}</span>
        <span class="visually-hidden">${i.ok ? msg('Done:') : i.required ? msg('Missing:') : msg('Advice:')}</span>
        ${checklistWords(i, o, baseline, w)}
      </li>`,
    )}
  </ul>`;
}

/** An instrument-bound objective's readings: the baseline, later scores, and whether the target is met. */
export function progressTemplate(progress: InstrumentProgress | undefined, w: GoalWording): TemplateResult | typeof nothing {
  if (!progress) return nothing;
  const name = w.instrumentName(progress.instrumentId);
  const b = progress.baseline;
  const band = b && bandName(progress.instrumentId, b.band, b.bandLabel);
  return html`<p class="muted" data-progress>
    ${b
      ? msg(str`Baseline ${b.value}${band ? ` (${band})` : ''} from the ${name} of ${w.formatDate(b.date)}.`)
      : msg(str`No ${name} score yet: the next complete one becomes the baseline.`)}
    ${progress.later.length ? msg(str`Since then: ${progress.later.map((r) => `${r.value} (${w.formatDate(r.date)})`).join(', ')}.`) : nothing}
    ${progress.targetMet === true ? msg('Target reached.') : progress.targetMet === false ? msg('Target not reached yet.') : nothing}
  </p>`;
}
