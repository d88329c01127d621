import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    // test/lint-fixtures break the rules on purpose; test/unit/lint-rules.test.ts lints them explicitly.
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'coverage/**',
      '.electron-native/**',
      'docs/**',
      'test/lint-fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      // `import { type A }` keeps `import 'module'` under verbatimModuleSyntax: the module still loads
      // (a type-only import of the contract put its zod schemas before Home's first paint, issue 18).
      '@typescript-eslint/no-import-type-side-effects': 'error',
      '@typescript-eslint/no-explicit-any': ['error', { ignoreRestArgs: true }],
    },
  },
  {
    // The shape of the code, enforced: no import cycles anywhere (a cycle makes load order matter and
    // the layers meaningless), and the layers below. Resolution goes through tsconfig so `@shared/*`
    // and type-only imports count like any other edge.
    files: ['**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      // Without the TypeScript extensions and parser the plugin reads no .ts file and sees no edge.
      'import-x/extensions': importX.flatConfigs.typescript.settings['import-x/extensions'],
      'import-x/parsers': importX.flatConfigs.typescript.settings['import-x/parsers'],
      'import-x/external-module-folders': ['node_modules', 'node_modules/@types'],
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.json' })],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': [
        'error',
        {
          basePath: import.meta.dirname,
          zones: [
            {
              target: './renderer',
              from: './electron',
              message: 'The renderer talks to the core through renderer/src/api only, never by importing electron/.',
            },
            {
              target: './shared',
              from: ['./renderer', './electron'],
              message: 'shared/ is the bottom layer: it never imports the renderer or electron/.',
            },
            {
              // The window's process runs no core code (it would freeze the window): it starts the
              // core's utility process and relays. The one thing it may know is where that entry is.
              target: './electron/main',
              from: './electron/core',
              except: ['./host/spawn.ts'],
              message:
                'electron/main relays to the core in its utility process; it imports nothing of electron/core but core/host/spawn.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    // The core runs under plain Node too (browser mode, team server, tests): it never needs Electron.
    files: ['electron/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'electron/core runs outside Electron; only electron/main may import it.' },
          ],
          patterns: [
            {
              group: ['electron/*'],
              message: 'electron/core runs outside Electron; only electron/main may import it.',
            },
          ],
        },
      ],
    },
  },
  {
    // Migrations speak in table names, not today's types (see db/migrations/types.ts).
    files: ['electron/core/db/migrations/**', 'electron/core/db/migrate.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Tests poke at JSON replies and deliberately malformed input.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['scripts/**/*.mjs', 'electron/**/*.ts', 'test/**/*.ts', 'bench/**/*.ts', '*.config.{js,ts}'],
    languageOptions: { globals: globals.node },
  },
  {
    // One channel from the renderer: only renderer/src/api touches the preload's bridge, and every
    // call is typed by a contract (the core's or the shell's), never forced into one by a cast.
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/src/api/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'window', property: 'workbench', message: 'Call through renderer/src/api, never window.workbench.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "TSAsExpression > TSTypeReference[typeName.name='CallName']",
          message: 'A call name comes from a contract (shared/contract), not from a cast.',
        },
      ],
    },
  },
  {
    // The renderer never reaches into the main process's code; it talks through the API client.
    files: ['renderer/**/*.{ts,tsx}', 'shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/electron/**', 'electron', 'node:*', 'better-sqlite3'],
              message: 'Renderer and shared code stay free of the main process and of Node.',
            },
          ],
        },
      ],
    },
  },
);
