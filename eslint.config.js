import js from '@eslint/js';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

// The layer rules of ARCHITECTURE.md, written as lint rules so that a wrong import fails `npm run check`.
const CORE_IS_PURE =
  'src/core is pure: it imports only files inside src/core (pass values in from the caller).';
const ONLY_THE_DOOR = 'Outside src/core, import a core folder only through its index.ts.';
const ONLY_THROUGH_THE_DOOR = { regex: '(^|/)core/[^/]+/(?!index\\.js$)', message: ONLY_THE_DOOR };
const NOT_SHIPPED = 'src/ and commands/ never import bench/ or test/: they are not shipped.';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'data/**',
      'bench/results.json',
      'bench/eval-results.json',
      '.ci/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      // Relative imports name the compiled .js file; the source beside it is the .ts file.
      'import-x/resolver-next': [
        createNodeResolver({
          extensions: ['.ts', '.js', '.json'],
          extensionAlias: { '.js': ['.ts', '.js'] },
        }),
      ],
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    // Small files: past ~300 lines a file is two things. Every line counts, blank lines and comments too.
    files: ['src/**/*.ts', 'commands/**/*.ts'],
    rules: { 'max-lines': ['error', { max: 400, skipBlankLines: false, skipComments: false }] },
  },
  {
    // Outside the core, a core folder is reached only through its index.ts.
    files: ['**/*.ts'],
    ignores: ['src/core/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [ONLY_THROUGH_THE_DOOR] }] },
  },
  {
    // Shipped code never reaches into the benchmarks or the tests.
    files: ['src/**/*.ts', 'commands/**/*.ts'],
    ignores: ['src/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [ONLY_THROUGH_THE_DOOR, { regex: '(^|/)(bench|test)/', message: NOT_SHIPPED }] },
      ],
    },
  },
  {
    // The core is pure: no I/O, no packages, no clock, no randomness, no process. Imports are relative
    // and stay inside src/core (the first rule refuses every package and node: module, the second any
    // relative path that leaves src/core, at any folder depth).
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '^(?!\\.)', message: CORE_IS_PURE }] }],
      'import-x/no-restricted-paths': [
        'error',
        { zones: [{ target: './src/core', from: '.', except: ['./src/core'], message: CORE_IS_PURE }] },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: CORE_IS_PURE },
        { name: 'require', message: CORE_IS_PURE },
        { name: 'globalThis', message: CORE_IS_PURE },
        { name: 'performance', message: 'src/core is pure: time is passed in.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'src/core is pure: time is passed in.' },
        { object: 'Math', property: 'random', message: 'src/core is pure: no randomness.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: 'ImportExpression', message: CORE_IS_PURE },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'src/core is pure: time is passed in.',
        },
        { selector: "CallExpression[callee.name='Date']", message: 'src/core is pure: time is passed in.' },
      ],
    },
  },
);
