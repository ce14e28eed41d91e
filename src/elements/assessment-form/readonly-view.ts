import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { InstrumentDefinition } from '../../clinical/instruments/schema.js';
import { contentFailed, contentLoading, inLang } from '../templates/content.js';
import type { ShownInstrument } from './wording.js';
import { recordedWords } from '../../i18n/score-words.js';
import { criticalWords } from '../../i18n/scoring-words.js';
import type { TreatmentPlan } from '../../model/plan.js';
import { historyTemplate, optionsOf } from './instrument-view.js';
import { pastOf } from './sections.js';
import { criticalAlert, scoreDetails, titledSection } from './templates.js';

/** The assessment for review and print: no inputs, answers as text (`sections`: the intake part's). */
export function readonlyTemplate(
  plan: TreatmentPlan,
  sections: readonly TemplateResult[],
  instruments: readonly (readonly [InstrumentDefinition, ShownInstrument | 'failed' | undefined])[],
  formatDate: (day: string) => string,
): TemplateResult {
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
      if (typeof shown !== 'object') {
        return titledSection('instrument', `ro-i-${scoring.id}`, scoring.shortTitle, shown === 'failed' ? contentFailed() : contentLoading(msg(str`Loading the ${scoring.shortTitle} questions…`)));
      }
      const { def, lang } = shown;
      const past = pastOf(plan, def);
      const last = past.at(-1);
      return titledSection(
        'instrument',
        `ro-i-${def.id}`,
        inLang(def.title, lang),
        html`${last
            ? html`<div class="score" part="score">
                  <p class="total">${formatDate(last.date)}: ${recordedWords(last)}</p>
                  ${scoreDetails(def, last.score)}
                </div>
                ${last.critical.length ? criticalAlert(last.critical.map((f) => html`<p>${criticalWords(def.id, f.itemId, f.message)}</p>`)) : nothing}
                <dl>
                  ${def.items.map((item, n) => {
                    const v = last.answers[item.id];
                    const label = optionsOf(def, item).find((o) => o.value === v)?.label;
                    return html`<dt>${n + 1}. ${inLang(item.text, lang)}</dt>
                      <dd>${label ? html`${inLang(label, lang)} (${v})` : html`<span class="unanswered">${msg('Not answered')}</span>`}</dd>`;
                  })}
                </dl>
                ${past.length > 1 ? historyTemplate(msg('Earlier results'), past.slice(0, -1), formatDate) : nothing}`
            : html`<p class="unanswered">${msg('Not given yet.')}</p>`}
          <p class="licence">${inLang(def.licence, shown.licenceLang)}</p>`,
      );
    })}
  `;
}
