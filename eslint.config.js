// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

// Libraries with side effects (processes, network, Redis, Docker, files) enter the program only
// through src/adapters/ and the one file that wires it together (src/main.ts).
const sideEffectLibraries = [
  'simple-git',
  'docker-compose',
  'ioredis',
  'bullmq',
  '@octokit/rest',
  'node:child_process',
  'child_process',
];
// Files too: config and schemas are read by adapters, parsed and validated in config/ and manifests/.
const fileLibraries = ['node:fs', 'node:fs/promises', 'fs', 'fs/promises'];

function restricted(libraries) {
  return [
    'error',
    {
      paths: libraries.map((name) => ({
        name,
        message: 'Side-effect libraries belong in src/adapters/ (see docs/architecture.md).',
      })),
    },
  ];
}

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', '**/*.generated.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: globals.node,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'import-x': importX },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'import-x/no-cycle': 'error',
    },
    settings: { 'import-x/resolver': { node: true } },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/adapters/**', 'src/main.ts'],
    rules: { 'no-restricted-imports': restricted([...sideEffectLibraries, ...fileLibraries]) },
  },
  {
    // The render and validate commands still write and stat files themselves.
    files: ['src/cli/render-command.ts', 'src/cli/validate-command.ts'],
    rules: { 'no-restricted-imports': restricted(sideEffectLibraries) },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  prettier,
);
