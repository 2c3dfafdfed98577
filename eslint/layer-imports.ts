import { isBuiltin } from 'node:module';
import path from 'node:path';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

// One layer's import rules. A layer is a folder (relative to the project root); the folder says which runtime
// its code runs in, so what it may import follows from that runtime.
export interface ForbiddenImports {
  packages?: string[];
  nodeBuiltins?: boolean;
  // Folders relative to the project root; relative imports are resolved before they are compared.
  folders?: string[];
  message: string;
}

export interface AllowedImportsOnly {
  packages: string[];
  // Imports of these folders are allowed only as `import type` / `export type`, which leave no trace at runtime.
  typeOnlyFolders: string[];
  message: string;
}

export interface LayerImportsOptions {
  root: string;
  layer: string;
  forbid?: ForbiddenImports[];
  allowOnly?: AllowedImportsOnly;
}

type MessageIds = 'forbidden';

interface ImportSite {
  source: string;
  typeOnly: boolean;
  node: TSESTree.Node;
}

function isPackageSpecifier(source: string): boolean {
  return !source.startsWith('.') && !source.startsWith('/');
}

function isPackageOrSubpath(source: string, packageName: string): boolean {
  return source === packageName || source.startsWith(`${packageName}/`);
}

function isInFolder(projectPath: string, folder: string): boolean {
  return projectPath === folder || projectPath.startsWith(`${folder}/`);
}

// The imported file's path relative to the project root ('electron/store/db.ts'), or null for packages and for
// paths that leave the project.
function projectPathOf(source: string, importingFile: string, root: string): string | null {
  if (isPackageSpecifier(source)) return null;
  const absolute = path.resolve(path.dirname(importingFile), source);
  const relative = path.relative(root, absolute).split(path.sep).join('/');
  if (relative.startsWith('../') || relative === '..' || path.isAbsolute(relative)) return null;
  return relative;
}

function matchesForbidden(source: string, projectPath: string | null, forbidden: ForbiddenImports): boolean {
  if (isPackageSpecifier(source)) {
    if (forbidden.nodeBuiltins === true && isBuiltin(source)) return true;
    return (forbidden.packages ?? []).some((name) => isPackageOrSubpath(source, name));
  }
  return projectPath !== null && (forbidden.folders ?? []).some((folder) => isInFolder(projectPath, folder));
}

function violatesAllowList(
  site: ImportSite,
  projectPath: string | null,
  layer: string,
  allowOnly: AllowedImportsOnly,
): boolean {
  if (isPackageSpecifier(site.source)) {
    return !allowOnly.packages.some((name) => isPackageOrSubpath(site.source, name));
  }
  if (projectPath === null) return true;
  if (isInFolder(projectPath, layer)) return false;
  const typeOnlyFolder = allowOnly.typeOnlyFolders.some((folder) => isInFolder(projectPath, folder));
  return !(typeOnlyFolder && site.typeOnly);
}

export const layerImportsRule: TSESLint.RuleModule<MessageIds, [LayerImportsOptions]> = {
  meta: {
    type: 'problem',
    docs: {
      description:
        'Each layer folder imports only what its runtime provides: no Electron in plain-Node layers, no Node in the ' +
        'renderer, nothing outside shared/ in shared/.',
    },
    messages: { forbidden: "{{message}} (imports '{{source}}')" },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        required: ['root', 'layer'],
        properties: {
          root: { type: 'string' },
          layer: { type: 'string' },
          forbid: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['message'],
              properties: {
                packages: { type: 'array', items: { type: 'string' } },
                nodeBuiltins: { type: 'boolean' },
                folders: { type: 'array', items: { type: 'string' } },
                message: { type: 'string' },
              },
            },
          },
          allowOnly: {
            type: 'object',
            additionalProperties: false,
            required: ['packages', 'typeOnlyFolders', 'message'],
            properties: {
              packages: { type: 'array', items: { type: 'string' } },
              typeOnlyFolders: { type: 'array', items: { type: 'string' } },
              message: { type: 'string' },
            },
          },
        },
      },
    ],
  },
  defaultOptions: [{ root: '', layer: '' }],
  create(context) {
    const [options] = context.options;
    const importingFile = context.physicalFilename;

    function check(site: ImportSite): void {
      const projectPath = projectPathOf(site.source, importingFile, options.root);
      const broken = (options.forbid ?? []).find((forbidden) => matchesForbidden(site.source, projectPath, forbidden));
      const message =
        broken?.message ??
        (options.allowOnly !== undefined && violatesAllowList(site, projectPath, options.layer, options.allowOnly)
          ? options.allowOnly.message
          : undefined);
      if (message !== undefined) {
        context.report({ node: site.node, messageId: 'forbidden', data: { message, source: site.source } });
      }
    }

    function checkLiteral(node: TSESTree.Node | null | undefined, typeOnly: boolean, reportOn: TSESTree.Node): void {
      if (node?.type === AST_NODE_TYPES.Literal && typeof node.value === 'string') {
        check({ source: node.value, typeOnly, node: reportOn });
      } else if (node?.type === AST_NODE_TYPES.TemplateLiteral && node.expressions.length === 0) {
        const cooked = node.quasis[0]?.value.cooked;
        if (typeof cooked === 'string') check({ source: cooked, typeOnly, node: reportOn });
      }
    }

    return {
      // `import { type X } from 'm'` still loads 'm' at runtime (verbatimModuleSyntax keeps `import {} from 'm'`),
      // so only a whole-declaration `import type` counts as type-only.
      ImportDeclaration(node) {
        checkLiteral(node.source, node.importKind === 'type', node);
      },
      ExportNamedDeclaration(node) {
        checkLiteral(node.source, node.exportKind === 'type', node);
      },
      ExportAllDeclaration(node) {
        checkLiteral(node.source, node.exportKind === 'type', node);
      },
      ImportExpression(node) {
        checkLiteral(node.source, false, node);
      },
      TSImportType(node) {
        checkLiteral(node.source, true, node);
      },
      TSExternalModuleReference(node) {
        checkLiteral(node.expression, false, node);
      },
      CallExpression(node) {
        if (node.callee.type === AST_NODE_TYPES.Identifier && node.callee.name === 'require') {
          checkLiteral(node.arguments[0], false, node);
        }
      },
    };
  },
};
