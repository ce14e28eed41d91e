/**
 * Host content in several languages. Anywhere a host catalog, goal library or instrument takes a
 * text, it may give `{ en: 'Weekly walks', es: 'Paseos semanales' }` instead of a plain string.
 * English is required: it is what a page in a language the host did not write is shown, marked
 * `lang="en"` (WCAG 3.1.2, language of parts). A plain string is shown as given, in whatever
 * language the host wrote it.
 */

/** The languages a host text may carry (the kit's locales). */
export const TEXT_LOCALES = ['en', 'es'] as const;
export type TextLocale = (typeof TEXT_LOCALES)[number];

/**
 * The language the kit's content is shown in on a page in `locale`: the locale itself when content
 * exists in it (`es`, `es-US`), otherwise English (a locale a host registered for the UI words,
 * e.g. `fr`, has no built-in clinical content).
 */
export function contentLocaleOf(locale: string): TextLocale {
  const base = locale.toLowerCase().split('-')[0] ?? '';
  return isLocale(base) ? base : 'en';
}

/** One text in several languages; `en` is required. */
export type LocalizedText = { en: string } & Partial<Record<Exclude<TextLocale, 'en'>, string>>;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isLocale = (k: string): k is TextLocale => (TEXT_LOCALES as readonly string[]).includes(k);

/** Whether `v` is written as a localized text: an object whose keys are all locale codes. */
export function isLocalizedText(v: unknown): v is Record<TextLocale, unknown> {
  if (!isRecord(v)) return false;
  const keys = Object.keys(v);
  return keys.length > 0 && keys.every(isLocale);
}

/** Whether any text in `input` is a localized text. */
export function hasLocalizedText(input: unknown): boolean {
  if (isLocalizedText(input)) return true;
  if (Array.isArray(input)) return input.some(hasLocalizedText);
  return isRecord(input) && Object.values(input).some(hasLocalizedText);
}

/**
 * Problems with the localized texts in `input`, as `path: problem` lines like the schemas'
 * (`0.name: …`). A localized text needs a non-empty English text and strings only.
 */
export function localizedTextIssues(input: unknown, path: readonly (string | number)[] = []): string[] {
  const at = (p: readonly (string | number)[]) => (p.length ? `${p.join('.')}: ` : '');
  if (isLocalizedText(input)) {
    const out: string[] = [];
    if (typeof input.en !== 'string' || !input.en.trim()) {
      out.push(`${at(path)}Give the English text as "en" (it is shown where no other language is given), e.g. { en: "…", es: "…" }`);
    }
    for (const [k, v] of Object.entries(input)) {
      if (typeof v !== 'string') out.push(`${at([...path, k])}Expected a text (string)`);
    }
    return out;
  }
  if (Array.isArray(input)) return input.flatMap((v, i) => localizedTextIssues(v, [...path, i]));
  if (isRecord(input)) return Object.entries(input).flatMap(([k, v]) => localizedTextIssues(v, [...path, k]));
  return [];
}

/**
 * `input` with every localized text replaced by its text in `locale`, or its English text where
 * it has none (`complete` is then false). Call `localizedTextIssues` first: a text with no usable
 * English is left as it is, for the schema to refuse.
 */
export function resolveLocalized(input: unknown, locale: TextLocale): { value: unknown; complete: boolean } {
  let complete = true;
  const walk = (v: unknown): unknown => {
    if (isLocalizedText(v)) {
      const own = v[locale];
      if (typeof own === 'string' && own.trim()) return own;
      complete = false;
      return v.en;
    }
    if (Array.isArray(v)) return v.map(walk);
    if (isRecord(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return { value: walk(input), complete };
}

/**
 * A list of entries (catalog entries, library problems) in `locale`: each entry whose texts all
 * have `locale` is shown in it; any other entry is shown whole in English (never half and half),
 * and its index is in `english`, so the widget marks it `lang="en"`.
 */
export function localizeEntries(entries: readonly unknown[], locale: TextLocale): { value: unknown[]; english: number[] } {
  const english: number[] = [];
  const value = entries.map((entry, i) => {
    const own = resolveLocalized(entry, locale);
    if (own.complete) return own.value;
    english.push(i);
    return resolveLocalized(entry, 'en').value;
  });
  return { value, english };
}
