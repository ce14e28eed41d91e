// `npm run localize:check` (run by `npm run lint`, so CI runs it): fails when
//  1. a msg() in src/ is missing from an XLIFF file (not extracted: run `npm run localize:extract`),
//     or an XLIFF file still holds a message src/ no longer has;
//  2. a message has no <target> in a shipped locale (translate it in xliff/<locale>.xlf);
//  3. a translation's placeholders (${…}) differ from its source;
//  4. the generated locale modules (src/i18n/locales/, src/i18n/locale-codes.ts) are not what
//     `npm run localize:build` makes of the XLIFF files;
//  5. a translation of a plain-text message (not an html`` template) holds `&`, `<` or `>`: the
//     build writes them as `&amp;`, `&lt;`, `&gt;`, which a reader would then see as written.
// Nothing in the repository is written: the build goes to a temporary folder.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readConfigFileAndWriteSchema } from '@lit/localize-tools/lib/config.js';
import { RuntimeLitLocalizer } from '@lit/localize-tools/lib/modes/runtime.js';

const root = resolve(import.meta.dirname, '..');

/** Every problem found, in words (empty when the translations are complete and the modules current). */
export async function checkLocalization() {
  const config = readConfigFileAndWriteSchema(join(root, 'lit-localize.json'));
  const xliffDir = config.resolve(config.interchange.xliffDir);
  const outputDir = config.resolve(config.output.outputDir);
  const codesModule = config.resolve(config.output.localeCodesModule);

  const tmp = mkdtempSync(join(tmpdir(), 'localize-check-'));
  const problems = [];
  let sources = new Map();
  try {
    // The committed XLIFF files as they are; the build goes to a temporary folder.
    const localizer = new RuntimeLitLocalizer({
      ...config,
      output: { ...config.output, outputDir: join(tmp, 'locales'), localeCodesModule: join(tmp, 'locale-codes.ts') },
    });
    const { messages, errors } = localizer.extractSourceMessages();
    if (errors.length) problems.push(`msg() calls that cannot be extracted:\n${errors.map((e) => `  ${e.messageText}`).join('\n')}`);
    sources = new Map(messages.map((m) => [m.name, m]));
    const { translations } = localizer.readTranslationsSync();
    for (const locale of config.targetLocales) {
      const file = join(xliffDir, `${locale}.xlf`);
      const committed = existsSync(file) ? readFileSync(file, 'utf8') : '';
      const inFile = new Set([...committed.matchAll(/<trans-unit id="([^"]+)"/g)].map((m) => m[1]));
      const notExtracted = [...sources.keys()].filter((id) => !inFile.has(id));
      const gone = [...inFile].filter((id) => !sources.has(id));
      if (notExtracted.length) problems.push(`${notExtracted.length} message(s) not in xliff/${locale}.xlf yet: run \`npm run localize:extract\`.`);
      if (gone.length) problems.push(`xliff/${locale}.xlf holds ${gone.length} message(s) src/ no longer has: run \`npm run localize:extract\`.`);
      const translated = new Set((translations.get(locale) ?? []).map((m) => m.name));
      const missing = [...sources.values()].filter((m) => !translated.has(m.name));
      if (missing.length) {
        const list = missing.map((m) => `  ${m.name}  ${m.contents.map((c) => (typeof c === 'string' ? c : c.untranslatable)).join('')}`);
        problems.push(`${missing.length} message(s) have no ${locale} translation (add a <target> in xliff/${locale}.xlf):\n${list.join('\n')}`);
      }
    }
    for (const locale of config.targetLocales) {
      const escaped = (translations.get(locale) ?? []).filter(
        (m) => sources.get(m.name)?.tag !== 'html' && m.contents.some((c) => typeof c === 'string' && /[&<>]/.test(c)),
      );
      if (escaped.length) {
        const list = escaped.map((m) => `  ${m.name}  ${m.contents.filter((c) => typeof c === 'string').join('…')}`);
        problems.push(`${escaped.length} ${locale} translation(s) of plain text hold & < or >, which the build escapes and a reader would see as "&amp;" (reword, e.g. "y" for "&"):\n${list.join('\n')}`);
      }
    }
    const { errors: placeholderErrors } = localizer.validateTranslations();
    if (placeholderErrors.length) problems.push(`Translations whose placeholders differ from the source:\n${placeholderErrors.join('\n')}`);

    // The generated modules, built from the committed XLIFF into tmp, against those in src/.
    if (!placeholderErrors.length) {
      // The tool warns about each missing translation; they are listed above already.
      const warn = console.warn;
      console.warn = () => undefined;
      try {
        await localizer.build();
      } finally {
        console.warn = warn;
      }
      const expected = readdirSync(join(tmp, 'locales'));
      const actual = existsSync(outputDir) ? readdirSync(outputDir) : [];
      const stale = expected.filter((f) => !actual.includes(f) || readFileSync(join(outputDir, f), 'utf8') !== readFileSync(join(tmp, 'locales', f), 'utf8'));
      const extra = actual.filter((f) => !expected.includes(f));
      if (readFileSync(codesModule, 'utf8') !== readFileSync(join(tmp, 'locale-codes.ts'), 'utf8')) stale.push('../locale-codes.ts');
      if (stale.length || extra.length) {
        problems.push(`Generated locale modules are out of date (${[...stale, ...extra].join(', ')}): run \`npm run localize:build\` and commit src/i18n/.`);
      }
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  // Every source message as `{ id, parts }`, each `${…}` as its index among the values (tests build a pseudo-locale from it).
  const messages = [...sources.values()].map((m) => ({ id: m.name, parts: m.contents.map((c) => (typeof c === 'string' ? c : c.index)) }));
  return { problems, locales: config.targetLocales, messages };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const result = await checkLocalization();
  const { problems, locales } = result;
  // `--json`: the whole result on stdout, for the test runner (web-test-runner.config.mjs).
  if (process.argv.includes('--json')) {
    process.stdout.write(JSON.stringify(result));
    process.exit(0);
  }
  if (problems.length) {
    console.error(`localize:check: ${problems.join('\n\n')}\n\nSee README, "Localization".`);
    process.exit(1);
  }
  console.log(`localize:check: ${locales.join(', ')} complete, generated modules up to date.`);
}
