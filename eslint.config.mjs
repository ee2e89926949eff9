// ESLint flat config. Prettier owns formatting (npm run format); ESLint owns correctness: TypeScript
// (typescript-eslint), .astro files (eslint-plugin-astro, with its JSX accessibility rules), Solid islands
// (eslint-plugin-solid) and accessibility of JSX (eslint-plugin-jsx-a11y-x, the ESLint-10 fork of
// eslint-plugin-jsx-a11y with the same rules). The architecture rules (which folder may import what) are
// tests in tests/architecture, so they can explain what to do instead.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import jsxA11y from 'eslint-plugin-jsx-a11y-x';
import solid from 'eslint-plugin-solid/configs/typescript';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const ASTRO = ['**/*.astro'];

export default tseslint.config(
  {
    name: 'open-door/ignores',
    ignores: [
      'dist/',
      'dist-*/',
      '.astro/',
      'node_modules/',
      'public/',
      'test-results/',
      'playwright-report/',
      'reports/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.strict,
  // eslint-plugin-astro's rule sets come without a `files` filter; keep them on .astro files so the islands'
  // JSX is checked once, by jsx-a11y-x below.
  astro.configs['flat/recommended'].map((config) =>
    config.rules && !config.files ? { ...config, files: ASTRO } : config,
  ),
  astro.configs['flat/jsx-a11y-recommended']
    .filter((config) => config.rules && !config.files)
    .map((config) => ({ ...config, name: 'astro/jsx-a11y-recommended', files: ASTRO })),
  {
    name: 'open-door/everywhere',
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Unused names are dead code; a leading underscore marks one that must exist (e.g. a callback slot).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      // tsconfig has noUncheckedIndexedAccess: `list[i]!` right after a bounds check is the honest way to say
      // "checked"; banning it only moves the same claim into `as` casts.
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    ...solid,
    name: 'open-door/solid-islands',
    files: ['src/islands/**/*.tsx', 'tests/islands/**/*.tsx'],
    rules: {
      ...solid.rules,
      // `let heading!: HTMLElement` + `ref={heading}`: Solid's compiler assigns refs, which ESLint cannot see.
      'no-unassigned-vars': 'off',
    },
  },
  {
    ...jsxA11y.configs.recommended,
    name: 'open-door/jsx-a11y',
    files: ['src/islands/**/*.tsx'],
  },
  {
    name: 'open-door/browser',
    files: ['src/client/**', 'src/islands/**', 'src/pwa/**', 'src/storage/**', '**/*.astro'],
    languageOptions: { globals: globals.browser },
  },
  {
    name: 'open-door/node',
    files: ['scripts/**', 'tests/**', 'src/build/**', '*.config.*', '*.mjs', '.ci/**'],
    languageOptions: { globals: globals.node },
    rules: {
      // Build and test scripts report to the terminal.
      'no-console': 'off',
    },
  },
  {
    name: 'open-door/tests',
    files: ['tests/**'],
    // Tests build broken plans on purpose by deleting fields by name.
    rules: { '@typescript-eslint/no-dynamic-delete': 'off' },
  },
  {
    name: 'open-door/e2e',
    files: ['tests/e2e/**'],
    // page.evaluate() callbacks run in the browser.
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
