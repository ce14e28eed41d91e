// ESLint for src/ (`npm run lint`, run by .ci/run before the tests; zero warnings allowed).
// TypeScript rules are typescript-eslint's strict + stylistic sets with type information;
// templates are checked by eslint-plugin-lit and eslint-plugin-lit-a11y, custom elements by
// eslint-plugin-wc. Every rule turned off or relaxed below says why.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';

/**
 * Files with findings still to fix (number of findings when this list was made). CI lints
 * everything else; `npm run lint:all` lints these too. Remove a file from the list when it is
 * clean. The four element folders (goal-editor, assessment-form, progress-timeline,
 * modality-picker) were being split on another branch when lint was introduced.
 */
const PENDING = [
  'src/clinical/goals/library-schema.ts', // 3
  'src/clinical/goals/measurability.ts', // 1
  'src/clinical/instruments/schema.ts', // 3
  'src/clinical/modalities/schema.ts', // 3
  'src/clinical/modalities/search.ts', // 1
  'src/clinical/progress/alerts.ts', // 1
  'src/clinical/progress/objectives.ts', // 1
  'src/clinical/progress/timeline.ts', // 1
  'src/elements/assessment-form/assessment-form.ts', // 19
  'src/elements/assessment-form/safety-plan.ts', // 5
  'src/elements/controllers/text-input.ts', // 1
  'src/elements/goal-editor/goal-editor.ts', // 12
  'src/elements/memo.ts', // 1
  'src/elements/modality-picker/modality-picker.ts', // 16
  'src/elements/plan-element.ts', // 2
  'src/elements/plan-provider/attributes.ts', // 2
  'src/elements/plan-provider/plan-provider.ts', // 9
  'src/elements/plan-summary/plan-summary.ts', // 1
  'src/elements/progress-timeline/progress-timeline.ts', // 18
  'src/interop/fhir/codes.ts', // 1
  'src/interop/fhir/export.ts', // 5
  'src/interop/fhir/import.ts', // 9
  'src/interop/json.ts', // 1
  'src/model/errors.ts', // 1
  'src/model/migrations.ts', // 1
  'src/plan/commands/assessment.ts', // 1
  'src/plan/commands/goals.ts', // 64
  'src/plan/commands/interventions.ts', // 3
  'src/plan/commands/progress.ts', // 3
  'src/plan/commands/util.ts', // 3
  'src/plan/define.ts', // 1
  'src/plan/diff.ts', // 3
  'src/plan/reducer.ts', // 1
  'src/plan/rules.ts', // 2
  'src/store/autosave.ts', // 1
  'src/store/indexeddb-repository.ts', // 4
  'src/store/memory-repository.ts', // 5
  'src/store/sync.ts', // 1
];

export default tseslint.config(
  { ignores: ['dist/**', 'storybook-static/**', 'node_modules/**', 'coverage/**'] },
  ...(process.env.LINT_ALL ? [] : [{ ignores: PENDING }]),
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
    },
  },
);
