import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { SUPPORT_KINDS, supportKindWords } from '../../i18n/goal-words.js';
import type { Phase, Support } from '../../model/plan.js';
import type { TextEdit, TextInputController } from '../controllers/text-input.js';
import type { ItemFields } from './item-commands.js';
import { choices, nameSuffix, optionList, selectField, textField } from '../templates/fields.js';
import { toggleButton } from '../templates/disclosure.js';

/** What the phase and support lists need from the editor. */
export interface ItemListView {
  client: boolean;
  text: TextInputController;
  /** Sends `${kind}/update` for the item. */
  update<K extends 'phase' | 'support'>(kind: K, id: string, fields: ItemFields<K>, edit?: TextEdit): boolean;
  /** The move up / move down / remove toolbar of the item at `index` of `count`. */
  tools(kind: 'phase' | 'support', id: string, label: string, index: number, count: number, removed: () => string, restoreFocus: string): TemplateResult;
  addPhase(): void;
  /** The kind a new support gets, and choosing it. */
  newSupportKind: Support['kind'];
  chooseNewSupportKind(kind: Support['kind']): void;
  addSupport(): void;
  /** Whether the phase list (`phases`) or the support list (`supports`) is open, and opening or closing it. */
  isOpen(list: 'phases' | 'supports'): boolean;
  toggle(list: 'phases' | 'supports'): void;
}

/** A list under a heading whose button opens it; closed, the heading says how many items it holds. */
function listDisclosure(list: 'phases' | 'supports', title: string, count: string, v: ItemListView, body: () => unknown): TemplateResult {
  const open = v.isOpen(list);
  return html`<section aria-labelledby=${`ge-${list}`} class=${list}>
    <h3 id=${`ge-${list}`}>
      ${toggleButton({ key: list, open, controls: `ge-${list}-body`, label: title, state: count, onToggle: () => v.toggle(list), part: `${list}-toggle` })}
    </h3>
    ${open ? html`<div class="body" id=${`ge-${list}-body`}>${body()}</div>` : nothing}
  </section>`;
}

/** Stages of the plan (safety and stabilization → processing → integration), each editable and movable. */
export function phasesTemplate(phases: readonly Phase[], v: ItemListView): TemplateResult | typeof nothing {
  if (v.client && !phases.length) return nothing;
  const count = phases.length === 1 ? msg('1 phase') : msg(str`${phases.length} phases`);
  return listDisclosure('phases', v.client ? msg('Stages of my plan') : msg('Phases'), count, v, () => html`
    ${phases.length
      ? nothing
      : html`<p class="muted">
          ${msg('No phases: goals are worked on together. Add phases for a staged plan (for example safety and stabilization → processing → integration).')}
        </p>`}
    <ol class="plain">
      ${repeat(
        phases,
        (p) => p.id,
        (p, i) => (v.client ? phaseText(p, i) : phaseFields(p, i, phases.length, v)),
      )}
    </ol>
    ${v.client
      ? nothing
      : html`<div class="toolbar">
          <button type="button" data-focus="add-phase" @click=${() => v.addPhase()}>${msg('Add phase')}</button>
        </div>`}
  `);
}

const phaseText = (p: Phase, i: number): TemplateResult =>
  html`<li class="phase"><strong>${i + 1}. ${p.title}</strong>${p.description ? html`<p class="readonly">${p.description}</p>` : nothing}</li>`;

function phaseFields(p: Phase, i: number, count: number, v: ItemListView): TemplateResult {
  const label = p.title || msg(str`phase ${i + 1}`);
  return html`<li class="phase" data-phase=${p.id}>
    <div class="fields">
      ${textField(v.text, {
        key: `title:${p.id}`,
        label: msg(str`Phase ${i + 1} title`),
        value: p.title,
        commit: (title, e) => v.update('phase', p.id, { title }, e),
        focus: `title:${p.id}`,
      })}
      ${textField(v.text, {
        key: `description:${p.id}`,
        label: msg('Description'),
        value: p.description,
        commit: (description, e) => v.update('phase', p.id, { description: description || undefined }, e),
        class: 'wide',
        multiline: true,
      })}
    </div>
    ${v.tools('phase', p.id, label, i, count, () => msg(str`Removed phase “${p.title}”.`), `title:${p.id}`)}
  </li>`;
}

/** Strengths, barriers and supports: who and what helps, and what gets in the way. */
export function supportsTemplate(supports: readonly Support[], v: ItemListView): TemplateResult {
  const words = supportKindWords();
  const title = v.client ? msg('What helps me and what gets in the way') : msg('Strengths, barriers and supports');
  const count = supports.length === 1 ? msg('1 entry') : msg(str`${supports.length} entries`);
  return listDisclosure('supports', title, count, v, () => html`
    ${supports.length ? nothing : html`<p class="muted">${msg('None recorded yet.')}</p>`}
    <ul class="plain">
      ${repeat(
        supports,
        (s) => s.id,
        (s, i) =>
          v.client
            ? html`<li class="support">
                <strong>${words[s.kind]}:</strong> ${s.label}${s.details ? html` — ${s.details}` : nothing}${s.contact ? html` (${s.contact})` : nothing}
              </li>`
            : supportFields(s, i, supports.length, words, v),
      )}
    </ul>
    ${v.client
      ? nothing
      : html`<div class="toolbar">
          <label class="inline"
            >${msg('Add a')}
            <select
              data-field="new-support-kind"
              .value=${live(v.newSupportKind)}
              @change=${(e: Event) => v.chooseNewSupportKind((e.target as HTMLSelectElement).value as Support['kind'])}
            >
              ${optionList(choices(SUPPORT_KINDS, (k) => words[k]), v.newSupportKind)}
            </select>
          </label>
          <button type="button" data-focus="add-support" @click=${() => v.addSupport()}>${msg('Add')}</button>
        </div>`}
  `);
}

function supportFields(s: Support, i: number, count: number, words: Record<Support['kind'], string>, v: ItemListView): TemplateResult {
  const update = (fields: ItemFields<'support'>, edit?: TextEdit) => v.update('support', s.id, fields, edit);
  const label = s.label || words[s.kind];
  return html`<li class="support" data-support=${s.id}>
    <div class="fields">
      ${selectField({
        label: msg('Kind'),
        choices: choices(SUPPORT_KINDS, (k) => words[k]),
        value: s.kind,
        onChange: (kind) => update({ kind: kind as Support['kind'] }),
      })}
      ${textField(v.text, {
        key: `label:${s.id}`,
        label: msg('Name or description'),
        value: s.label,
        commit: (text, e) => update({ label: text }, e),
        focus: `title:${s.id}`,
      })}
      ${textField(v.text, { key: `details:${s.id}`, label: msg('Details'), value: s.details, commit: (text, e) => update({ details: text || undefined }, e) })}
      ${textField(v.text, { key: `contact:${s.id}`, label: msg('Contact or where'), value: s.contact, commit: (text, e) => update({ contact: text || undefined }, e) })}
    </div>
    ${v.tools('support', s.id, label, i, count, () => msg(str`Removed “${label}”.`), `title:${s.id}`)}
  </li>`;
}

export interface ItemToolbarOptions {
  /** The item's name, completing each button's accessible name. */
  label: string;
  /** `data-focus` keys of the move buttons. */
  upKey: string;
  downKey: string;
  first: boolean;
  last: boolean;
  /** Moves the item by `step` (−1 up, +1 down). */
  move(step: -1 | 1): void;
  remove(): void;
  /** Shown before the buttons (an objective's "Edit details"). */
  before?: unknown;
}

/** The toolbar of one item in a list: [before], move up, move down, remove. */
export const itemToolbar = (o: ItemToolbarOptions): TemplateResult =>
  html`<div class="toolbar">
    ${o.before ?? nothing}
    <button type="button" data-focus=${o.upKey} ?disabled=${o.first} @click=${() => o.move(-1)}>${msg('Move up')}${nameSuffix(o.label)}</button>
    <button type="button" data-focus=${o.downKey} ?disabled=${o.last} @click=${() => o.move(1)}>${msg('Move down')}${nameSuffix(o.label)}</button>
    <button type="button" @click=${() => o.remove()}>${msg('Remove')}${nameSuffix(o.label)}</button>
  </div>`;
