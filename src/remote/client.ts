// The only module of the kit that makes network requests, and only when the host set `remote`.
import type { FhirBundle } from '../interop/fhir/types.js';
import type { RemoteConfig, SyncErrorCode } from './types.js';

/** A FHIR resource or Bundle as JSON: the client reads only the few elements it needs. */
export interface FhirJson {
  resourceType: string;
  id?: string;
  meta?: { versionId?: string };
  type?: string;
  entry?: { fullUrl?: string; resource?: FhirJson; request?: { method: string; url: string; ifMatch?: string }; response?: { status?: string; etag?: string } }[];
  goal?: { reference?: string }[];
  addresses?: { reference?: string }[];
  issue?: { diagnostics?: string; details?: { text?: string } }[];
}

export type ClientOutcome<T> =
  | { ok: true; value: T }
  | { ok: false; code: 'conflict'; message: string; serverVersion: string | undefined }
  | { ok: false; code: SyncErrorCode; message: string };

/** `W/"3"` → `3`. */
const versionOfEtag = (etag: string | undefined | null) => etag?.replace(/^W\//, '').replace(/"/g, '') || undefined;

/** Talks FHIR REST to one server for one patient. */
export class FhirRemoteClient {
  constructor(private readonly config: RemoteConfig) {}

  #url(path: string): string {
    return `${this.config.baseUrl.replace(/\/+$/, '')}/${path}`;
  }

  async #request(method: 'GET' | 'POST', path: string, body?: unknown): Promise<ClientOutcome<{ status: number; json: FhirJson | undefined }>> {
    const send = this.config.fetch ?? ((input: string, init: RequestInit) => fetch(input, init));
    let response: Response;
    try {
      response = await send(this.#url(path), {
        method,
        headers: {
          accept: 'application/fhir+json',
          ...(body === undefined ? {} : { 'content-type': 'application/fhir+json' }),
          ...this.config.headers,
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch (e) {
      return { ok: false, code: 'offline', message: `The FHIR server could not be reached (${e instanceof Error ? e.name : 'network error'}).` };
    }
    let json: FhirJson | undefined;
    try {
      json = (await response.json()) as FhirJson;
    } catch {
      json = undefined;
    }
    const status = response.status;
    // Only the server's own words about what went wrong (never plan content).
    const said = json?.resourceType === 'OperationOutcome' ? (json.issue?.[0]?.diagnostics ?? json.issue?.[0]?.details?.text) : undefined;
    const why = `The FHIR server answered ${status}${said ? `: ${said}` : ''}.`;
    if (status === 409 || status === 412) return { ok: false, code: 'conflict', message: why, serverVersion: undefined };
    if (status === 401 || status === 403) return { ok: false, code: 'unauthorized', message: why };
    if (status === 404) return { ok: false, code: 'not-found', message: why };
    if (status >= 500) return { ok: false, code: 'server-error', message: why };
    if (status >= 400) return { ok: false, code: 'rejected', message: why };
    if (!json?.resourceType) return { ok: false, code: 'invalid-response', message: `The FHIR server answered ${status} without FHIR JSON.` };
    return { ok: true, value: { status, json } };
  }

  /** The CarePlan's current `meta.versionId` on the server, `undefined` if it has none. */
  async carePlanVersion(carePlanId: string): Promise<ClientOutcome<string | undefined>> {
    // A search (200 with no entry when absent), not a read: an absent plan is an answer, not an error.
    const r = await this.#request('GET', `CarePlan?_id=${encodeURIComponent(carePlanId)}`);
    if (!r.ok) return r;
    const found = r.value.json?.entry?.find((e) => e.resource?.resourceType === 'CarePlan' && e.resource.id === carePlanId);
    return { ok: true, value: found?.resource?.meta?.versionId };
  }

  /**
   * Sends a transaction whose first entry is the CarePlan. With `knownVersion` it carries
   * `If-Match`, so the server refuses the whole transaction when another device changed the plan.
   * Resolves to the CarePlan's new version.
   */
  async pushTransaction(bundle: FhirBundle, knownVersion: string | undefined): Promise<ClientOutcome<string>> {
    const [first, ...rest] = bundle.entry;
    if (!first?.request) return { ok: false, code: 'no-plan', message: 'The transaction has no CarePlan entry.' };
    const sent = {
      ...bundle,
      entry: [{ ...first, request: { ...first.request, ...(knownVersion ? { ifMatch: `W/"${knownVersion}"` } : {}) } }, ...rest],
    };
    const carePlanId = first.resource.id ?? '';
    const r = await this.#request('POST', '', sent);
    if (!r.ok) return r.code === 'conflict' ? { ...r, serverVersion: await this.#versionOrUndefined(carePlanId) } : r;
    const response = r.value.json?.entry?.[0]?.response;
    const code = Number(response?.status?.split(' ')[0]);
    if (code === 409 || code === 412) {
      return { ok: false, code: 'conflict', message: `The FHIR server answered ${code} for the CarePlan.`, serverVersion: await this.#versionOrUndefined(carePlanId) };
    }
    const version = versionOfEtag(response?.etag) ?? (await this.#versionOrUndefined(carePlanId));
    return version ? { ok: true, value: version } : { ok: false, code: 'invalid-response', message: 'The FHIR server did not say which version it stored.' };
  }

  async #versionOrUndefined(carePlanId: string): Promise<string | undefined> {
    const r = await this.carePlanVersion(carePlanId);
    return r.ok ? r.value : undefined;
  }

  /**
   * The plan's resources on the server as one `searchset` Bundle: the CarePlan, the Conditions and
   * Goals it references, and the Observations and QuestionnaireResponses based on it.
   */
  async pullBundle(carePlanId: string): Promise<ClientOutcome<{ bundle: FhirJson; version: string }>> {
    const cp = await this.#request('GET', `CarePlan/${carePlanId}`);
    if (!cp.ok) return cp;
    const carePlan = cp.value.json!;
    const version = carePlan.meta?.versionId;
    if (carePlan.resourceType !== 'CarePlan' || !version) {
      return { ok: false, code: 'invalid-response', message: 'The FHIR server did not return a versioned CarePlan.' };
    }
    const reads = [...(carePlan.addresses ?? []), ...(carePlan.goal ?? [])].flatMap((r) => (r.reference && /^(Condition|Goal)\/[^/]+$/.test(r.reference) ? [r.reference] : []));
    const based = encodeURIComponent(`CarePlan/${carePlanId}`);
    const batch = {
      resourceType: 'Bundle',
      type: 'batch',
      entry: [
        ...[...new Set(reads)].map((url) => ({ request: { method: 'GET', url } })),
        { request: { method: 'GET', url: `Observation?based-on=${based}&_count=1000` } },
        { request: { method: 'GET', url: `QuestionnaireResponse?based-on=${based}&_count=1000` } },
      ],
    };
    const r = await this.#request('POST', '', batch);
    if (!r.ok) return r;
    const resources: FhirJson[] = [carePlan];
    for (const e of r.value.json?.entry ?? []) {
      const res = e.resource;
      if (!res) continue;
      if (res.resourceType === 'Bundle') resources.push(...(res.entry ?? []).flatMap((x) => (x.resource ? [x.resource] : [])));
      else if (res.resourceType !== 'OperationOutcome') resources.push(res);
    }
    const base = this.config.baseUrl.replace(/\/+$/, '');
    return {
      ok: true,
      value: {
        version,
        bundle: { resourceType: 'Bundle', type: 'searchset', entry: resources.map((resource) => ({ fullUrl: `${base}/${resource.resourceType}/${resource.id}`, resource })) },
      },
    };
  }
}
