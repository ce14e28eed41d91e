import { html, nothing, type TemplateResult } from 'lit';
import { toggleButton } from '../templates/disclosure.js';
import { completionWords, recordedOnWords, type Completion } from '../../i18n/completion-words.js';
import type { InstrumentDefinition } from '../../clinical/instruments/schema.js';
import { scoreAdministration } from '../../clinical/instruments/score.js';
import { instrumentRegistry } from '../../clinical/instruments/registry.js';
import type { IntakeSection } from '../../i18n/intake-words.js';
import type { Administration, TreatmentPlan } from '../../model/plan.js';
import { INTAKE_SECTIONS } from '../../plan/commands/intake.js';

/** The recorded administrations of one instrument, oldest first. */
export const pastOf = (plan: TreatmentPlan, def: InstrumentDefinition): Administration[] =>
  plan.assessment.administrations.filter((a) => a.instrumentId === def.id);

/** The key of an instrument's collapsible part (intake sections use their own name). */
export const instrumentKey = (id: string): string => `i:${id}`;

/** One collapsible part of the form: a heading whose button opens and closes the part's body. */
export interface DisclosureOptions {
  /** The part's key (`data-part`, `data-toggle`). */
  key: string;
  /** `::part` name of the whole part. */
  part: 'section' | 'instrument';
  headingId: string;
  title: unknown;
  /** Completion in words ("3 of 5 answered"), shown beside the title. */
  state: string;
  open: boolean;
  toggle: () => void;
  /** Shown whether the part is open or not: a critical-item alert never hides behind a closed part. */
  always?: unknown;
  /** Rendered only while the part is open (closed parts cost no layout on a long page). */
  body: () => unknown;
  /** `data-instrument` of an instrument's part. */
  instrument?: string;
}

/** A part under a heading whose disclosure button opens it; validation can open it to focus a field inside. */
export function disclosure(o: DisclosureOptions): TemplateResult {
  const bodyId = `${o.headingId}-body`;
  return html`<section part=${o.part} class="part" data-part=${o.key} data-instrument=${o.instrument ?? nothing} aria-labelledby=${o.headingId}>
    <h3 id=${o.headingId}>
      ${toggleButton({ key: o.key, open: o.open, controls: bodyId, label: o.title, state: o.state, onToggle: o.toggle, part: 'section-toggle', statePart: 'section-state' })}
    </h3>
    ${o.always ?? nothing}
    ${o.open ? html`<div class="body" id=${bodyId}>${o.body()}</div>` : nothing}
  </section>`;
}

/** How far a questionnaire is: answers in progress, else its last saved result, else not started. */
export function instrumentCompletion(plan: TreatmentPlan, def: InstrumentDefinition): Completion & { savedOn?: string } {
  const draft = plan.assessment.inProgress?.[def.id];
  const answers = draft?.answers ?? {};
  const last = pastOf(plan, def).at(-1);
  const score = scoreAdministration(def, answers, draft?.context ?? {});
  if (!Object.keys(answers).length && last) return { answered: last.score.answered, total: last.score.itemCount, savedOn: last.date };
  return { answered: score.answered, total: score.itemCount };
}

/** A part's state in words; a saved questionnaire says when it was saved. */
export const stateWords = (c: Completion & { savedOn?: string }, formatDate: (day: string) => string): string =>
  c.savedOn ? recordedOnWords(c, formatDate(c.savedOn)) : completionWords(c);

/** Each questionnaire's part in screen order, and whether all its questions are answered. */
export const instrumentParts = (plan: TreatmentPlan, defs: readonly InstrumentDefinition[]): { key: string; complete: boolean }[] =>
  defs.map((d) => {
    const { answered, total } = instrumentCompletion(plan, d);
    return { key: instrumentKey(d.id), complete: answered >= total };
  });

/** The intake sections a `sections` attribute names, in its order, once each; `unknown` hears each other token. */
export function sectionList(value: string, unknown: (token: string) => void): IntakeSection[] {
  const out: IntakeSection[] = [];
  for (const token of value.split(/\s+/).filter(Boolean)) {
    const s = (token === 'substance-use' ? 'substanceUse' : token) as IntakeSection;
    if (!INTAKE_SECTIONS.includes(s)) unknown(token);
    else if (!out.includes(s)) out.push(s);
  }
  return out;
}

/** The instruments to show: their definitions, once each, and the ids no registered instrument has. */
export interface InstrumentList {
  defs: InstrumentDefinition[];
  unknown: string[];
}

/** The instruments `ids` name (the page's registry decides which exist); `reportUnknown` hears each id it lacks. */
export function instrumentList(ids: readonly string[], reportUnknown: (id: string) => void): InstrumentList {
  const defs: InstrumentDefinition[] = [];
  const unknown: string[] = [];
  for (const id of ids) {
    const def = instrumentRegistry.get(id);
    if (def && !defs.includes(def)) defs.push(def);
    else if (!def && !unknown.includes(id)) {
      unknown.push(id);
      reportUnknown(id);
    }
  }
  return { defs, unknown };
}
