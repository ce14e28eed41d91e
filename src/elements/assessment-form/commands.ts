import { assessmentCommands } from '../../plan/commands/assessment.js';
import { intakeCommands } from '../../plan/commands/intake.js';
import { safetyCommands } from '../../plan/commands/safety.js';
import { registerCommands } from '../../plan/registry.js';

// A side-effect module (listed in package.json's `sideEffects`, so a portal's bundler keeps it):
// the commands the form sends load with it, so an answer is in the plan at once (src/plan/registry.ts).
// The substance-use part registers its own when a page opts in (substance-use-part.ts).
registerCommands([...assessmentCommands, ...intakeCommands, ...safetyCommands]);
