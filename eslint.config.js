import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { casebookPlugin } from './eslint/plugin.ts';

const root = import.meta.dirname;

const TS_FILES = ['**/*.ts', '**/*.tsx'];
const TEST_FILES = ['test/**/*.ts', 'test/**/*.tsx'];
const CONFIG_FILES = ['*.config.ts', '*.config.js', '*.config.mjs'];
// Tests may reach SQLite directly: the store's own tests and the helpers that build temporary notebooks.
const RAW_SQLITE_ALLOWED = ['electron/store/**', 'test/store/**', 'test/helpers/**'];

const electronPackage = (layer) => ({
  packages: ['electron'],
  message: `${layer} runs under plain Node: it must not import 'electron'.`,
});
const betterSqlite3 = (layer) => ({
  packages: ['better-sqlite3'],
  message: `Only electron/store imports 'better-sqlite3' (type-only imports too); ${layer} uses the store's functions and its NotebookDb type.`,
});

// The layers, by folder. The folder says which runtime the code runs in (architecture.md); each entry lists
// what that runtime cannot or must not reach. Relative imports are resolved before they are compared, so
// '../../electron/store/x.ts' from renderer/ is caught however deep the importing file sits.
const LAYERS = [
  {
    layer: 'shared',
    forbid: [
      {
        packages: ['electron'],
        message: "shared/ is pure TypeScript imported by every layer: it must not import 'electron'.",
      },
      {
        nodeBuiltins: true,
        message: 'shared/ is pure TypeScript that also runs in the window: it must not import Node built-ins.',
      },
      betterSqlite3('shared/'),
      {
        folders: ['electron', 'renderer'],
        message: 'shared/ is imported by every layer: it must not import from electron/ or renderer/.',
      },
    ],
  },
  {
    layer: 'renderer',
    forbid: [
      {
        nodeBuiltins: true,
        message: 'renderer/ runs in a sandboxed browser window: it must not import Node built-ins.',
      },
      {
        packages: ['better-sqlite3'],
        message: "renderer/ reaches the notebook only through window.casebook: it must not import 'better-sqlite3'.",
      },
      {
        packages: ['electron'],
        message: "renderer/ runs in a sandboxed browser window: it must not import 'electron'; call window.casebook.",
      },
      {
        folders: ['electron'],
        message: 'renderer/ reaches the main process only through window.casebook: it must not import from electron/.',
      },
    ],
  },
  {
    layer: 'electron/preload',
    allowOnly: {
      packages: ['electron'],
      typeOnlyFolders: ['shared'],
      message:
        "electron/preload only forwards calls: it imports 'electron' and, with `import type`, shared/ — nothing else.",
    },
  },
  {
    layer: 'electron/store',
    forbid: [
      electronPackage('electron/store'),
      {
        folders: ['electron/main', 'electron/preload', 'electron/services', 'electron/cli', 'renderer'],
        message:
          'electron/store is the bottom layer: it must not import from electron/main, preload, services, cli or renderer/.',
      },
    ],
  },
  {
    layer: 'electron/services',
    forbid: [
      electronPackage('electron/services'),
      betterSqlite3('electron/services'),
      {
        folders: ['electron/main', 'electron/preload', 'electron/cli', 'renderer'],
        message:
          'electron/services runs under plain Node and below its adapters: it must not import from electron/main, preload, cli or renderer/.',
      },
    ],
  },
  {
    layer: 'electron/cli',
    forbid: [
      electronPackage('electron/cli'),
      betterSqlite3('electron/cli'),
      {
        folders: ['electron/main', 'electron/preload', 'renderer'],
        message: 'electron/cli runs under plain Node: it must not import from electron/main, preload or renderer/.',
      },
    ],
  },
  {
    layer: 'electron/main',
    forbid: [
      betterSqlite3('electron/main'),
      {
        folders: ['renderer'],
        message: 'electron/main loads the window, it does not import it: no imports from renderer/.',
      },
    ],
  },
  {
    layer: 'the rest of the project',
    files: ['**/*.{ts,tsx,js,mjs,cjs}'],
    ignores: ['shared/**', 'renderer/**', 'electron/*/**', ...RAW_SQLITE_ALLOWED],
    forbid: [betterSqlite3('this file')],
  },
];

export default defineConfig([
  globalIgnores(['out/', 'dist/', 'release/', 'test-results/', 'coverage/', '.vite/', 'test/lint-fixtures/']),

  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: root,
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    plugins: { casebook: casebookPlugin },
    rules: {
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { prefer: 'type-imports', fixStyle: 'separate-type-imports' },
      ],
      '@typescript-eslint/no-import-type-side-effects': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      'no-restricted-exports': [
        'error',
        {
          restrictDefaultExports: {
            direct: true,
            named: true,
            defaultFrom: true,
            namedFrom: true,
            namespaceFrom: true,
          },
        },
      ],
      // React event handlers may be async (`onClick={async () => …}`); everything else must handle its promises.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      // Validating paths, URLs and file names matches control characters on purpose.
      'no-control-regex': 'off',
      'casebook/relative-import-extension': 'error',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
  {
    // Config files are the one place a default export is the tool's API.
    files: CONFIG_FILES,
    rules: { 'no-restricted-exports': 'off' },
  },

  // Layering: which folders may import what (fails the build).
  ...LAYERS.map(({ layer, files, ignores, forbid, allowOnly }) => ({
    files: files ?? [`${layer}/**/*.{ts,tsx,js,mjs,cjs}`],
    ...(ignores === undefined ? {} : { ignores }),
    rules: { 'casebook/layer-imports': ['error', { root, layer, forbid, allowOnly }] },
  })),
  {
    files: TS_FILES,
    ignores: RAW_SQLITE_ALLOWED,
    rules: { 'casebook/no-sql-outside-store': 'error' },
  },

  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx', 'test/renderer/**/*.ts', 'test/renderer/**/*.tsx'],
    extends: [reactHooks.configs.flat.recommended],
    rules: {
      // Only matters when the React Compiler memoizes components, and the build does not use it.
      'react-hooks/incompatible-library': 'off',
    },
    languageOptions: { globals: globals.browser },
  },
  {
    files: TEST_FILES,
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name=/^(describe|it|test)$/][property.name='only']",
          message: 'No .only in committed tests: it silently skips every other test.',
        },
      ],
      // Tests poke at values through loosely typed seams (JSON output, fixtures, mocks); assertions catch mistakes.
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
]);
