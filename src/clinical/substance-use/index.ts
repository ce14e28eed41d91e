export * from './level-of-care.js';
