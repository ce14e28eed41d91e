// Import rules for src/ (run by `npm run lint`; fails on any finding):
//  1. No import circle, type-only imports included (a dynamic `import()` is a lazy-loading
//     boundary, not an edge of a circle).
//  2. Layers: the pure domain (model, plan, clinical, interop) never imports the DOM-events
//     module, the store, the remote sync or the elements; the model imports nothing but the
//     model; clinical never imports plan; store and remote never import the elements; content
//     (clinical wording per locale, as data) imports only the model and the clinical structures.
// Uses the TypeScript parser, so `import type`, `export … from` and `import()` are all seen.
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { tsFiles } from './ts-files.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src');

/** Folders of src and what they may not import (folders or files relative to src). */
const FORBIDDEN = {
  model: ['plan', 'clinical', 'interop', 'store', 'remote', 'elements', 'events.ts', 'context', 'i18n'],
  plan: ['store', 'remote', 'elements', 'events.ts', 'context', 'i18n', 'interop'],
  clinical: ['plan', 'store', 'remote', 'elements', 'events.ts', 'context', 'i18n', 'interop'],
  interop: ['plan', 'store', 'remote', 'elements', 'events.ts', 'context', 'i18n'],
  i18n: ['store', 'remote', 'elements'],
  content: ['plan', 'store', 'remote', 'elements', 'events.ts', 'context', 'i18n', 'interop'],
  store: ['elements'],
  remote: ['elements'],
};

const files = tsFiles(src);

/** file → [{ to, dynamic }] for relative imports inside src. */
const graph = new Map();
for (const file of files) {
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const edges = [];
  const add = (spec, dynamic) => {
    if (!spec.startsWith('.')) return;
    const to = resolve(dirname(file), spec.replace(/\.js$/, '.ts'));
    edges.push({ to, dynamic });
  };
  const visit = (node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      add(node.moduleSpecifier.text, false);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments;
      if (arg && ts.isStringLiteral(arg)) add(arg.text, true);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      add(node.argument.literal.text, false);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  graph.set(file, edges);
}

const rel = (p) => relative(src, p).split('\\').join('/');
const problems = [];

// An import the check cannot follow would hide circles: every relative import must name a file of src.
for (const [file, edges] of graph) {
  for (const { to } of edges) if (!graph.has(to)) problems.push(`unresolved: src/${rel(file)} imports ${rel(to)} (name the .js of a .ts file)`);
}

// 2. Layers.
for (const [file, edges] of graph) {
  const layer = rel(file).split('/')[0];
  const banned = FORBIDDEN[layer];
  if (!banned) continue;
  for (const { to } of edges) {
    const target = rel(to);
    const hit = banned.find((b) => target === b || target.startsWith(`${b}/`));
    if (hit) problems.push(`layer: src/${rel(file)} imports src/${target} (${layer} may not import ${hit})`);
  }
}

// 1. Circles (Tarjan's strongly connected components over static edges).
let index = 0;
const idx = new Map();
const low = new Map();
const stack = [];
const on = new Set();
const components = [];
const connect = (v) => {
  idx.set(v, index);
  low.set(v, index++);
  stack.push(v);
  on.add(v);
  for (const { to, dynamic } of graph.get(v) ?? []) {
    if (dynamic || !graph.has(to)) continue;
    if (!idx.has(to)) {
      connect(to);
      low.set(v, Math.min(low.get(v), low.get(to)));
    } else if (on.has(to)) low.set(v, Math.min(low.get(v), idx.get(to)));
  }
  if (low.get(v) === idx.get(v)) {
    const c = [];
    let w;
    do {
      w = stack.pop();
      on.delete(w);
      c.push(w);
    } while (w !== v);
    const selfLoop = (graph.get(v) ?? []).some((e) => !e.dynamic && e.to === v);
    if (c.length > 1 || selfLoop) components.push(c);
  }
};
for (const f of graph.keys()) if (!idx.has(f)) connect(f);

for (const c of components) {
  const members = new Set(c);
  // One concrete circle through the component, for the message.
  const start = c[c.length - 1];
  const path = [start];
  const seen = new Set([start]);
  let cur = start;
  for (;;) {
    const next = graph.get(cur).find((e) => !e.dynamic && members.has(e.to) && (e.to === start || !seen.has(e.to)));
    if (!next || next.to === start) break;
    path.push(next.to);
    seen.add(next.to);
    cur = next.to;
  }
  problems.push(`circle (${c.length} files): ${[...path, start].map((p) => `src/${rel(p)}`).join(' → ')}`);
}

if (problems.length) {
  console.error(problems.join('\n'));
  console.error(`check-imports: ${problems.length} problem(s)`);
  process.exit(1);
}
console.log(`check-imports: ${graph.size} files, no circle, no forbidden layer import`);
