import { expect } from '@open-wc/testing';
import { templates } from '../../src/i18n/locales/es.js';
import { targetLocales } from '../../src/i18n/locale-codes.js';
import { localizeCheck } from '../helpers/localize.js';

/** A template as text, each value as `{n}` (the index of the source value it shows). */
function text(t: string | { strings: readonly string[]; values: readonly unknown[] }): string {
  return typeof t === 'string' ? t : t.strings.reduce((a, s, i) => `${a}{${String(t.values[i - 1])}}${s}`);
}

// Every msg() in src/ has a translation in every shipped locale, with the same placeholders, and the
// generated locale modules are what the XLIFF files build to (`npm run localize:check`).
describe('translations', function () {
  // Extraction reads the whole program with TypeScript: seconds on a busy machine.
  this.timeout(240_000);

  it('every message has a target in every shipped locale, and the generated modules are current', async () => {
    const result = await localizeCheck();
    expect(result.problems).to.deep.equal([]);
    expect(result.locales).to.deep.equal([...targetLocales]);
    // Several hundred messages: a broken extraction (none found) must not pass as "nothing missing".
    expect(result.messages.length).to.be.above(700);
    expect(Object.keys(templates).sort()).to.deep.equal(result.messages.map((m) => m.id).sort());
  });

  it('no Spanish text is the English source copied over, except the few written the same in both', async () => {
    const { messages } = await localizeCheck();
    // Written alike in both languages; any other copy is an untranslated message.
    // Also the formatting of a score or a fact (`PHQ-9 = 14 (Moderate)`, `PHQ-9 ≥ 10`) and the name EMDR.
    const SAME = new Set(['No', 'Plan', 'Individual', '(provisional)', 'Use {0}.', 'R', '{0} = {1} ({2})', '{0} = {1}', '{0}: {1}', '{0} ≥ {1}', 'EMDR', 'Disulfiram', '{0}. {1}']);
    const copied = messages
      .map((m) => ({ id: m.id, source: m.parts.map((p) => (typeof p === 'number' ? `{${p}}` : p)).join('') }))
      .filter(({ id, source }) => text(templates[id as keyof typeof templates]) === source && !SAME.has(source))
      .map(({ source }) => source);
    expect(copied).to.deep.equal([]);
  });
});
