// `@web/test-runner-commands` under Node (mocha, `npm run mutation`): the one server command a DOM-free
// test uses, `fhir-validate`, calls the same validator the browser runner's plugin calls
// (web-test-runner.config.mjs). Any other command is a browser test in the wrong suite: it throws.
import { validateR4 } from '../../../scripts/fhir-server.mjs';

export async function executeServerCommand(command, payload) {
  if (command === 'fhir-validate') return validateR4(payload.resource);
  throw new Error(`Server command "${command}" needs the browser runner (npx wtr), not Node.`);
}
