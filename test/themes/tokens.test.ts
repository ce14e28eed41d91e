import { expect } from '@open-wc/testing';
import { THEMES } from '../../src/themes/themes.js';
import { THEME_FILES, declaredTokens, readSource, sourceGraph, tokenUses } from './theme-source.js';

/*
 * The token rule, enforced here:
 *  - A global token is any `--tpk-*` name that is not a per-element token. Every theme file defines
 *    exactly the same global tokens (so switching themes never leaves one behind), and every
 *    `var(--tpk-…)` in the kit's source names one of them.
 *  - A per-element token is `--tpk-<tag>-*`, where <tag> is an element of the kit. Themes need
 *    not define it: it is defined by its fallback, may be read only by that element's own files,
 *    and must be documented with `@cssprop` on the element's class.
 *  - Every `var(--tpk-…)` has a fallback, so the kit renders with no theme at all; base styles'
 *    fallbacks equal the light theme, so "no theme" and "light" look the same.
 *  - Every token a theme defines is read somewhere (no dead knobs in the README).
 */

const ENTRIES = ['src/index.ts', 'src/define.ts', 'src/themes/base.styles.ts', 'src/themes/themes.ts'];

async function manifestModules(): Promise<string[]> {
  const text = await readSource('custom-elements.json');
  if (!text) return [];
  const manifest = JSON.parse(text) as { modules?: { path?: string }[] };
  return (manifest.modules ?? []).map((m) => m.path ?? '').filter((p) => p.startsWith('src/') && p.endsWith('.ts'));
}

const norm = (v: string) => v.replace(/\s+/g, ' ').replace(/"/g, "'").trim();

describe('theme tokens', () => {
  let sources: Map<string, string>;
  let themes: Map<string, Map<string, string>>;
  let globalTokens: Set<string>;
  let tags: Set<string>;

  before(async () => {
    sources = await sourceGraph([...ENTRIES, ...(await manifestModules())]);
    themes = new Map();
    for (const file of THEME_FILES) {
      const text = await readSource(file);
      if (text === undefined) throw new Error(`${file} is listed in src/themes/themes.ts but does not exist`);
      themes.set(file, declaredTokens(text));
    }
    globalTokens = new Set(themes.get('src/themes/light.css')!.keys());
    tags = new Set<string>();
    for (const path of sources.keys()) {
      const m = /^src\/elements\/([a-z0-9]+-[a-z0-9-]+)\//.exec(path);
      if (m) tags.add(m[1]!);
    }
  });

  const ownerTag = (token: string) => [...tags].find((t) => token.startsWith(`--tpk-${t}-`));

  it('scans base styles, the theme registry and every module reachable from the entry points', () => {
    expect([...sources.keys()]).to.include.members(['src/themes/base.styles.ts', 'src/themes/themes.ts']);
    const elementsWithStyles = [...sources].filter(([path, text]) => /^src\/elements\/([^/]+)\/\1\.ts$/.test(path) && text.includes(".styles.js'"));
    expect(elementsWithStyles, 'element modules that import their styles module').to.not.be.empty;
    for (const [path] of elementsWithStyles) {
      const styles = path.replace(/\.ts$/, '.styles.ts');
      expect([...sources.keys()], `${styles} reached`).to.include(styles);
    }
  });

  it('every theme defines exactly the same global tokens', () => {
    expect(globalTokens.size).to.be.greaterThan(30);
    for (const [file, tokens] of themes) {
      const names = [...tokens.keys()].filter((n) => !ownerTag(n));
      const missing = [...globalTokens].filter((n) => !tokens.has(n));
      const extra = names.filter((n) => !globalTokens.has(n));
      expect(missing, `${file} does not define`).to.deep.equal([]);
      expect(extra, `${file} defines tokens light.css lacks`).to.deep.equal([]);
    }
  });

  it('every theme listed in themes.ts scopes itself to its data-tpk-theme attribute and class', async () => {
    for (const t of THEMES) {
      const text = (await readSource(`src/themes/${t.file}`))!;
      expect(text, t.file).to.include(`[data-tpk-theme='${t.name}']`);
      expect(text, t.file).to.include(`.tpk-theme-${t.name}`);
      expect(text, t.file).to.include(`color-scheme: ${t.colorScheme}`);
    }
  });

  it('every global token a component reads is defined by every theme', () => {
    const undefinedUses: string[] = [];
    for (const [path, text] of sources) {
      for (const use of tokenUses(text)) {
        if (ownerTag(use.name)) continue;
        if (!globalTokens.has(use.name)) undefinedUses.push(`${path}: ${use.name}`);
      }
    }
    expect(undefinedUses, 'tokens no theme defines').to.deep.equal([]);
  });

  it('per-element tokens are read only by their element, with a fallback, and documented with @cssprop', async () => {
    const problems: string[] = [];
    for (const [path, text] of sources) {
      for (const use of tokenUses(text)) {
        const tag = ownerTag(use.name);
        if (!tag) continue;
        if (!path.startsWith(`src/elements/${tag}/`)) problems.push(`${path} reads <${tag}>'s ${use.name}`);
        if (use.fallback === undefined) problems.push(`${path}: ${use.name} has no fallback`);
        const cls = sources.get(`src/elements/${tag}/${tag}.ts`) ?? (await readSource(`src/elements/${tag}/${tag}.ts`)) ?? '';
        const documented = cls.split('\n').some((line) => line.includes('@cssprop') && line.includes(use.name));
        if (!documented) problems.push(`${use.name} is not documented with @cssprop in src/elements/${tag}/${tag}.ts`);
      }
    }
    expect([...new Set(problems)]).to.deep.equal([]);
  });

  it('every var(--tpk-…) has a fallback so the kit renders with no theme linked', () => {
    const bare: string[] = [];
    for (const [path, text] of sources) {
      for (const use of tokenUses(text)) if (use.fallback === undefined) bare.push(`${path}: ${use.name}`);
    }
    expect(bare).to.deep.equal([]);
  });

  it("base styles' fallbacks equal the light theme, and base styles read every global token", () => {
    const light = themes.get('src/themes/light.css')!;
    const base = sources.get('src/themes/base.styles.ts')!;
    const baseUses = new Map(tokenUses(base).map((u) => [u.name, u.fallback] as const));
    const differing: string[] = [];
    for (const [name, fallback] of baseUses) {
      const want = light.get(name);
      if (want !== undefined && fallback !== undefined && norm(fallback) !== norm(want)) {
        differing.push(`${name}: base ${fallback} vs light ${want}`);
      }
    }
    expect(differing).to.deep.equal([]);
    const unread = [...globalTokens].filter((n) => !baseUses.has(n));
    expect(unread, 'global tokens base styles never read').to.deep.equal([]);
  });

  it('the rule catches a component that reads a token no theme defines', () => {
    const uses = tokenUses('.x { color: var(--tpk-color-brand, red); gap: var(--tpk-space-5); }');
    expect(uses).to.deep.equal([
      { name: '--tpk-color-brand', fallback: 'red' },
      { name: '--tpk-space-5', fallback: undefined },
    ]);
    expect(uses.filter((u) => !globalTokens.has(u.name)).map((u) => u.name)).to.deep.equal([
      '--tpk-color-brand',
      '--tpk-space-5',
    ]);
  });

  it('reads nested fallbacks whole', () => {
    expect(tokenUses('a { b: var(--tpk-x-y, calc(var(--_a) * 2)); }')).to.deep.equal([
      { name: '--tpk-x-y', fallback: 'calc(var(--_a) * 2)' },
    ]);
  });
});
