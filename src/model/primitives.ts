import * as z from 'zod/mini';

/** Identifier of any entity inside a plan (goal, objective, entry…). */
export const IdSchema = z.string().check(z.minLength(1), z.maxLength(128));
/** Longest short text, in UTF-16 code units (what `String.length` counts). */
export const SHORT_TEXT_MAX = 500;
/** Longest free text, in UTF-16 code units. */
export const LONG_TEXT_MAX = 20_000;
/** Highest `revision` a plan can have: `z.int()` accepts safe integers only, so one more would not read back. */
export const MAX_REVISION = Number.MAX_SAFE_INTEGER;
/** Short single-line text (titles, labels). */
export const ShortTextSchema = z.string().check(z.maxLength(SHORT_TEXT_MAX));
/** Free text typed by a person (notes, the client's own words). */
export const LongTextSchema = z.string().check(z.maxLength(LONG_TEXT_MAX));
/** An instant, ISO 8601 with offset, e.g. `2026-11-24T10:15:00.000Z`. */
export const DateTimeSchema = z.iso.datetime({ offset: true });
/** A calendar day, `YYYY-MM-DD`. */
export const DateSchema = z.iso.date();
export const NonNegativeIntSchema = z.int().check(z.minimum(0));

