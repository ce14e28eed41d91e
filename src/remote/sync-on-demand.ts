import type { Result } from '../model/errors.js';
import type { TreatmentPlan } from '../model/plan.js';
import { SyncErrorEvent } from './events.js';
import type { RemoteSync, SyncHost } from './remote-sync.js';
import type { RemoteConfig, SyncResult } from './types.js';

/**
 * The provider's `remote` and `sync` settings, always there; the sync itself (`RemoteSync`, and the
 * FHIR client it loads in turn) is loaded the first time a remote is set or `push()`/`pull()` is
 * called, so a page that never syncs never ships it.
 */
export class SyncOnDemand {
  #config: RemoteConfig | undefined;
  #auto = false;
  #sync: RemoteSync | undefined;
  #loading: Promise<RemoteSync> | undefined;

  constructor(
    private readonly host: SyncHost,
    private readonly keepLocalCopy: () => Promise<string | undefined>,
    private readonly adoptPulled: (bundle: unknown) => Promise<Result<TreatmentPlan>>,
  ) {}

  get config(): RemoteConfig | undefined {
    return this.#config;
  }
  set config(value: RemoteConfig | undefined) {
    this.#config = value;
    if (this.#sync) this.#sync.config = value;
    else if (value) void this.#load().catch(() => undefined);
  }

  /** `sync="auto"`: push after each draft save, pull on connect. */
  get auto(): boolean {
    return this.#auto;
  }
  set auto(value: boolean) {
    this.#auto = value;
    if (this.#sync) this.#sync.auto = value;
  }

  push(): Promise<SyncResult> {
    return this.#run((sync) => sync.push());
  }

  pull(): Promise<SyncResult> {
    return this.#run((sync) => sync.pull());
  }

  /** Never rejects, as `push()` and `pull()` promise: a sync that cannot load is reported as `offline`. */
  async #run(task: (sync: RemoteSync) => Promise<SyncResult>): Promise<SyncResult> {
    let sync: RemoteSync;
    try {
      sync = await this.#load();
    } catch (e) {
      const detail = { code: 'offline' as const, message: `The sync could not be loaded: ${(e as Error).message}`, retrying: false };
      this.host.dispatchEvent(new SyncErrorEvent(detail));
      return { ok: false, ...detail };
    }
    return task(sync);
  }

  #load(): Promise<RemoteSync> {
    this.#loading ??= import('./remote-sync.js').then(
      ({ RemoteSync }) => {
        // Settings made while it loaded apply now (with `sync="auto"`, setting the config pulls on connect).
        const sync = new RemoteSync(this.host, this.keepLocalCopy, this.adoptPulled);
        sync.auto = this.#auto;
        sync.config = this.#config;
        this.#sync = sync;
        return sync;
      },
      (e: unknown) => {
        this.#loading = undefined;
        throw e;
      },
    );
    return this.#loading;
  }
}
