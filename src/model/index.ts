export * from './plan.js';
export * from './substance-use.js';
export * from './primitives.js';
export * from './errors.js';
export * from './factory.js';
export * from './migrations.js';
export * from './parse.js';
