import type { CodeableConcept } from './types.js';

/** `no-change` → `No Change`: each HL7 code the kit writes with a display has its code, title-cased, as display. */
export const titleCase = (code: string) => code.replace(/\b\w/g, (c) => c.toUpperCase()).replace(/-/g, ' ');

/** One Coding of `system`, with its title-case display. */
export const coded = (system: string, code: string): CodeableConcept => ({ coding: [{ system, code, display: titleCase(code) }] });
