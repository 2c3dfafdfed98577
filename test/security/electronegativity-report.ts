/**
 * Reading electronegativity's findings: which ones fail the run, which `eng-disable` comments carry a
 * written reason, and the table the scan prints. Pure functions, so the rules are tested on their own.
 */

export type Severity = 'INFORMATIONAL' | 'LOW' | 'MEDIUM' | 'HIGH';

export interface Finding {
  readonly id: string;
  readonly severity: Severity;
  readonly confidence: string;
  /** Relative to the project root, with forward slashes; 'N/A' for a whole-app (global) finding. */
  readonly file: string;
  readonly line: number;
  readonly description: string;
}

/**
 * A finding that is a false positive for a whole folder, with the reason. Used only where the comment
 * cannot sit on the line itself for a reason stated here.
 */
export interface FolderJustification {
  readonly id: string;
  readonly folder: string;
  readonly reason: string;
}

export type Verdict = 'fails the run' | 'justified' | 'below the bar';

export interface JudgedFinding extends Finding {
  readonly verdict: Verdict;
  readonly justification?: string;
}

export const BLOCKING_SEVERITIES: ReadonlySet<Severity> = new Set(['HIGH', 'MEDIUM']);

export function judgeFindings(
  findings: readonly Finding[],
  folderJustifications: readonly FolderJustification[],
): JudgedFinding[] {
  return findings.map((finding) => {
    if (!BLOCKING_SEVERITIES.has(finding.severity)) return { ...finding, verdict: 'below the bar' };
    const rule = folderJustifications.find(
      (candidate) => candidate.id === finding.id && finding.file.startsWith(candidate.folder),
    );
    return rule === undefined
      ? { ...finding, verdict: 'fails the run' }
      : { ...finding, verdict: 'justified', justification: rule.reason };
  });
}

export interface DisableComment {
  readonly file: string;
  readonly line: number;
  readonly checks: readonly string[];
  /** The text after ` -- `, or '' when the comment gives none. */
  readonly reason: string;
  /** Everything after the check names (the reason with its `--`, or text electronegativity ignores). */
  readonly rest: string;
}

/** The shortest reason accepted: a few words, not a token like "ok" or "fp". */
export const MIN_REASON_LENGTH = 20;

// electronegativity reads the check names as the run of word characters and spaces after `eng-disable`;
// the reason therefore starts with `--`, which ends that run.
const DISABLE_COMMENT = /(?:\/\/|\/\*|<!--)[ \t]*eng-disable[ \t]+([\w \t]*)(.*)$/u;
const COMMENT_END = /[ \t]*(?:\*\/|-->)[ \t]*$/u;

/** Every `eng-disable` comment in a source file, with the checks it names and the reason it gives. */
export function disableComments(file: string, text: string): DisableComment[] {
  const comments: DisableComment[] = [];
  text.split(/\r?\n/u).forEach((lineText, index) => {
    if (!lineText.includes('eng-disable')) return;
    const match = DISABLE_COMMENT.exec(lineText.replace(COMMENT_END, ''));
    const checks = (match?.[1] ?? '').split(/[ \t]+/u).filter((name) => name.length > 0);
    const rest = (match?.[2] ?? '').trim();
    comments.push({ file, line: index + 1, checks, reason: rest.startsWith('--') ? rest.slice(2).trim() : '', rest });
  });
  return comments;
}

/** Why a disable comment is not acceptable, or null when it names checks and says why. */
export function disableCommentProblem(comment: DisableComment): string | null {
  if (comment.checks.length === 0) return 'names no check';
  if (comment.rest !== '' && !comment.rest.startsWith('--'))
    return `must list its checks separated by spaces, then "-- reason" (electronegativity ignores what follows "${comment.rest.slice(0, 20)}")`;
  if (comment.reason.length < MIN_REASON_LENGTH)
    return `gives no written reason (write "eng-disable ${comment.checks.join(' ')} -- why this is safe")`;
  return null;
}

function cell(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);
}

/** A plain-text table, one finding a row, most severe first. */
export function formatTable(findings: readonly JudgedFinding[]): string {
  const order: readonly Severity[] = ['HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL'];
  const rows = [...findings].sort((a, b) => order.indexOf(a.severity) - order.indexOf(b.severity));
  const header = `${cell('severity', 13)} ${cell('check', 40)} ${cell('where', 48)} verdict`;
  const lines = rows.map(
    (finding) =>
      `${cell(finding.severity, 13)} ${cell(finding.id, 40)} ${cell(
        finding.file === 'N/A' ? '(whole app)' : `${finding.file}:${finding.line}`,
        48,
      )} ${finding.verdict}${finding.justification === undefined ? '' : `: ${finding.justification}`}`,
  );
  return [header, '-'.repeat(header.length + 10), ...lines].join('\n');
}
