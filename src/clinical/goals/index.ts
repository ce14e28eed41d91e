export * from './instruments.js';
export * from './measurability.js';
export * from './gas.js';
export * from './library-schema.js';
export * from './library-structure.js';
export * from './library.js';
export * from './insert.js';
export * from './suggestions.js';
// The public `suggestGoals` defaults to the built-in English library (suggestions.ts takes it explicitly).
export { suggestGoals } from './library.js';
