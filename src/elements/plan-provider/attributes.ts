import { msg, str } from '@lit/localize';
import { html, type ComplexAttributeConverter, type TemplateResult } from 'lit';
import * as z from 'zod/mini';
import { fail, type PlanError, type Result } from '../../model/errors.js';
import type { DraftErrorDetail } from '../../events.js';
import { SOURCE_LOCALE, activeLocale, isKnownLocale, knownLocales } from '../../i18n/localization.js';

/** Default `autosave-delay` in ms, also used when the attribute is removed. */
export const DEFAULT_AUTOSAVE_DELAY = 500;
const MAX_AUTOSAVE_DELAY = 60_000;

const FIELDS = {
  planId: z.string().check(z.minLength(1), z.maxLength(128)),
  scope: z.string().check(z.minLength(1), z.maxLength(200)),
  storage: z.enum(['indexeddb', 'memory']),
  autosaveDelay: z.int().check(z.minimum(0), z.maximum(MAX_AUTOSAVE_DELAY)),
  // English, Spanish, and every locale a host registered (`registerLocale`).
  locale: z.string().check(z.refine(isKnownLocale)),
  mode: z.enum(['clinician', 'client']),
};

export type ProviderAttributes = { [K in keyof typeof FIELDS]: z.infer<(typeof FIELDS)[K]> };
type Name = keyof ProviderAttributes;

const ATTRIBUTE: Record<Name, string> = {
  planId: 'plan-id',
  scope: 'scope',
  storage: 'storage',
  autosaveDelay: 'autosave-delay',
  locale: 'locale',
  mode: 'mode',
};

/** How to fix each attribute, in words. */
function fix(name: Name): string {
  switch (name) {
    case 'planId':
      return msg('Give the plan’s identifier, 1 to 128 characters.');
    case 'scope':
      return msg('Give a namespace of 1 to 200 characters (e.g. tenant and user).');
    case 'storage':
      return msg('Use "indexeddb" or "memory".');
    case 'autosaveDelay':
      return msg(str`Use a whole number of milliseconds from 0 to ${MAX_AUTOSAVE_DELAY}.`);
    case 'locale': {
      const choices = new Intl.ListFormat(activeLocale(), { type: 'disjunction' }).format(knownLocales().map((l) => `"${l}"`));
      return msg(str`Use ${choices}.`);
    }
    case 'mode':
      return msg('Use "clinician" or "client".');
  }
}

/** A property value as its attribute would read (an unreadable number, `NaN`, reads as empty). */
function written(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isNaN(value) ? '' : String(value);
  if (typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value === undefined || value === null) return '';
  // An object set from script is shown as written, not as "[object Object]".
  return JSON.stringify(value);
}

function describe(name: Name, value: unknown, text: string | null | undefined): string {
  const attribute = ATTRIBUTE[name];
  const shown = text ?? written(value);
  return name === 'planId' && !shown
    ? msg(str`plan-id is required. ${fix(name)}`)
    : msg(str`${attribute}="${shown}" is not valid. ${fix(name)}`);
}

/**
 * What an invalid attribute reads as, whatever it was before: an unknown locale shows English
 * (the plan still opens and keeps working).
 */
const STAND_IN: Partial<ProviderAttributes> = { locale: SOURCE_LOCALE };

/**
 * Reads the provider's attributes. Each invalid one is replaced by its stand-in (an unknown
 * locale by English) or else by its value in `fallback` (the last valid attributes) when there is
 * one; the error names the first invalid attribute and how to fix it. Without a stand-in or a
 * fallback for it, the attributes are not usable (`value` undefined).
 * `attributeText` gives the attribute as written (e.g. `autosave-delay="soon"`, read as `NaN`).
 */
export function readAttributes(
  raw: Record<Name, unknown>,
  fallback: ProviderAttributes | undefined,
  attributeText?: (attribute: string) => string | null,
): { value: ProviderAttributes | undefined; error: PlanError | undefined } {
  const value: Partial<ProviderAttributes> = {};
  const invalid: Name[] = [];
  let usable = true;
  for (const name of Object.keys(FIELDS) as Name[]) {
    const parsed = FIELDS[name].safeParse(raw[name]);
    if (parsed.success) Object.assign(value, { [name]: parsed.data });
    else {
      invalid.push(name);
      const instead = STAND_IN[name] ?? fallback?.[name];
      if (instead === undefined) usable = false;
      else Object.assign(value, { [name]: instead });
    }
  }
  const error = invalid.length ? invalidAttribute(invalid.map((n) => describe(n, raw[n], attributeText?.(ATTRIBUTE[n])))) : undefined;
  return { value: usable ? (value as ProviderAttributes) : undefined, error };
}

function invalidAttribute(problems: string[]): PlanError {
  return problems.length > 1
    ? { code: 'invalid-attribute', message: problems.join(' '), issues: problems }
    : { code: 'invalid-attribute', message: problems[0]! };
}

/**
 * `autosave-delay` as a number: an empty or non-numeric attribute is `NaN` (invalid, so the last
 * valid delay stays), not `0`; a removed attribute is the default.
 */
export const autosaveDelayConverter: ComplexAttributeConverter<number> = {
  fromAttribute: (value) => (value === null ? DEFAULT_AUTOSAVE_DELAY : value.trim() === '' ? Number.NaN : Number(value)),
  toAttribute: (value) => String(value),
};

/**
 * The `config-error` notice: with a plan open (`planOpen`), that the plan stays open and is saved
 * with the attribute's last valid value; with none, why no plan can load.
 */
export function attributeNotice(error: DraftErrorDetail, planOpen: boolean): TemplateResult {
  return html`<p part="config-error" role="alert">
    ${planOpen
      ? msg(str`A setting of this treatment plan is not valid: ${error.message} The plan stays open and your work is saved with the previous setting.`)
      : msg(str`The treatment plan cannot load: ${error.message}`)}
  </p>`;
}

/** A host plan whose id is not `plan-id` (`expected`): it is not loaded. */
export function planIdMismatch(planId: string, expected: string): Result<never> {
  return fail('plan-id-mismatch', `The plan's id "${planId}" does not match plan-id="${expected}". It was not loaded.`);
}
