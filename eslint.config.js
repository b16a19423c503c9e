// Lint rules, and the folder boundaries of DESIGN.md §4 enforced as import restrictions.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'url',
];

const restrict = (patterns) => ({
  'no-restricted-imports': ['error', { patterns }],
});

export default tseslint.config(
  { ignores: ['dist/', 'release/', 'test-results/', 'node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['shared/**'],
    rules: restrict([
      {
        group: [
          ...nodeBuiltins,
          'electron',
          'react',
          'react-dom',
          'better-sqlite3',
          '**/electron/**',
          '**/renderer/**',
        ],
        message: 'shared/ ist reine Logik: kein Node, kein Electron, kein React, kein DOM.',
      },
    ]),
  },
  {
    files: ['electron/backend/**'],
    rules: restrict([
      {
        group: ['electron', '**/renderer/**'],
        message: 'Das Backend läuft unter reinem Node: kein electron.',
      },
      {
        group: [
          '../web/*',
          '../../web/*',
          '../*.ts',
          '../main',
          '../window',
          '../ipc',
          '../menu',
          '../protocol',
          '../preload',
        ],
        message: 'Das Backend kennt weder die Shell noch den Web-Host.',
      },
    ]),
  },
  {
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict([
        {
          group: [...nodeBuiltins, 'electron', 'better-sqlite3', '**/electron/**'],
          message: 'Der Renderer spricht nur über den Vertrag (shared/) mit dem Backend.',
        },
      ]),
    },
  },
  {
    files: ['participants/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: restrict([
      {
        group: [
          ...nodeBuiltins,
          'electron',
          'react',
          'react-dom',
          'zod',
          '**/electron/**',
          '**/renderer/**',
        ],
        message:
          'Die Teilnahmeseite ist klein und eigenständig: nur DOM und reine Daten aus shared/.',
      },
    ]),
  },
  prettier,
);
