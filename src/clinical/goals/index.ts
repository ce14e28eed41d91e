export * from './instruments.js';
export * from './measurability.js';
export * from './gas.js';
export * from './library-schema.js';
export * from './library.js';
export * from './insert.js';
export * from './suggestions.js';
