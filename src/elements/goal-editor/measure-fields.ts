import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { GAS_LEVELS } from '../../clinical/goals/gas.js';
import { GOAL_INSTRUMENTS, instrumentDisplayName as instrumentName, type InstrumentProgress } from '../../clinical/goals/instruments.js';
import { measureKindChange } from '../../clinical/goals/measure-kind.js';
import { MEASURE_KINDS, gasLevelNames, measureKindWords, signed } from '../../i18n/goal-words.js';
import type { GasScale, Measure, Objective } from '../../model/plan.js';
import type { TextEdit, TextInputController } from '../controllers/text-input.js';
import { choices, selectField, textField } from '../templates/fields.js';
import type { ItemFields } from './item-commands.js';

/** What an objective's measure and attainment-scale fields need from the editor. */
export interface MeasureFieldsView {
  text: TextInputController;
  /** The questionnaire readings behind an instrument-bound objective. */
  progress: InstrumentProgress | undefined;
  /** Changes the measure (fields set to `undefined` are removed). */
  updateMeasure(patch: Partial<Measure>, edit?: TextEdit): boolean;
  /** Changes other fields of the objective. */
  update(fields: ItemFields<'objective'>, edit?: TextEdit): boolean;
  /** Takes the latest questionnaire score as the new baseline. */
  rebaseline(): void;
}

/**
 * Questionnaires an objective can be measured with. Host-registered ones are not offered yet:
 * reading the instrument registry here would bring every built-in definition into <goal-editor>.
 */
const goalInstrumentIds = (): string[] => Object.keys(GOAL_INSTRUMENTS);

function numberOrUndefined(value: string): number | undefined {
  if (value.trim() === '') return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}

/** What is measured, from where to where, in which direction, by when. */
export function measureFieldset(o: Objective, v: MeasureFieldsView): TemplateResult {
  const m = o.measure;
  const set = (patch: Partial<Measure>, edit?: TextEdit) => v.updateMeasure(patch, edit);
  const instrument = m.kind === 'instrument';
  const text = (field: 'label' | 'unit', label: string, value: string | undefined, commit: (text: string, edit: TextEdit) => boolean) =>
    textField(v.text, { key: `${field}:${o.id}`, label, value, commit, field });
  const number = (field: 'baseline' | 'target') =>
    textField(v.text, {
      key: `${field}:${o.id}`,
      label: field === 'baseline' ? msg('Baseline') : msg('Target'),
      value: m[field] === undefined ? '' : String(m[field]),
      commit: (value, e) => set({ [field]: numberOrUndefined(value) }, e),
      field,
      number: true,
    });
  return html`<fieldset>
    <legend>${msg('Measure')}</legend>
    <div class="fields">
      ${selectField({
        label: msg('Kind of measure'),
        choices: choices(MEASURE_KINDS, measureKindWords),
        value: m.kind,
        field: 'kind',
        onChange: (kind) => set(measureKindChange(m.kind, kind as Measure['kind'])),
      })}
      ${instrument
        ? selectField({
            label: msg('Questionnaire'),
            choices: [['', msg('Choose…')], ...choices(goalInstrumentIds(), instrumentName)],
            value: m.instrumentId || '',
            field: 'instrument',
            onChange: (id) => set({ instrumentId: id || undefined, label: id ? instrumentName(id) : m.label }),
          })
        : [
            text('label', msg('What is measured'), m.label, (value, e) => set({ label: value }, e)),
            text('unit', msg('Unit'), m.unit, (value, e) => set({ unit: value || undefined }, e)),
            number('baseline'),
          ]}
      ${number('target')}
      ${selectField({
        label: msg('Direction'),
        choices: [
          ['', msg('Choose…')],
          ['decrease', msg('Decrease (lower is better)')],
          ['increase', msg('Increase (higher is better)')],
        ],
        value: m.direction ?? '',
        field: 'direction',
        onChange: (d) => set({ direction: (d || undefined) as Measure['direction'] }),
      })}
      <label
        >${msg('Due date')}<input
          data-field="due"
          type="date"
          .value=${live(v.text.text(`due:${o.id}`, o.dueDate ?? ''))}
          @change=${v.text.handler(`due:${o.id}`, (e) => v.update({ dueDate: e.text || undefined }, e))}
      /></label>
    </div>
    ${instrument && v.progress?.baseline
      ? html`<div class="toolbar">
          <button type="button" @click=${() => v.rebaseline()}>${msg('Use the latest score as baseline')}</button>
        </div>`
      : nothing}
  </fieldset>`;
}

const EMPTY_SCALE: GasScale = { levels: ['', '', '', '', ''], importance: 2, difficulty: 2, baseline: -1 };

/** Goal Attainment Scaling: five described levels, importance, difficulty and the level when set. */
export function gasFieldset(o: Objective, v: MeasureFieldsView): TemplateResult {
  const gas = o.gas;
  const setGas = (next: GasScale | undefined, edit?: TextEdit) => v.update({ gas: next }, edit);
  const rating = (scale: GasScale, label: string, key: 'importance' | 'difficulty' | 'baseline', values: readonly number[], words: (n: number) => string | number = String) =>
    selectField({ label, choices: choices(values, words), value: scale[key], onChange: (n) => setGas({ ...scale, [key]: Number(n) }) });
  const levelNames = gas ? gasLevelNames() : [];
  return html`<fieldset>
    <legend>${msg('Goal Attainment Scaling (optional)')}</legend>
    <label class="inline">
      <input
        type="checkbox"
        data-field="gas"
        .checked=${live(!!gas)}
        @change=${(e: Event) => setGas((e.target as HTMLInputElement).checked ? EMPTY_SCALE : undefined)}
      />
      ${msg('Describe five levels of attainment')}
    </label>
    ${gas
      ? html`<div class="fields">
          ${gas.levels.map((level, i) =>
            textField(v.text, {
              key: `gas-${i}:${o.id}`,
              label: levelNames[i]!,
              value: level,
              commit: (value, e) => {
                const levels = gas.levels.slice() as GasScale['levels'];
                levels[i] = value;
                return setGas({ ...gas, levels }, e);
              },
              class: 'wide',
              field: `gas-${i}`,
            }),
          )}
          ${rating(gas, msg('Importance (0–3)'), 'importance', [0, 1, 2, 3])} ${rating(gas, msg('Difficulty (0–3)'), 'difficulty', [0, 1, 2, 3])}
          ${rating(gas, msg('Level when set'), 'baseline', GAS_LEVELS, signed)}
        </div>`
      : nothing}
  </fieldset>`;
}
