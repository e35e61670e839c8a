// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
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
    settings: {
      'import-x/extensions': ['.ts', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      // Sources import `./x.js` and the file is `x.ts` (nodenext): without the alias no import
      // resolves, and the rules that follow imports (no-cycle, no-restricted-paths) see nothing.
      'import-x/resolver-next': [
        createNodeResolver({
          extensions: ['.ts', '.js', '.mjs', '.json', '.node'],
          extensionAlias: { '.js': ['.ts', '.js'] },
        }),
      ],
    },
  },
  {
    // The arrows point inward (docs/architecture.md): core depends on nothing, ports only on core,
    // adapters on neither the orchestration nor the manifests. Type imports count too.
    files: ['src/**/*.ts'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          basePath: import.meta.dirname,
          zones: [
            {
              target: './src/core',
              from: './src',
              except: ['./core'],
              message: 'src/core is pure and imports only src/core.',
            },
            {
              target: './src/ports',
              from: './src',
              except: ['./core', './ports'],
              message: 'Ports speak in core types: they import only src/core and src/ports.',
            },
            {
              target: './src/adapters',
              from: [
                './src/cli',
                './src/deploy',
                './src/manifests',
                './src/observe',
                './src/pipeline',
                './src/server',
                './src/main.ts',
              ],
              message: 'Adapters implement ports: they import src/core, src/ports and src/config.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/adapters/**', 'src/main.ts'],
    rules: { 'no-restricted-imports': restricted([...sideEffectLibraries, ...fileLibraries]) },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  prettier,
);
