import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Result } from '../model/errors.js';
import type { TreatmentPlan } from '../model/plan.js';
import type { FhirBundle, FhirExportOptions } from '../interop/fhir/index.js';
import { fhirUuid } from '../interop/fhir/uuid.js';
import { SyncConflictEvent, SyncErrorEvent, SyncedEvent } from './events.js';
import type { RemoteConfig, SyncResult } from './types.js';

/** What the provider lends the sync: its plan and its own FHIR export/import (one path for risk flags). */
export interface SyncHost extends ReactiveControllerHost, EventTarget {
  readonly plan: TreatmentPlan | undefined;
  readonly scope: string;
  readonly ready: Promise<void>;
  exportFhir(options?: FhirExportOptions): Promise<FhirBundle | undefined>;
}

/** Wait after a draft save before an automatic push (edits in a burst go as one). */
export const AUTO_PUSH_DELAY_MS = 1000;
/** First wait before an automatic retry; doubles each time up to `MAX_RETRY_MS`. */
export const FIRST_RETRY_MS = 1000;
export const MAX_RETRY_MS = 60_000;

/**
 * Push/pull of one provider's plan to the clinic's FHIR server, as a reactive controller. Requests
 * run in the background (nothing waits on them while the user types) and one at a time. Events
 * carry codes and versions, never plan content.
 */
export class RemoteSync implements ReactiveController {
  #config: RemoteConfig | undefined;
  #auto = false;
  #connected = false;
  #seen: { key: string; serverVersion?: string; syncedRevision?: number } = { key: '' };

  /**
   * Where this browser remembers, per scope, plan, server and patient, the CarePlan version it last
   * saw and the plan revision then in step (two numbers, no plan content), so a reload neither
   * loses offline edits nor mistakes them for someone else's.
   */
  #key(plan: TreatmentPlan): string {
    return `tailored-plan-kit:sync:${JSON.stringify([this.host.scope, plan.id, this.#config?.baseUrl, this.#config?.patient])}`;
  }

  #load(plan: TreatmentPlan): void {
    const key = this.#key(plan);
    if (this.#seen.key === key) return;
    this.#seen = { key };
    try {
      const stored = JSON.parse(localStorage.getItem(key) ?? 'null') as { serverVersion?: unknown; syncedRevision?: unknown } | null;
      if (typeof stored?.serverVersion === 'string' && typeof stored.syncedRevision === 'number') {
        this.#seen = { key, serverVersion: stored.serverVersion, syncedRevision: stored.syncedRevision };
      }
    } catch {
      // No storage (private mode, blocked): the versions live in memory only.
    }
  }

  #remember(plan: TreatmentPlan, serverVersion: string, syncedRevision: number): void {
    this.#seen = { key: this.#key(plan), serverVersion, syncedRevision };
    try {
      localStorage.setItem(this.#seen.key, JSON.stringify({ serverVersion, syncedRevision }));
    } catch {
      // As above: memory only.
    }
  }

  /** The CarePlan version this provider last saw on the server (the `If-Match` of the next push). */
  get serverVersion(): string | undefined {
    const plan = this.host.plan;
    if (plan) this.#load(plan);
    return this.#seen.serverVersion;
  }
  #queue: Promise<unknown> = Promise.resolve();
  #pushTimer: ReturnType<typeof setTimeout> | undefined;
  #retryTimer: ReturnType<typeof setTimeout> | undefined;
  #retryDelay = FIRST_RETRY_MS;

  constructor(
    private readonly host: SyncHost,
    /** Keeps the local draft aside (recoverable with `restoreSetAside`); resolves to its key. */
    private readonly keepLocalCopy: () => Promise<string | undefined>,
    /**
     * Imports the server's bundle as the plan (as `importFhir`, risk flags included), replacing the
     * local plan even when its revision is higher: a pull asks for the server's copy, and unsynced
     * local edits were kept aside first.
     */
    private readonly adoptPulled: (bundle: unknown) => Promise<Result<TreatmentPlan>>,
  ) {
    host.addController(this);
  }

  get config(): RemoteConfig | undefined {
    return this.#config;
  }
  set config(value: RemoteConfig | undefined) {
    const was = this.#config;
    this.#config = value;
    // Another server or patient: what this provider saw of the old one says nothing about the new one.
    if (was?.baseUrl !== value?.baseUrl || was?.patient !== value?.patient) this.#pullOnConnect();
  }

  /** `sync="auto"`: push after each draft save, pull on connect. */
  get auto(): boolean {
    return this.#auto;
  }
  set auto(value: boolean) {
    const was = this.#auto;
    this.#auto = value;
    if (value && !was) this.#pullOnConnect();
  }

  /** `sync="auto"` on connect: deliver offline edits first, else bring the server's plan. */
  #pullOnConnect(): void {
    if (this.#auto && this.#config && this.#connected) void this.host.ready.then(() => (this.unsynced && this.serverVersion ? this.push() : this.pull()));
  }

  hostConnected(): void {
    this.#connected = true;
    this.host.addEventListener('draft-saved', this.#onSaved);
    this.#pullOnConnect();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.host.removeEventListener('draft-saved', this.#onSaved);
    clearTimeout(this.#pushTimer);
    clearTimeout(this.#retryTimer);
  }

  /** The plan has edits the server has not received. */
  get unsynced(): boolean {
    const plan = this.host.plan;
    if (!plan) return false;
    this.#load(plan);
    const synced = this.#seen.syncedRevision;
    return synced === undefined ? plan.revision > 0 : plan.revision !== synced;
  }

  #onSaved = () => {
    if (!this.auto || !this.config) return;
    clearTimeout(this.#pushTimer);
    this.#pushTimer = setTimeout(() => void this.push(), AUTO_PUSH_DELAY_MS);
  };

  push(): Promise<SyncResult> {
    return this.#serial(() => this.#push());
  }

  pull(): Promise<SyncResult> {
    return this.#serial(() => this.#pull());
  }

  #serial(task: () => Promise<SyncResult>): Promise<SyncResult> {
    const run = this.#queue.then(task, task);
    this.#queue = run;
    return run;
  }

  async #client() {
    const { FhirRemoteClient } = await import('./client.js');
    return new FhirRemoteClient(this.config!);
  }

  #carePlanId(plan: TreatmentPlan): string {
    return fhirUuid(plan.id, 'careplan', plan.id);
  }

  async #push(): Promise<SyncResult> {
    const plan = this.host.plan;
    if (!this.config) return this.#failed('no-remote', 'Set remote = { baseUrl, patient } first.', false);
    if (!plan) return this.#failed('no-plan', 'There is no plan to push.', false);
    // A push without the Part 2 protected part would be pulled back without it: refuse instead.
    if (plan.substanceUseCare?.part2 && this.config.includeProtected !== true) {
      return this.#failed('protected', 'The plan is marked as protected by 42 CFR Part 2; set remote.includeProtected = true to sync it (labelled) to this server.', false);
    }
    const bundle = await this.host.exportFhir({ bundleType: 'transaction', patient: this.config.patient, includeProtected: this.config.includeProtected === true });
    if (!bundle) return this.#failed('no-plan', 'There is no plan to push.', false);
    const client = await this.#client();
    let known = this.serverVersion;
    if (!known) {
      // Never seen the server's plan: push only if it has none, else that is someone else's work.
      const there = await client.carePlanVersion(this.#carePlanId(plan));
      if (!there.ok) return this.#failed(there.code, there.message, this.#willRetry(there.code));
      if (there.value) return this.#conflict(plan.revision, there.value);
    }
    const r = await client.pushTransaction(bundle, known);
    if (!r.ok) {
      if (r.code === 'conflict') return this.#conflict(plan.revision, r.serverVersion);
      return this.#failed(r.code, r.message, this.#willRetry(r.code));
    }
    known = r.value;
    return this.#synced('push', known, plan.revision);
  }

  async #pull(): Promise<SyncResult> {
    const plan = this.host.plan;
    if (!this.config) return this.#failed('no-remote', 'Set remote = { baseUrl, patient } first.', false);
    if (!plan) return this.#failed('no-plan', 'The provider has no plan id to pull.', false);
    const client = await this.#client();
    const r = await client.pullBundle(this.#carePlanId(plan));
    if (!r.ok) {
      if (r.code === 'conflict') return this.#failed('invalid-response', r.message, false);
      return this.#failed(r.code, r.message, false);
    }
    // Local edits the server does not have are kept aside, never dropped.
    const keptCopy = this.unsynced ? await this.keepLocalCopy() : undefined;
    const imported = await this.adoptPulled(r.value.bundle);
    if (!imported.ok) return this.#failed('invalid-import', imported.error.message, false);
    // The host's plan is read again: adopting the pull replaced it while this awaited (TypeScript
    // keeps the narrowing of `plan` from the start of #pull across those awaits).
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
    return this.#synced('pull', r.value.version, this.host.plan?.revision ?? imported.value.revision, keptCopy);
  }

  #synced(direction: 'push' | 'pull', serverVersion: string, revision: number, keptCopy?: string): SyncResult {
    const plan = this.host.plan;
    if (plan) this.#remember(plan, serverVersion, revision);
    this.#retryDelay = FIRST_RETRY_MS;
    clearTimeout(this.#retryTimer);
    const detail = { direction, serverVersion, revision, ...(keptCopy ? { keptCopy } : {}) };
    this.host.dispatchEvent(new SyncedEvent(detail));
    return { ok: true, ...detail };
  }

  #conflict(localRevision: number, serverVersion: string | undefined): SyncResult {
    this.host.dispatchEvent(new SyncConflictEvent({ localRevision, serverVersion }));
    return {
      ok: false,
      code: 'conflict',
      message: 'The plan changed on the server since this device last saw it; nothing was overwritten. pull() brings the server plan and keeps this one aside (restoreSetAside).',
      localRevision,
      serverVersion,
    };
  }

  #willRetry(code: string): boolean {
    return this.auto && (code === 'offline' || code === 'server-error');
  }

  #failed(code: Exclude<SyncResult, { ok: true }>['code'], message: string, retrying: boolean): SyncResult {
    if (code === 'conflict') return this.#conflict(this.host.plan?.revision ?? 0, undefined);
    if (retrying) {
      clearTimeout(this.#retryTimer);
      this.#retryTimer = setTimeout(() => void this.push(), this.#retryDelay);
      this.#retryDelay = Math.min(this.#retryDelay * 2, MAX_RETRY_MS);
    }
    this.host.dispatchEvent(new SyncErrorEvent({ code, message, retrying }));
    return { ok: false, code, message, retrying };
  }
}
