import { html, nothing, type TemplateResult } from 'lit';
import { completionWords, recordedOnWords, type Completion } from '../../i18n/completion-words.js';
import { scoreAdministration, type InstrumentDefinition } from '../../clinical/instruments/index.js';
import type { Administration, TreatmentPlan } from '../../model/plan.js';

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
  toggle(): void;
  /** Shown whether the part is open or not: a critical-item alert never hides behind a closed part. */
  always?: unknown;
  /** Rendered only while the part is open (closed parts cost no layout on a long page). */
  body(): unknown;
  /** `data-instrument` of an instrument's part. */
  instrument?: string;
}

/**
 * The disclosure pattern (a heading holding a button with `aria-expanded` that controls the body):
 * keyboard operable as any button, announced as expanded or collapsed, and a field inside can be
 * opened and focused by validation.
 */
export function disclosure(o: DisclosureOptions): TemplateResult {
  const bodyId = `${o.headingId}-body`;
  return html`<section part=${o.part} class="part" data-part=${o.key} data-instrument=${o.instrument ?? nothing} aria-labelledby=${o.headingId}>
    <h3 id=${o.headingId}>
      <button type="button" class="toggle" part="section-toggle" data-toggle=${o.key} aria-expanded=${String(o.open)} aria-controls=${bodyId} @click=${o.toggle}>
        <span class="title">${o.title}</span>
        <span class="state" part="section-state">${o.state}</span>
      </button>
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
