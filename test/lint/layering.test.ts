import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Lints the files in test/lint-fixtures/ with the project's real eslint.config.js, each as if it sat at the same
// path under the project root, and requires exactly the errors its `// error: RULE-ID` comments name.

const projectRoot = path.resolve(import.meta.dirname, '../..');
const fixturesRoot = path.join(projectRoot, 'test/lint-fixtures');
const VIRTUAL_PREFIX = '__lint_fixture__.';

// The virtual files exist only in memory, so no tsconfig lists them: let the project service give them a default
// project with the Node layer's compiler options. Everything else comes from eslint.config.js unchanged.
const eslint = new ESLint({
  cwd: projectRoot,
  overrideConfig: {
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: [
            `electron/*/${VIRTUAL_PREFIX}*`,
            `shared/${VIRTUAL_PREFIX}*`,
            `renderer/${VIRTUAL_PREFIX}*`,
            `renderer/*/${VIRTUAL_PREFIX}*`,
            `test/*/${VIRTUAL_PREFIX}*`,
          ],
          defaultProject: 'tsconfig.node.json',
          // Every fixture is opened in the default project, one at a time; there are a few dozen of them.
          maximumDefaultProjectFileMatchCount_THIS_WILL_SLOW_DOWN_LINTING: 200,
        },
      },
    },
  },
});

interface Fixture {
  name: string;
  code: string;
  virtualPath: string;
}

function listFixtures(folder: string): Fixture[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return listFixtures(full);
    if (!/\.tsx?$/.test(entry.name)) return [];
    const name = path.relative(fixturesRoot, full).split(path.sep).join('/');
    const virtualPath = path.posix.join(path.posix.dirname(name), VIRTUAL_PREFIX + entry.name);
    return [{ name, code: readFileSync(full, 'utf8'), virtualPath }];
  });
}

function expectedErrors(code: string): string[] {
  return code.split('\n').flatMap((line, index) => {
    const marker = /\/\/ error: (.+)$/.exec(line);
    if (marker === null) return [];
    return marker[1]!.split(',').map((ruleId) => `line ${index + 1}: ${ruleId.trim()}`);
  });
}

async function lint(fixture: Fixture): Promise<ESLint.LintResult> {
  const [result] = await eslint.lintText(fixture.code, { filePath: fixture.virtualPath });
  return result!;
}

function reported(result: ESLint.LintResult): string[] {
  // Warnings count too: the lint script runs with --max-warnings 0. A parse failure has no rule id and fails here.
  return result.messages.map((message) => `line ${message.line}: ${message.ruleId ?? `(no rule) ${message.message}`}`);
}

const fixtures = listFixtures(fixturesRoot);
const fixtureNamed = (name: string): Fixture => {
  const fixture = fixtures.find((candidate) => candidate.name === name);
  if (fixture === undefined) throw new Error(`missing lint fixture ${name}`);
  return fixture;
};

describe('layering lint', () => {
  it('finds the lint fixtures, both breaking and compliant ones', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(20);
    expect(fixtures.filter((fixture) => expectedErrors(fixture.code).length === 0).length).toBeGreaterThanOrEqual(7);
  });

  it('fails when electron/store imports electron, naming the layer rule', async () => {
    const result = await lint(fixtureNamed('electron/store/imports-electron.ts'));
    expect(result.errorCount).toBe(1);
    expect(result.messages[0]).toMatchObject({
      ruleId: 'casebook/layer-imports',
      severity: 2,
      message: "electron/store runs under plain Node: it must not import 'electron'. (imports 'electron')",
    });
  });

  it('tells a renderer file to go through window.casebook instead of importing Node', async () => {
    const result = await lint(fixtureNamed('renderer/imports-node.tsx'));
    expect(result.messages.map((message) => message.message)).toContain(
      "renderer/ runs in a sandboxed browser window: it must not import Node built-ins. (imports 'node:fs')",
    );
  });

  it('tells a service that runs SQL to add a store function', async () => {
    const result = await lint(fixtureNamed('electron/services/runs-sql.ts'));
    expect(result.messages[0]?.message).toBe(
      "'prepare' runs SQL on the notebook database; only electron/store runs SQL. Add a store function and call it.",
    );
  });

  it.each(fixtures.map((fixture) => [fixture.name, fixture] as const))(
    '%s reports exactly the errors it marks',
    async (_name, fixture) => {
      expect(reported(await lint(fixture))).toEqual(expectedErrors(fixture.code));
    },
  );

  it('keeps the fixtures out of the project-wide lint run', async () => {
    expect(await eslint.isPathIgnored(path.join(fixturesRoot, 'electron/store/imports-electron.ts'))).toBe(true);
    expect(await eslint.isPathIgnored(path.join(projectRoot, 'electron/store/database.ts'))).toBe(false);
  });
});
