import * as z from 'zod/mini';

/** Identifier of any entity inside a plan (goal, objective, entry…). */
export const IdSchema = z.string().check(z.minLength(1), z.maxLength(128));
/** Short single-line text (titles, labels). */
export const ShortTextSchema = z.string().check(z.maxLength(500));
/** Free text typed by a person (notes, the client's own words). */
export const LongTextSchema = z.string().check(z.maxLength(20_000));
/** An instant, ISO 8601 with offset, e.g. `2026-11-24T10:15:00.000Z`. */
export const DateTimeSchema = z.iso.datetime({ offset: true });
/** A calendar day, `YYYY-MM-DD`. */
export const DateSchema = z.iso.date();
export const NonNegativeIntSchema = z.int().check(z.minimum(0));

