// ESLint for src/ (`npm run lint`, run by .ci/run before the tests; zero warnings allowed).
// TypeScript rules are typescript-eslint's strict + stylistic sets with type information;
// templates are checked by eslint-plugin-lit and eslint-plugin-lit-a11y, custom elements by
// eslint-plugin-wc. Every rule turned off or relaxed below says why.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';

export default tseslint.config(
  { ignores: ['dist/**', 'storybook-static/**', 'node_modules/**', 'coverage/**'] },
  {
    files: ['src/**/*.ts'],
    extends: [
      js.configs.recommended,
      ...tseslint.configs.strictTypeChecked,
      ...tseslint.configs.stylisticTypeChecked,
      lit.configs['flat/recommended'],
      wc.configs['flat/recommended'],
      litA11y.configs.recommended,
    ],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Numbers and booleans in messages and template literals read naturally (`${count} items`);
      // objects and unknowns are still refused.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      // `_` prefixes mark values left out on purpose (`const { id: _id, ...rest } = x`).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // Lit's reactive properties are declared with decorators; the decorator makes them reactive,
      // so "unnecessary" class-field conditions and `!` on `@query` fields are how Lit works.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // One-line handlers (`@click=${() => this.#save()}`, `(v) => list.push(v)`) read naturally;
      // a void value used anywhere else is still refused.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // In the plan an empty text means "not given": `a.clinicalText || a.clientWords` falls
      // through empty strings on purpose. `??` is still required for numbers and objects.
      '@typescript-eslint/prefer-nullish-coalescing': ['error', { ignorePrimitives: { string: true, boolean: true } }],
      // Types inferred from zod schemas are `type` aliases and object shapes sit beside them; the
      // choice carries no meaning here, so neither form is forced.
      '@typescript-eslint/consistent-type-definitions': 'off',
      // `Result<Applied, PlanError>` says which error a caller gets even where it is the default.
      '@typescript-eslint/no-unnecessary-type-arguments': 'off',
    },
  },
  {
    // The in-memory drafts implement the same async repository as IndexedDB: `async` makes a
    // thrown error (an uncloneable value in structuredClone) a rejection, as callers expect.
    files: ['src/store/memory-repository.ts'],
    rules: { '@typescript-eslint/require-await': 'off' },
  },
);
