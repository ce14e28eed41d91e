import type { LitElement } from 'lit';
import { DEFAULT_GOAL_LIBRARY, FIRST_LINE_ENTRIES, MODALITY_CATALOG, instrumentRegistry, type TreatmentPlan } from '../../src/index.js';
import { BUILTIN_STRUCTURES } from '../../src/clinical/instruments/structures.js';
import { SEVERITY_BANDS } from '../../src/clinical/progress/parameters.js';
import { hasBuiltinWords, loadInstrumentWords } from '../../src/content/instruments/index.js';
import { localizeCheck } from './localize.js';
import { visibleTexts as visibleTextsIn } from './visible-texts.js';

/**
 * What a Spanish page must not show: the kit's English (every source message, and the English
 * content and scoring words), found in the page's visible text once the plan's own strings (what
 * people typed) are taken out. Used by test/i18n/no-english-es.test.ts and es-startup.test.ts.
 */

export const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
/** More than one word: a single word ("Email", "No", "PHQ-9") may read the same in Spanish. */
export const phrase = (s: string) => /\p{L}{2,}[^\p{L}]+\p{L}{2,}/u.test(s);

/** Every string in `value` (objects and arrays walked), but those under a key in `skip`. */
export function strings(value: unknown, out: string[] = [], skip: ReadonlySet<string> = new Set()): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => strings(v, out, skip));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) if (!skip.has(k)) strings(v, out, skip);
  return out;
}

/**
 * The kit's English the plan stores beside a code, for FHIR, logs and older readers: a band's
 * name, a critical finding's or a risk flag's message, a score's notes. A page words them again from the code.
 */
export const STORED_KIT_WORDS = new Set(['bandLabel', 'critical', 'notes', 'message']);

/**
 * The kit's English: every source message (each text between its placeholders, so a message
 * with a value is found around any value), and the English content and scoring words.
 */
export async function kitEnglish(): Promise<string[]> {
  const { messages } = await localizeCheck();
  const fromMessages = messages.flatMap((m) => m.parts.filter((p): p is string => typeof p === 'string'));
  const instrumentWords = await Promise.all(instrumentRegistry.list().filter((d) => hasBuiltinWords(d.id)).map((d) => loadInstrumentWords(d.id, 'en')));
  // The structures' citations and licence notices are shown marked lang="en"; their other words are the kit's.
  const scoring = BUILTIN_STRUCTURES.map(({ licence: _l, source: _s, ...rest }) => rest);
  const content = strings([instrumentWords.map(({ translation: _t, ...w }) => w), MODALITY_CATALOG, FIRST_LINE_ENTRIES, DEFAULT_GOAL_LIBRARY, scoring, SEVERITY_BANDS]);
  // Band names are single words ("Moderate"): found as whole words.
  const bands = strings([BUILTIN_STRUCTURES.map((s) => s.scoring.bands?.map((b) => b.label)), SEVERITY_BANDS]);
  return [...new Set([...[...fromMessages, ...content].map(squash).filter(phrase), ...bands])].sort((a, b) => b.length - a.length);
}

/** Every visible text and user-facing attribute in `root`, outside `[lang="en"]` (marked English on purpose: an instrument's original, the Pfizer notice). */
export const visibleTexts = (root: ShadowRoot) => visibleTextsIn(root, (el) => el.getAttribute('lang') === 'en');

/** Opens every collapsed part a user can open: toggle buttons (aria-expanded), <details>, and each chart's table view. */
export async function openEverything(widget: LitElement): Promise<void> {
  const root = widget.shadowRoot!;
  const clicked = new Set<Element>();
  for (let i = 0; i < 500; i++) {
    const closed = [...root.querySelectorAll<HTMLElement>('button[aria-expanded="false"], details:not([open]) > summary, button.toggle-table[aria-pressed="false"]')].find((b) => !clicked.has(b));
    if (!closed) return;
    clicked.add(closed);
    closed.click();
    await widget.updateComplete;
  }
  throw new Error(`${widget.localName}: parts kept opening`);
}

/** The English phrases of `english` found in `text` once the plan's own strings are taken out. */
export function englishIn(text: string, english: string[], planStrings: string[]): string[] {
  let rest = squash(text);
  for (const s of planStrings) if (rest.includes(s)) rest = rest.split(s).join(' | ');
  const found: string[] = [];
  for (const e of english) {
    if (phrase(e) ? rest.includes(e) : new RegExp(`(^|[^\\p{L}])${e}($|[^\\p{L}])`, 'u').test(rest)) {
      found.push(e);
      rest = rest.split(e).join(' | ');
    }
  }
  return found;
}

/** The plan's own strings (what people typed), not the kit's words it stores beside a code; longest first. */
export const planStrings = (plan: TreatmentPlan): string[] =>
  [...new Set(strings(plan, [], STORED_KIT_WORDS).map(squash).filter(phrase))].sort((a, b) => b.length - a.length);
