// Words out of the domain (run by `npm run lint`; fails on any finding).
// The pure modules (model, plan, clinical, interop) return codes and parameters; the elements word
// them in the page's language (src/i18n/*-words.ts). A sentence written there can never be
// translated, so this check fails on any string or template literal in those folders that reads
// like a sentence (three or more words, letters first), unless it is:
//  - in a content module (built-in clinical content in English, per-locale later) or a module
//    that only reads old data (the migration of schema-2 sentences), listed in CONTENT below;
//  - English for logs and hosts: the `message` of an error or event (an argument of `fail`,
//    `rejected` with a string, a `message:` property, a function whose name ends in `Message`),
//    or a zod `error:` text for a host's invalid input;
//  - a citation (a `source`/`RULE_SOURCES`-style property the README lists as is).
// A new user-facing sentence belongs in src/i18n as a msg(); a new log text in one of the places above.
// `node scripts/check-domain-words.mjs --list` prints every literal it let through, with why.
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { tsFiles } from './ts-files.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DOMAIN = ['model', 'plan', 'clinical', 'interop'].map((d) => join(root, 'src', d));

/** Modules that are content (English built-in content or citations), or read old English data. */
const CONTENT = new Set([
  'src/clinical/modalities/catalog.ts',
  'src/clinical/modalities/first-line.ts',
  'src/clinical/goals/library.ts',
  'src/clinical/goals/suggestion-content.ts',
  'src/clinical/instruments/builtins.ts',
  'src/clinical/instruments/structures.ts',
  'src/clinical/instruments/asq.ts',
  'src/clinical/instruments/audit-c.ts',
  'src/clinical/instruments/nida-single-question.ts',
  'src/clinical/progress/parameters.ts',
  'src/model/legacy-changes.ts',
]);

/** Properties whose text is for logs, hosts or citations, never shown as the kit's own words. */
const LOG_PROPERTIES = new Set(['message', 'error', 'source', 'citation', 'safetyPlanning', 'ptsd', 'traumaInformed', 'alcoholBrief', 'medication', 'insomnia']);
/** Calls whose string argument is a log/host message (zod's `regex`/`refine`/`superRefine` texts are for a host's invalid input). */
const LOG_CALLS = new Set(['fail', 'rejected', 'Error', 'TypeError', 'RangeError', 'issue', 'describeIssues', 'parseDefinition', 'regex', 'refine', 'superRefine', 'split']);
/**
 * Functions whose strings are English for hosts and logs only: mistakes only a host's code can make
 * (an unknown list entry, an answer the instrument does not have, a per-language text without English),
 * returned as a refused command's or a refused host value's message.
 */
const HOST_ERROR_FUNCTIONS = new Set(['noEntry', 'listIdTaken', 'noLine', 'checkAnswers', 'rescore', 'localizedTextIssues']);
/**
 * Modules whose English is documented as being for logs, hosts and other systems:
 * - measurability.ts: `ChecklistItem.text` (widgets word each checklist `id`, src/i18n/goal-words.ts);
 * - interop: FHIR resources for other systems (code displays, narrative) and import errors for hosts.
 */
const LOG_MODULES = [/^src\/clinical\/goals\/measurability\.ts$/, /^src\/interop\//];

/** Three or more words of two letters or more (a template's placeholders count as none), starting with a letter. */
const isSentence = (text) => /^\p{L}/u.test(text) && text.split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w)).length >= 3;

const files = tsFiles(...DOMAIN);

/** The literal's visible text (a template's static parts joined by a placeholder word). */
const textOf = (node) => {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join('x');
  return undefined;
};

/** Why a literal may stay in the domain, or `undefined` when it may not. */
function allowed(node) {
  for (let n = node.parent, child = node; n; child = n, n = n.parent) {
    if (ts.isPropertyAssignment(n) && n.initializer === child) {
      const name = n.name.getText().replace(/['"]/g, '');
      if (LOG_PROPERTIES.has(name)) return `${name}: for logs, hosts or citations`;
    }
    if (ts.isCallExpression(n) || ts.isNewExpression(n)) {
      const callee = n.expression.getText().split('.').at(-1);
      if (LOG_CALLS.has(callee)) return `${callee}(): English for logs and hosts`;
    }
    if ((ts.isFunctionDeclaration(n) || ts.isVariableDeclaration(n)) && n.name && /Message$/.test(n.name.getText())) return `${n.name.getText()}: English for logs`;
    if ((ts.isFunctionDeclaration(n) || ts.isVariableDeclaration(n)) && n.name && HOST_ERROR_FUNCTIONS.has(n.name.getText())) return `${n.name.getText()}: a host's mistake, in English`;
    if (ts.isImportDeclaration(n) || ts.isExportDeclaration(n)) return 'module path';
  }
  return undefined;
}

const findings = [];
const passed = [];
for (const file of files) {
  const rel = relative(root, file).split('\\').join('/');
  if (CONTENT.has(rel)) continue;
  const logModule = LOG_MODULES.some((re) => re.test(rel));
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const visit = (node) => {
    const text = textOf(node);
    if (text !== undefined && isSentence(text.trim())) {
      const where = `${rel}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
      const why = logModule ? 'module of English for logs, hosts and other systems' : allowed(node);
      if (why) passed.push(`${where} (${why}): ${text.slice(0, 70)}`);
      else findings.push(`${where}: ${text.slice(0, 90)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
}

if (process.argv.includes('--list')) console.log(passed.join('\n'));
if (findings.length) {
  console.error(`check-domain-words: ${findings.length} sentence(s) in domain modules. Return a code with its values and word it in src/i18n (msg()), or, for logs, put it in an error's message:\n  ${findings.join('\n  ')}`);
  process.exit(1);
}
console.log(`check-domain-words: ${files.length} domain files, no sentence outside content and log messages`);
