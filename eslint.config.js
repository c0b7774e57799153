import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import layering from './scripts/eslint-layering.mjs';

// Library code never prints and never touches the process (DESIGN.md rule 7 and "Contracts"): only
// cli/ does both, and batch/ may use the process (its temp-file names carry the pid).
const noProcess = { name: 'process', message: 'Only cli/ and batch/ touch the process (DESIGN.md rule 7).' };
const noConsole = { name: 'console', message: 'Only cli/ prints; the library returns diagnostics.' };
const noProcessImport = { name: 'node:process', message: noProcess.message };

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'output/', 'coverage/', '.*/', 'src/spec/*.gen.*'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Prettier wraps code at 120; what it cannot wrap (a long string or URL) may run on.
      'max-len': [
        'error',
        { code: 120, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreUrls: true, ignoreRegExpLiterals: true },
      ],
    },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.cts'],
    plugins: { layering },
    rules: {
      'layering/stage-imports': 'error',
      'no-restricted-globals': ['error', noProcess, noConsole],
      'no-restricted-imports': ['error', { paths: [noProcessImport, { name: 'process', message: noProcess.message }] }],
    },
  },
  {
    files: ['src/batch/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', noConsole],
      'no-restricted-imports': 'off',
    },
  },
  {
    files: ['src/cli/**/*.ts', 'src/cli/**/*.cts'],
    rules: { 'no-restricted-globals': 'off', 'no-restricted-imports': 'off' },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' } },
  },
);
