import { fail, ok, type PlanError, type Result } from '../model/errors.js';
import { createPlan } from '../model/factory.js';
import { parsePlan } from '../model/parse.js';
import type { TreatmentPlan } from '../model/plan.js';
import { MAX_REVISION } from '../model/primitives.js';
import { applyDefinition } from '../plan/apply.js';
import type { Applied, CommandContext, PlanEffect } from '../plan/define.js';
import type { PlanCommand } from '../plan/reducer.js';
import { allCommandsLoaded, loadEveryCommand, loadedCommand } from '../plan/registry.js';
import { FINAL_COMMANDS } from '../plan/commands/signing.js';

/** Where a new snapshot came from. */
export type ChangeOrigin = 'command' | 'replace' | 'restore' | 'remote' | 'undo' | 'redo';

export interface PlanChange {
  plan: TreatmentPlan;
  previous: TreatmentPlan;
  origin: ChangeOrigin;
  command?: PlanCommand;
  effects: PlanEffect[];
}

export type PlanListener = (change: PlanChange) => void;

export interface DispatchOptions {
  /**
   * Merges this change into the previous undo step when that step was dispatched with the same key,
   * so a burst of typing in one field is undone in one step. Any other change (another key, no key,
   * undo, redo, replace) ends the merge.
   */
  coalesce?: string;
}

export interface PlanStoreOptions {
  /** Clock used to stamp changes (tests inject a fixed one). */
  clock?: () => Date;
  /** Id generator for new entities. */
  newId?: () => string;
  /** How many earlier snapshots `undo()` can go back to. */
  historyLimit?: number;
}

/**
 * Holds the current immutable plan snapshot, applies commands through the pure reducer and
 * notifies subscribers with the new snapshot. It has no DOM and no storage; `<plan-provider>`
 * wires it to both. It applies the commands loaded on the page: those of the widgets there (each
 * registers what it sends), and every other one after `await loadCommands()`.
 */
export class PlanStore {
  #plan: TreatmentPlan;
  #listeners = new Set<PlanListener>();
  #past: TreatmentPlan[] = [];
  #future: TreatmentPlan[] = [];
  /** The `coalesce` key of the change that made the current plan, while it may still be merged into. */
  #coalescing: string | undefined;
  readonly #clock: () => Date;
  readonly #newId: () => string;
  readonly #historyLimit: number;

  constructor(plan: TreatmentPlan | string, options: PlanStoreOptions = {}) {
    this.#clock = options.clock ?? (() => new Date());
    this.#newId = options.newId ?? (() => crypto.randomUUID());
    this.#historyLimit = options.historyLimit ?? 100;
    this.#plan = typeof plan === 'string' ? createPlan(plan, this.#clock()) : plan;
  }

  get plan(): TreatmentPlan {
    return this.#plan;
  }

  get canUndo(): boolean {
    return this.#past.length > 0;
  }

  get canRedo(): boolean {
    return this.#future.length > 0;
  }

  /** A context for reducers: the instant of this change and the id generator. */
  context(): CommandContext {
    return { now: this.#clock().toISOString(), newId: this.#newId };
  }

  /**
   * Loads the code of every command (once per page), so that `dispatch` then applies any of them.
   * A page's widgets bring the commands they send; a host that sends others (e.g.
   * `progress/add-measurement` on a page without `<progress-timeline>`) awaits this first.
   */
  loadCommands(): Promise<void> {
    return loadEveryCommand();
  }

  /**
   * Validates and applies one command. On success subscribers see the new snapshot; on failure
   * nothing changes and the typed error is returned: `command-not-loaded` for a command whose code
   * is not on the page yet (it starts loading; see `loadCommands`).
   */
  dispatch(command: PlanCommand, options: DispatchOptions = {}): Result<TreatmentPlan> {
    const result = this.#apply(command);
    if (!result.ok) return result;
    const { plan, effects = [] } = result.value;
    if (plan !== this.#plan) {
      if (options.coalesce === undefined || options.coalesce !== this.#coalescing) {
        this.#past.push(this.#plan);
        if (this.#past.length > this.#historyLimit) this.#past.shift();
      }
      this.#coalescing = options.coalesce;
      this.#future = [];
      if (FINAL_COMMANDS.has(command.type)) this.#past = [];
      this.#set(plan, 'command', effects, command);
    } else if (effects.length) {
      this.#emit({ plan, previous: plan, origin: 'command', command, effects });
    }
    return ok(plan);
  }

  /**
   * What `command` would make of the current plan, without changing it or telling anyone (a review's
   * "this creates version N with these changes"). A widget previews through the store, so its entry
   * does not carry the reducer and every command a second time.
   */
  preview(command: PlanCommand): Result<TreatmentPlan> {
    const result = this.#apply(command);
    return result.ok ? ok(result.value.plan) : result;
  }

  /**
   * Replaces the whole plan with one from outside (host property, restored draft, other tab).
   * The input is migrated and validated first; an invalid one changes nothing.
   */
  replace(input: unknown, origin: Exclude<ChangeOrigin, 'command' | 'undo' | 'redo'> = 'replace'): Result<TreatmentPlan> {
    const parsed = parsePlan(input);
    if (!parsed.ok) return parsed;
    this.#past = [];
    this.#future = [];
    this.#coalescing = undefined;
    this.#set(parsed.value, origin, []);
    return parsed;
  }

  /** Goes back one change. The restored content gets a new, higher revision so drafts and tabs move forward. */
  undo(): boolean {
    return this.#step(this.#past, this.#future, 'undo');
  }

  redo(): boolean {
    return this.#step(this.#future, this.#past, 'redo');
  }

  subscribe(listener: PlanListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** What `command` makes of the current plan, with the commands loaded on this page. */
  #apply(command: PlanCommand): Result<Applied, PlanError> {
    const def = loadedCommand(command.type);
    if (!def && !allCommandsLoaded()) {
      // Loading starts now, so the same command sent again shortly after is applied.
      loadEveryCommand().catch((e: unknown) => console.error('tailored-plan-kit: the plan commands could not be loaded', e));
      return fail('command-not-loaded', `${command.type}: no widget on this page sends this command, so its code is not loaded yet; \`await store.loadCommands()\` first.`);
    }
    return applyDefinition(this.#plan, command, def, this.context());
  }

  /** Moves one snapshot from `from` to the current plan, keeping the current one in `to`. */
  #step(from: TreatmentPlan[], to: TreatmentPlan[], origin: 'undo' | 'redo'): boolean {
    // At MAX_REVISION nothing can move forward (a higher revision would not read back): refused.
    if (from.length === 0 || this.#plan.revision >= MAX_REVISION) return false;
    const plan = from.pop()!;
    to.push(this.#plan);
    this.#coalescing = undefined;
    this.#set({ ...plan, revision: this.#plan.revision + 1, updatedAt: this.#clock().toISOString() }, origin, []);
    return true;
  }

  #set(plan: TreatmentPlan, origin: ChangeOrigin, effects: PlanEffect[], command?: PlanCommand): void {
    const previous = this.#plan;
    this.#plan = plan;
    this.#emit({ plan, previous, origin, effects, ...(command ? { command } : {}) });
  }

  #emit(change: PlanChange): void {
    for (const l of [...this.#listeners]) {
      try {
        l(change);
      } catch (e) {
        // A failing subscriber must not stop the others or the store.
        console.error('tailored-plan-kit: a plan subscriber threw', e);
      }
    }
  }
}

