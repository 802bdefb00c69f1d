// ESLint (flat config), shaped after Astro's and Starlight's: the recommended rule sets of
// ESLint, typescript-eslint (syntax only, no type information: `npm run typecheck` does the
// type checking) and eslint-plugin-astro. Formatting is Prettier's job (.prettierrc.json).
// `npm run lint` runs it; `npm test` fails on any error. See README "Code style".
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores([
    // Generated or installed, never edited by hand.
    'dist/',
    '.astro/',
    '.staging/',
    '.cache/',
    'test-results/',
    'playwright-report/',
    'bench-results/',
    // Content and test fixtures are data, not code.
    'content/',
    'tests/fixtures/',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    // Build scripts, CLIs, tests and the Astro server side run in Node.
    languageOptions: { globals: globals.node },
  },
  {
    // Code shipped to the browser: page scripts, the editor's admin page, public/.
    files: ['src/scripts/**', 'src/editor/admin/**', 'public/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    rules: {
      // Unused bindings are mistakes, except deliberate placeholders named `_…` and
      // `catch (e)`, which the classic scripts for old browsers (public/prefs-boot.js) need.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      // U+3000 (全角空格) in Chinese text and messages is deliberate typography; stray
      // irregular whitespace in the code itself is still an error.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true, skipJSXText: true, skipComments: true }],
    },
  },
  {
    // Tests may poke into library internals (Zod's `_zod.def`) without typing them.
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
