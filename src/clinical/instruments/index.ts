export * from './schema.js';
export * from './builtins.js';
export * from './score.js';
export * from './registry.js';
export * from './asq.js';
