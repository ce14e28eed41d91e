export * from './schema.js';
export * from './catalog-structure.js';
export * from './catalog.js';
export * from './rules.js';
export * from './suggest.js';
export * from './search.js';
export * from './first-line.js';
