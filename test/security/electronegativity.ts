/**
 * `npm run security:scan`: runs @doyensec/electronegativity over the app's source (electron/, renderer/,
 * shared/ and package.json) and fails on any HIGH or MEDIUM finding that is not disabled on its line with
 * `eng-disable CHECK_ID -- reason`, and on any disable comment without a reason. Electronegativity itself
 * exits 0 whatever it finds; this reads its findings instead.
 *
 * Usage: node test/security/electronegativity.ts [--root DIR] [--report FILE.json]
 * Exit codes: 0 nothing blocks, 1 a finding or comment blocks, 2 the scan could not run or read a file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CONTENT_SECURITY_POLICY } from '../../shared/contract/content-security-policy.ts';
import {
  disableCommentProblem,
  disableComments,
  formatTable,
  judgeFindings,
  type Finding,
  type FolderJustification,
  type Severity,
} from './electronegativity-report.ts';

const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SCANNED_FOLDERS = ['electron/', 'renderer/', 'shared/'];
const SCANNED_FILES = ['package.json'];
const CSP_PLACEHOLDER = '%CONTENT_SECURITY_POLICY%';

/** Findings justified for a whole folder; empty: every justification sits on the line it excuses. */
const FOLDER_JUSTIFICATIONS: readonly FolderJustification[] = [];

interface RawIssue {
  id: string;
  file: string;
  location: { line: number };
  severity: { name: string };
  confidence: { name: string };
  description: string;
}
interface RunResult {
  errors: { file: string; message: string; tolerable: boolean }[];
  issues: RawIssue[];
}
type Runner = (options: Record<string, unknown>, forCli: boolean) => Promise<RunResult>;

const require = createRequire(import.meta.url);
const PACKAGE_DIR = dirname(require.resolve('@doyensec/electronegativity/package.json'));
const DIST = join(PACKAGE_DIR, 'dist');

/**
 * Electronegativity's own start-up fetches translations from GitHub, and one global check fetches
 * Electron's release list. A test must not touch the network: the bundled English strings are loaded
 * instead, and that check (about newer Electron releases, not about this source) is left out.
 */
function loadRunnerOffline(): Runner {
  const i18nPath = require.resolve(join(DIST, 'locales', 'i18n.js'));
  const i18n = createRequire(i18nPath)('i18n') as {
    configure(options: Record<string, unknown>): void;
    setLocale(locale: string): void;
  };
  const offline = new Module(i18nPath);
  offline.filename = i18nPath;
  offline.loaded = true;
  const configure = (): Promise<void> => {
    i18n.configure({
      locales: ['en-US'],
      defaultLocale: 'en-US',
      directory: join(DIST, 'locales'),
      updateFiles: false,
      objectNotation: true,
      register: globalThis,
    });
    i18n.setLocale('en-US');
    return Promise.resolve();
  };
  offline.exports = Object.assign(configure, { default: configure });
  require.cache[i18nPath] = offline;
  return require(join(DIST, 'runner.js')) as Runner;
}

const OFFLINE_EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];

function toProjectPath(root: string, file: string): string {
  return relative(root, file).split(sep).join('/');
}

/**
 * Restricts electronegativity's file listing to the app's source, and remembers what it scanned. The
 * renderer's index.html names the policy with a placeholder the build fills in; the scan reads it filled
 * in the same way, so the CSP checks judge the policy the window really gets.
 */
function limitScanTo(root: string, scanned: string[]): void {
  const util = require(join(DIST, 'util', 'index.js')) as {
    list_files(dir: string): Promise<string[]>;
    read_file(file: string): string;
  };
  const readFile = util.read_file;
  util.read_file = (file: string) => {
    const text = readFile(file);
    return file.endsWith('.html') ? text.replaceAll(CSP_PLACEHOLDER, CONTENT_SECURITY_POLICY) : text;
  };
  const listAll = util.list_files;
  util.list_files = async (dir: string) => {
    const files = (await listAll(dir)).filter((file) => {
      const path = toProjectPath(root, file);
      return SCANNED_FILES.includes(path) || SCANNED_FOLDERS.some((folder) => path.startsWith(folder));
    });
    scanned.push(...files);
    return files;
  };
}

function electronVersion(root: string): string | undefined {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
    devDependencies?: Record<string, string>;
  };
  const range = manifest.devDependencies?.['electron'] ?? manifest.dependencies?.['electron'];
  return range?.replace(/^[^\d]*/u, '');
}

const SEVERITIES: readonly Severity[] = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH'];

function toFinding(root: string, issue: RawIssue): Finding {
  const severity = SEVERITIES.find((name) => name === issue.severity.name) ?? 'HIGH';
  return {
    id: issue.id,
    severity,
    confidence: issue.confidence.name,
    file: issue.file === 'N/A' ? 'N/A' : toProjectPath(root, issue.file),
    line: issue.location.line,
    description: issue.description,
  };
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { root: { type: 'string' }, report: { type: 'string' } } });
  const root = resolve(values.root ?? PROJECT_ROOT);
  const scanned: string[] = [];
  const run = loadRunnerOffline();
  limitScanTo(root, scanned);
  const result = await run(
    {
      input: root,
      isRelative: false,
      customScan: [],
      excludeFromScan: OFFLINE_EXCLUDED_CHECKS,
      electronVersionOverride: electronVersion(root),
      parserPlugins: [],
    },
    false,
  );

  const unreadable = result.errors.filter((error) => !error.tolerable);
  for (const error of result.errors.filter((candidate) => candidate.tolerable))
    console.warn(`electronegativity warning in ${toProjectPath(root, error.file)}: ${error.message}`);

  const judged = judgeFindings(
    result.issues.map((issue) => toFinding(root, issue)),
    FOLDER_JUSTIFICATIONS,
  );
  const badComments = scanned
    .filter((file) => !file.endsWith('.json'))
    .flatMap((file) => disableComments(toProjectPath(root, file), readFileSync(file, 'utf8')))
    .map((comment) => ({ comment, problem: disableCommentProblem(comment) }))
    .filter((entry) => entry.problem !== null);

  console.log(`electronegativity scanned ${scanned.length} files in ${SCANNED_FOLDERS.join(', ')} and package.json`);
  if (judged.length > 0) console.log(formatTable(judged));
  if (values.report !== undefined)
    writeFileSync(values.report, `${JSON.stringify({ findings: judged, errors: result.errors }, null, 2)}\n`);

  for (const error of unreadable)
    console.error(`electronegativity could not read ${toProjectPath(root, error.file)}: ${error.message}`);
  for (const { comment, problem } of badComments)
    console.error(`${comment.file}:${comment.line}: this eng-disable comment ${problem ?? ''}`);
  const blocking = judged.filter((finding) => finding.verdict === 'fails the run');
  for (const finding of blocking)
    console.error(
      `${finding.severity} ${finding.id} at ${finding.file === 'N/A' ? 'the whole app' : `${finding.file}:${finding.line}`}: ${finding.description}`,
    );

  if (unreadable.length > 0 || scanned.length === 0) return 2;
  if (blocking.length > 0 || badComments.length > 0) {
    console.error(
      `Security scan failed: ${blocking.length} HIGH/MEDIUM finding(s) without a justification, ${badComments.length} disable comment(s) without a reason.`,
    );
    return 1;
  }
  console.log('Security scan passed: no unjustified HIGH or MEDIUM finding.');
  return 0;
}

process.exitCode = await main().catch((error: unknown) => {
  console.error(
    `The security scan could not run: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
  return 2;
});
