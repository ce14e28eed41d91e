// `npm start`: installs what is missing, then serves the demo portal and prints its URL.
import { spawn } from 'node:child_process';
import { ensureDeps } from './ensure-deps.mjs';

ensureDeps();
const port = process.env.PORT ?? '5173';
console.log(`\n  tailored-plan-kit demo: http://127.0.0.1:${port}/\n`);
// The demo's optional "Sync to a FHIR server" panel talks to a real FHIR R4 engine (in memory).
const fhirPort = Number(process.env.FHIR_PORT ?? '8103');
try {
  const { startFhirServer } = await import('./fhir-server.mjs');
  const fhir = await startFhirServer({ port: fhirPort });
  console.log(`  FHIR server for the sync panel: ${fhir.baseUrl} (in memory; gone when this stops)\n`);
} catch (e) {
  console.log(`  (FHIR server for the sync panel not started: ${e.message})\n`);
}
const child = spawn('npx', ['vite', '--port', port, '--strictPort'], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
