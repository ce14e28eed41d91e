import { readFile } from '@web/test-runner-commands';
import { THEMES, AUTO_THEME_FILE } from '../../src/themes/themes.js';

/**
 * Reads a file by its path from the repository root (tests live two levels down); undefined when
 * it does not exist (the file command then reports "unknown command", since it returned nothing).
 */
export async function readSource(path: string): Promise<string | undefined> {
  try {
    return await readFile({ path: `../../${path}` });
  } catch {
    return undefined;
  }
}

/** Every shipped theme file, `auto.css` included. */
export const THEME_FILES = [...THEMES.map((t) => `src/themes/${t.file}`), `src/themes/${AUTO_THEME_FILE}`];

/** Strips block comments so documentation never counts as a use or a definition. */
export function stripComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '');
}

/** Custom properties a stylesheet declares (`--tpk-x: …;`), with their values. */
export function declaredTokens(cssText: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of stripComments(cssText).matchAll(/(--tpk-[a-z0-9-]+)\s*:\s*([^;{}]+);/g)) {
    if (!out.has(m[1]!)) out.set(m[1]!, m[2]!.trim());
  }
  return out;
}

export interface TokenUse {
  name: string;
  /** Text after the comma, or undefined when the `var()` has no fallback. */
  fallback: string | undefined;
}

/** Every `var(--tpk-…)` in a source text, with its fallback (nested parentheses respected). */
export function tokenUses(text: string): TokenUse[] {
  const uses: TokenUse[] = [];
  const src = stripComments(text);
  const re = /var\(\s*(--tpk-[a-z0-9-]+)\s*([,)])/g;
  for (const m of src.matchAll(re)) {
    if (m[2] === ')') {
      uses.push({ name: m[1]!, fallback: undefined });
      continue;
    }
    let depth = 1;
    let i = m.index! + m[0].length;
    const start = i;
    for (; i < src.length && depth > 0; i++) {
      if (src[i] === '(') depth++;
      else if (src[i] === ')') depth--;
    }
    uses.push({ name: m[1]!, fallback: src.slice(start, i - 1).trim() });
  }
  return uses;
}

/** Relative imports of a TS module (static, re-exports and dynamic), resolved to `.ts` paths. */
export function relativeImports(from: string, text: string): string[] {
  const dir = from.slice(0, from.lastIndexOf('/'));
  const specs = new Set<string>();
  const patterns = [
    /\bfrom\s*['"](\.{1,2}\/[^'"]+)['"]/g,
    /\bimport\s*['"](\.{1,2}\/[^'"]+)['"]/g,
    /\bimport\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g,
  ];
  for (const re of patterns) for (const m of text.matchAll(re)) specs.add(m[1]!);
  return [...specs].map((spec) => {
    const parts = `${dir}/${spec}`.split('/');
    const stack: string[] = [];
    for (const p of parts) {
      if (p === '..') stack.pop();
      else if (p !== '.') stack.push(p);
    }
    return stack.join('/').replace(/\.js$/, '.ts');
  });
}

/**
 * Every source module reachable from the kit's entry points. A module no entry point imports is
 * never shipped, so the graph is exactly the code whose tokens matter.
 */
export async function sourceGraph(entries: readonly string[]): Promise<Map<string, string>> {
  const seen = new Map<string, string>();
  const queue = [...entries];
  while (queue.length) {
    const path = queue.shift()!;
    if (seen.has(path) || !path.startsWith('src/') || !path.endsWith('.ts')) continue;
    const text = await readSource(path);
    if (text === undefined) continue;
    seen.set(path, text);
    queue.push(...relativeImports(path, text));
  }
  return seen;
}

// ------------------------------------------------------------ colour contrast (WCAG 2.x)

export type Rgb = readonly [number, number, number];

/** Parses `rgb(r, g, b)` / `rgba(...)` as the browser reports a computed colour. */
export function parseRgb(text: string): Rgb {
  const m = /rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(text);
  if (!m) throw new Error(`not an rgb() colour: ${text}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

export function relativeLuminance([r, g, b]: Rgb): number {
  const lin = (c: number) => {
    const v = c / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function contrastRatio(a: Rgb, b: Rgb): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
