import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { InstrumentDefinition } from '../../clinical/instruments/schema.js';
import { contentFailed, contentLoading, inLang } from '../templates/content.js';
import type { ShownInstrument } from './wording.js';
import { recordedWords } from '../../i18n/score-words.js';
import type { PlanContextValue } from '../../context/plan-context.js';
import { criticalFindings, findingsOf, historyTemplate, optionsOf } from './instrument-view.js';
import { pastOf } from './sections.js';
import { scoreDetails, titledSection } from './templates.js';
import { criticalNote } from './critical-note.js';

/**
 * The assessment for review and print: no inputs, answers as text. A positive critical item is
 * shown in words as in the editable form — for answers not saved yet too, and while the
 * questionnaire's words load — in the words of whoever reads it (`ctx.mode`). `sections`: the
 * intake part's sections, when the form shows any.
 */
export function readonlyTemplate(
  ctx: PlanContextValue,
  sections: readonly TemplateResult[],
  instruments: readonly (readonly [InstrumentDefinition, ShownInstrument | 'failed' | undefined])[],
  formatDate: (day: string) => string,
): TemplateResult {
  const plan = ctx.plan;
  const completed = plan.assessment.completedAt;
  return html`
    <h2>${msg('Assessment')}</h2>
    <p class="intro">
      ${completed
        ? msg(str`Completed on ${formatDate(completed)}.`)
        : msg('Not completed yet. This is what has been entered so far.')}
    </p>
    ${sections}
    ${instruments.map(([scoring, shown]) => {
      const def = typeof shown === 'object' ? shown.def : scoring;
      const { findings, when } = findingsOf(ctx, def, formatDate);
      const alert = criticalFindings(ctx.mode, def, findings, when);
      if (typeof shown !== 'object') {
        return titledSection(
          'instrument',
          `ro-i-${scoring.id}`,
          scoring.shortTitle,
          html`${shown === 'failed' ? contentFailed() : contentLoading(msg(str`Loading the ${scoring.shortTitle} questions…`))}${alert}`,
        );
      }
      const lang = shown.lang;
      const past = pastOf(plan, def);
      const last = past.at(-1);
      return titledSection(
        'instrument',
        `ro-i-${def.id}`,
        inLang(def.title, lang),
        html`${last
            ? html`<div class="score" part="score">
                  <p class="total">${formatDate(last.date)}: ${recordedWords(last, ctx.mode)}</p>
                  ${scoreDetails(def, last.score)}
                </div>
                ${alert}
                <dl>
                  ${def.items.map((item, n) => {
                    const v = last.answers[item.id];
                    const label = optionsOf(def, item).find((o) => o.value === v)?.label;
                    return html`<dt>${n + 1}. ${inLang(item.text, lang)}</dt>
                      <dd>
                        ${label ? html`${inLang(label, lang)} (${v})` : html`<span class="unanswered">${msg('Not answered')}</span>`}
                        ${criticalNote(ctx.mode, def, last.critical.find((f) => f.itemId === item.id), false)}
                      </dd>`;
                  })}
                </dl>
                ${past.length > 1 ? historyTemplate(msg('Earlier results'), past.slice(0, -1), formatDate, ctx.mode) : nothing}`
            : html`<p class="unanswered">${msg('Not given yet.')}</p>${alert}`}
          <p class="licence">${inLang(def.licence, shown.licenceLang)}</p>`,
      );
    })}
  `;
}
