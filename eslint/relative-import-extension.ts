import path from 'node:path';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

type MessageIds = 'missingExtension';

function missesExtension(source: string): boolean {
  if (!source.startsWith('./') && !source.startsWith('../') && source !== '.' && source !== '..') return false;
  const withoutQuery = source.split('?')[0] ?? source;
  return path.posix.extname(withoutQuery) === '';
}

export const relativeImportExtensionRule: TSESLint.RuleModule<MessageIds, []> = {
  meta: {
    type: 'problem',
    docs: { description: "Relative imports name the file with its extension ('./x.ts')." },
    messages: {
      missingExtension:
        "Name the file with its extension ('{{source}}.ts'): the command line runs these sources under Node's type " +
        'stripping, which does not guess extensions.',
    },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    function check(source: TSESTree.Node | null | undefined, node: TSESTree.Node): void {
      if (
        source?.type === AST_NODE_TYPES.Literal &&
        typeof source.value === 'string' &&
        missesExtension(source.value)
      ) {
        context.report({ node, messageId: 'missingExtension', data: { source: source.value } });
      }
    }
    return {
      ImportDeclaration: (node) => check(node.source, node),
      ExportNamedDeclaration: (node) => check(node.source, node),
      ExportAllDeclaration: (node) => check(node.source, node),
      ImportExpression: (node) => check(node.source, node),
    };
  },
};
