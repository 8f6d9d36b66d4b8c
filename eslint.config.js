// ESLint: correctness and the project's habits, not layout (Prettier owns layout, so every
// formatting rule is off). TypeScript is linted with type information (typescript-eslint's
// project service reads tsconfig.json); .svelte files go through svelte-eslint-parser with the
// TypeScript parser inside their <script lang="ts">. The import rules between folders are
// checked by dependency-cruiser (.dependency-cruiser.cjs), not here. See docs/ARCHITECTURE.md.
import js from '@eslint/js';
import comments from '@eslint-community/eslint-plugin-eslint-comments/configs';
import svelte from 'eslint-plugin-svelte';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/**
 * Browser entry points that pure code must not touch: model/, view/ and layout/ run in Node tests
 * and in workers. (export/ is left out: its layout is pure, but png-draw.ts draws on a browser canvas.)
 */
const DOM_GLOBALS = [
  'window',
  'document',
  'navigator',
  'location',
  'localStorage',
  'sessionStorage',
  'requestAnimationFrame',
  'cancelAnimationFrame',
  'requestIdleCallback',
  'getComputedStyle',
  'matchMedia',
  'OffscreenCanvas',
  'Worker',
].map((name) => ({ name, message: 'model/, view/ and layout/ run without a DOM (Node tests, workers): pass what you need in.' }));

export default defineConfig(
  globalIgnores(['node_modules/', 'dist/', 'dist-bench*/', 'coverage/', 'test-results/', 'bench/results/', 'graph-data/', '.vite/'], 'project/ignores'),
  {
    name: 'project/linter-options',
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  svelte.configs.recommended,
  svelte.configs.prettier,
  comments.recommended,
  {
    name: 'project/parser',
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.browser },
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: ['.svelte'],
      },
    },
  },
  {
    name: 'project/svelte-parser',
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: {
        parser: tseslint.parser,
        svelteConfig,
      },
    },
  },
  {
    name: 'project/rules',
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // import('…') types stay allowed: an ambient `declare module` in a .d.ts cannot use a top-level import.
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      // A switch over a union (perspective modes, draw ops, messages) names every member or has a default.
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      // `void promise` marks a promise deliberately left to run (fire-and-forget after a paint).
      '@typescript-eslint/no-floating-promises': ['error', { ignoreVoid: true }],
      // Event handlers in markup and addEventListener may be async; a promise where a condition is expected may not.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false, arguments: false } }],
      // Numbers and booleans in template strings are what the captions and messages are made of.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      // A disable comment must say why (the "reason written beside it").
      '@eslint-community/eslint-comments/require-description': ['error', { ignore: ['eslint-enable'] }],
      '@eslint-community/eslint-comments/disable-enable-pair': ['error', { allowWholeFile: true }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      // State here is immutable data replaced whole in $state.raw (see ARCHITECTURE.md): a Set or
      // Map built inside a $derived and returned is never mutated, so SvelteSet/SvelteMap would be wrong.
      'svelte/prefer-svelte-reactivity': 'off',
      // `{' · '}` is how markup keeps a leading space (Svelte 5 trims it; see docs/TEAM-NOTES.md).
      'svelte/no-useless-mustaches': 'off',
      'no-console': 'off',
    },
  },
  {
    // The size limits of the brief: a source file stays under 400 lines, a function under 60
    // (blank lines and comments not counted) unless a disable comment beside it gives the reason.
    name: 'project/src-size',
    files: ['src/**/*.ts', 'src/**/*.svelte'],
    rules: {
      'max-lines': ['error', { max: 400, skipBlankLines: false, skipComments: false }],
      'max-lines-per-function': ['error', { max: 60, skipBlankLines: true, skipComments: true, IIFEs: true }],
    },
  },
  {
    // typescript-eslint sees the props of other components as untyped, so every callback prop
    // would read as `any`; svelte-check (strict, in `npm run check`) types the markup for real.
    name: 'project/svelte-markup-types',
    files: ['**/*.svelte'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // A patch keeps the method it wraps and calls it with .call(owner, …): that is its job.
    name: 'project/cy-patches',
    files: ['src/cy/patches/**'],
    rules: { '@typescript-eslint/unbound-method': 'off' },
  },
  {
    // Test doubles implement async interfaces without awaiting anything; vitest's asymmetric matchers
    // (expect.stringMatching, expect.objectContaining) are typed `any`; `expect(mock.method)` is how a
    // spy is checked, not a call without its `this`.
    name: 'project/tests',
    files: ['tests/**'],
    rules: { '@typescript-eslint/require-await': 'off', '@typescript-eslint/no-unsafe-assignment': 'off', '@typescript-eslint/unbound-method': 'off' },
  },
  {
    name: 'project/pure-layers',
    files: ['src/model/**', 'src/view/**', 'src/layout/**'],
    rules: { 'no-restricted-globals': ['error', ...DOM_GLOBALS] },
  },
  {
    name: 'project/node-code',
    files: ['scripts/**', 'bench/**/*.ts', 'tests/**', '*.config.{js,ts,cjs}', '.dependency-cruiser.cjs', 'vite.config.ts', 'svelte.config.js'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Workers have no window: their global is the worker scope.
    name: 'project/workers',
    files: ['src/workers/**', 'src/**/*.worker.ts'],
    languageOptions: { globals: { ...globals.worker } },
  },
  {
    // Config files outside tsconfig.json's include: no type information, so no type-aware rules.
    name: 'project/untyped-config-files',
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    name: 'project/commonjs',
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: {
      '@typescript-eslint/no-require-imports': 'off',
      // Svelte's copy of no-inner-declarations crashes on a CommonJS file read by the TypeScript
      // parser (no enclosing scope); it is for .svelte scripts anyway.
      'svelte/no-inner-declarations': 'off',
    },
  },
);
