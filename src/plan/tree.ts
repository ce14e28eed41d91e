// The tree queries live with the model (src/model/tree.ts), where the domain modules read them;
// kept here for the elements and the public API.
export * from '../model/tree.js';
