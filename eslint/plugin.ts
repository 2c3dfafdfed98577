import { layerImportsRule } from './layer-imports.ts';
import { noSqlOutsideStoreRule } from './no-sql-outside-store.ts';
import { relativeImportExtensionRule } from './relative-import-extension.ts';

// Casebook's own lint rules, used by eslint.config.js under the `casebook/` prefix.
export const casebookPlugin = {
  meta: { name: 'casebook' },
  rules: {
    'layer-imports': layerImportsRule,
    'no-sql-outside-store': noSqlOutsideStoreRule,
    'relative-import-extension': relativeImportExtensionRule,
  },
};
