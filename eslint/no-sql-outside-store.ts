import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { ParserServicesWithTypeInformation, TSESLint, TSESTree } from '@typescript-eslint/utils';
import ts from 'typescript';

// Methods that run SQL, by the better-sqlite3 interface that declares them.
const SQL_METHODS: Readonly<Record<string, ReadonlySet<string>>> = {
  Database: new Set(['prepare', 'exec', 'pragma']),
  Statement: new Set(['run', 'get', 'all', 'iterate']),
};
const ALL_SQL_METHOD_NAMES = new Set(Object.values(SQL_METHODS).flatMap((methods) => [...methods]));

const BETTER_SQLITE3_TYPES = /[\\/]node_modules[\\/](@types[\\/])?better-sqlite3[\\/]/;

export interface NoSqlOutsideStoreOptions {
  // Names of the store's own handle types (interfaces or classes) whose `prepare`/`exec`/`pragma` run SQL, for a
  // store that wraps better-sqlite3 in a type of its own. Aliases of better-sqlite3's types need no entry.
  handleTypeNames?: string[];
}

type MessageIds = 'sqlOutsideStore';

function containerName(declaration: ts.Declaration): string | undefined {
  const container = declaration.parent;
  if (ts.isInterfaceDeclaration(container) || ts.isClassDeclaration(container)) return container.name?.text;
  return undefined;
}

function runsSql(declaration: ts.Declaration, methodName: string, handleTypeNames: ReadonlySet<string>): boolean {
  const owner = containerName(declaration);
  if (owner === undefined) return false;
  if (BETTER_SQLITE3_TYPES.test(declaration.getSourceFile().fileName)) {
    return SQL_METHODS[owner]?.has(methodName) ?? false;
  }
  return handleTypeNames.has(owner) && (SQL_METHODS['Database']?.has(methodName) ?? false);
}

function staticMemberName(member: TSESTree.MemberExpression): string | undefined {
  if (!member.computed && member.property.type === AST_NODE_TYPES.Identifier) return member.property.name;
  if (member.computed && member.property.type === AST_NODE_TYPES.Literal && typeof member.property.value === 'string') {
    return member.property.value;
  }
  return undefined;
}

export const noSqlOutsideStoreRule: TSESLint.RuleModule<MessageIds, [NoSqlOutsideStoreOptions]> = {
  meta: {
    type: 'problem',
    docs: {
      description:
        'Only electron/store runs SQL: calling prepare/exec/pragma on a better-sqlite3 Database, or running a ' +
        'Statement, anywhere else is an error. Decided by the type checker, so RegExp#exec is fine.',
    },
    messages: {
      sqlOutsideStore:
        "'{{method}}' runs SQL on the notebook database; only electron/store runs SQL. Add a store function and call it.",
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: { handleTypeNames: { type: 'array', items: { type: 'string' } } },
      },
    ],
  },
  defaultOptions: [{}],
  create(context) {
    const handleTypeNames = new Set(context.options[0]?.handleTypeNames ?? []);
    const services = context.sourceCode.parserServices as Partial<ParserServicesWithTypeInformation> | undefined;
    if (services?.program == null || services.esTreeNodeToTSNodeMap === undefined) {
      throw new Error('casebook/no-sql-outside-store needs type information (parserOptions.projectService).');
    }
    const checker = services.program.getTypeChecker();
    const toTsNode = services.esTreeNodeToTSNodeMap;

    function sqlMethodCalled(member: TSESTree.MemberExpression, methodName: string): boolean {
      const objectType = checker.getNonNullableType(checker.getTypeAtLocation(toTsNode.get(member.object)));
      const candidates = objectType.isUnion() ? objectType.types : [objectType];
      return candidates.some((candidate) => {
        const property = checker.getPropertyOfType(checker.getApparentType(candidate), methodName);
        return (property?.declarations ?? []).some((declaration) => runsSql(declaration, methodName, handleTypeNames));
      });
    }

    return {
      CallExpression(node) {
        const callee = node.callee.type === AST_NODE_TYPES.ChainExpression ? node.callee.expression : node.callee;
        if (callee.type !== AST_NODE_TYPES.MemberExpression) return;
        const methodName = staticMemberName(callee);
        if (methodName === undefined || !ALL_SQL_METHOD_NAMES.has(methodName)) return;
        if (sqlMethodCalled(callee, methodName)) {
          context.report({ node: callee.property, messageId: 'sqlOutsideStore', data: { method: methodName } });
        }
      },
    };
  },
};
