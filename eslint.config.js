import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'bench/results.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The core is pure: no I/O, no Discord, no database, no clock.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'fs', 'path', 'http', 'net'], message: 'src/core is pure: no I/O.' },
            { group: ['discord.js', 'better-sqlite3', 'node-cron', 'dotenv'], message: 'src/core is pure.' },
            { group: ['../store/*', '../ingest/*', '../discord/*', '../digests/*', '../config.js'], message: 'src/core imports only src/core.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', { name: 'process', message: 'src/core is pure: pass values in.' }],
    },
  },
);
