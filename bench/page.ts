// The whole-page typing bench: one provider, all five widgets and the large plan, plus a plain
// <textarea> on the same page as the floor. Playwright types with real key events; this module
// builds the page and records keystroke-to-next-paint through the Event Timing API.
import '../src/define.js';
import type { PlanProvider } from '../src/index.js';
import { bigPlan } from './fixtures.js';

/** One keystroke's interaction: the longest event duration Chromium reported for it (ms). */
const interactions = new Map<number, number>();

new PerformanceObserver((list) => {
  for (const e of list.getEntries() as PerformanceEventTiming[]) {
    if (!e.interactionId || !e.name.startsWith('key')) continue;
    interactions.set(e.interactionId, Math.max(interactions.get(e.interactionId) ?? 0, e.duration));
  }
  // `durationThreshold` is the smallest Chromium accepts; quicker keystrokes are counted as 16 ms by the runner.
}).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);

/**
 * The same from the page's side, as a cross-check: from a key's `keydown` to a task queued after the
 * next animation frame, i.e. once that frame's style, layout and paint are done.
 */
const frames: number[] = [];
addEventListener(
  'keydown',
  (e) => {
    const t0 = e.timeStamp;
    requestAnimationFrame(() => setTimeout(() => frames.push(performance.now() - t0), 0));
  },
  true,
);

const TAGS = ['assessment-form', 'goal-editor', 'modality-picker', 'progress-timeline', 'plan-summary'] as const;

/** Main-thread milliseconds spent in each widget's update (render and commit to the DOM) since the last reset. */
const work = new Map<string, number>();

/** Times each widget class's `update`, to show where a keystroke's time goes (a bench-only wrapper). */
function timeUpdates(): void {
  for (const tag of TAGS) {
    const proto = customElements.get(tag)!.prototype as { update(changed: unknown): void };
    const update = proto.update;
    proto.update = function (this: unknown, changed: unknown) {
      const t = performance.now();
      try {
        update.call(this, changed);
      } finally {
        work.set(tag, (work.get(tag) ?? 0) + performance.now() - t);
      }
    };
  }
}

async function setup(): Promise<void> {
  timeUpdates();
  const plan = bigPlan('bench-page');
  const provider = document.createElement('plan-provider') as PlanProvider;
  provider.planId = plan.id;
  // IndexedDB, as on a portal page: the draft of every burst of typing is written there.
  provider.scope = `bench-page-${Date.now()}`;
  provider.plan = plan;
  const floor = document.createElement('textarea');
  floor.id = 'floor';
  floor.setAttribute('aria-label', 'Plain textarea (the floor)');
  document.body.append(floor, provider);
  await provider.ready;
  for (const tag of TAGS) {
    const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown> };
    provider.append(el);
    await el.updateComplete;
  }
  // Open one objective's details, as a clinician editing it would.
  const editor = provider.querySelector('goal-editor')!;
  editor.shadowRoot!.querySelector<HTMLButtonElement>('[data-focus="edit:o0-0-0"]')!.click();
  await (editor as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
}

/** Lets the work of the last click settle, then clears what was recorded (call before each typing run). */
async function reset(): Promise<void> {
  // Longer than the autosave delay, so the draft save of the previous run is not counted here.
  await new Promise((r) => setTimeout(r, 1000));
  interactions.clear();
  frames.length = 0;
  work.clear();
}

/** Waits for queued entries to arrive, then returns one duration per interaction seen, and per key to its next frame. */
async function durations(): Promise<{ eventTiming: number[]; nextFrame: number[]; work: Record<string, number> }> {
  await new Promise((r) => setTimeout(r, 300));
  return { eventTiming: [...interactions.values()], nextFrame: frames.slice(), work: Object.fromEntries(work) };
}

/** Main-thread time of one objective edit until every widget has rendered it (for profiling). */
async function editCost(): Promise<Record<string, number>> {
  const provider = document.querySelector('plan-provider') as PlanProvider;
  const widgets = [...provider.children] as (HTMLElement & { updateComplete: Promise<unknown> })[];
  const t = performance.now();
  provider.store!.dispatch({ type: 'objective/update', objectiveId: 'o0-0-0', fields: { clinicalText: `Walk ${t}` } });
  const dispatched = performance.now() - t;
  await Promise.all(widgets.map((w) => w.updateComplete));
  const rendered = performance.now() - t;
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  return { dispatched, rendered, painted: performance.now() - t };
}

const w = window as unknown as { benchPage: { setup: typeof setup; reset: typeof reset; durations: typeof durations; editCost: typeof editCost } };
w.benchPage = { setup, reset, durations, editCost };
