/**
 * Opt-in sync with the clinic's FHIR R4 server. Set `provider.remote` to turn it on; without it the
 * kit makes no request.
 */
export interface RemoteConfig {
  /** The server's base URL, e.g. `https://fhir.example.org/r4` (no trailing slash needed). */
  baseUrl: string;
  /** The patient every resource belongs to, e.g. `Patient/123` (a literal `subject` reference). */
  patient: string;
  /**
   * The host's `fetch`: where it adds authorization (a SMART on FHIR bearer token, refreshed as it
   * needs). Default: the page's `fetch`.
   */
  fetch?: (input: string, init: RequestInit) => Promise<Response>;
  /** Extra request headers (e.g. a tenant header). */
  headers?: Record<string, string>;
  /**
   * Sync what the plan marks as protected by 42 CFR Part 2 (labelled in `meta.security`) to this
   * server. Default `false`: a push of a plan with a Part 2 mark is refused (`protected`), so the
   * server never gets a copy without it that a later pull would bring back.
   */
  includeProtected?: boolean;
}

/**
 * Why a sync did not complete:
 * - `offline`: the server could not be reached (network down, server down); the edit stays in the draft.
 * - `server-error`: the server answered 5xx; worth retrying later.
 * - `rejected`: the server refused the data (4xx other than a conflict); retrying will not help.
 * - `unauthorized`: 401/403; the host's token needs renewing.
 * - `not-found`: `pull()` found no plan with this id on the server.
 * - `invalid-response`: the server's answer was not the FHIR the kit expects.
 * - `invalid-import`: the plan on the server could not be read as a plan.
 * - `no-remote` / `no-plan`: nothing to sync with, or nothing to sync.
 * - `protected`: the plan has a 42 CFR Part 2 mark and `remote.includeProtected` is not `true`; nothing was sent.
 */
export type SyncErrorCode =
  | 'offline'
  | 'server-error'
  | 'rejected'
  | 'unauthorized'
  | 'not-found'
  | 'invalid-response'
  | 'invalid-import'
  | 'no-remote'
  | 'no-plan'
  | 'protected';

/** What `push()` / `pull()` resolve to (they never reject). */
export type SyncResult =
  | {
      ok: true;
      direction: 'push' | 'pull';
      /** The CarePlan's `meta.versionId` on the server after this sync. */
      serverVersion: string;
      /** The plan's revision now in sync with the server. */
      revision: number;
      /**
       * `pull()` only: the key of the local copy kept aside because it held changes the server did
       * not have (after a conflict): `provider.restoreSetAside(key)` brings it back.
       */
      keptCopy?: string;
    }
  | {
      ok: false;
      code: 'conflict';
      message: string;
      localRevision: number;
      /** The version now on the server (another device pushed it). */
      serverVersion: string | undefined;
    }
  | { ok: false; code: SyncErrorCode; message: string; retrying: boolean };

export interface SyncedDetail {
  direction: 'push' | 'pull';
  serverVersion: string;
  revision: number;
  keptCopy?: string;
}

export interface SyncConflictDetail {
  localRevision: number;
  serverVersion: string | undefined;
}

export interface SyncErrorDetail {
  code: SyncErrorCode;
  message: string;
  /** `true` when the kit will try again by itself (`sync="auto"`, with backoff). */
  retrying: boolean;
}
