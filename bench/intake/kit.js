// The two element entries a PHQ-9 intake page imports, from the package as it ships (dist/).
import '../../dist/elements/plan-provider/define.js';
import '../../dist/elements/assessment-form/define.js';
