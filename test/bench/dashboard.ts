/**
 * Dashboard and comparison benchmark (issue 6): `node test/bench/dashboard.ts [cases]`.
 * Writes a notebook of 10,000 coded cases (or [cases]), each with 12 events, 6 issue rows and 3 quotes,
 * then prints p50 / p95 of notebook.dashboard and of cases.compare for 8 cases through dispatch, as the
 * window calls them. Figures, not a pass/fail test.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BENOIT_STRATEGIES, CRISIS_TYPES, SCCT_STRATEGIES } from '../../shared/domain/codebook.ts';
import { EVENT_KINDS } from '../../shared/domain/case-document.ts';
import { dispatch } from '../../electron/services/dispatch.ts';
import { insertCase } from '../../electron/store/cases.ts';
import { inWriteTransaction } from '../../electron/store/database.ts';
import { insertEvent } from '../../electron/store/events.ts';
import { newId } from '../../electron/store/ids.ts';
import { insertIssueRow } from '../../electron/store/issue-rows.ts';
import { openNotebook } from '../../electron/store/notebook.ts';
import { insertQuote } from '../../electron/store/quotes.ts';

const count = Number(process.argv[2] ?? 10_000);
if (!Number.isInteger(count) || count < 2) throw new Error('usage: node test/bench/dashboard.ts [cases]');
const RUNS = 30;

function pick<T>(list: readonly T[], index: number): T {
  return list[index % list.length]!;
}

function day(index: number, offset: number): string {
  const date = new Date(Date.UTC(2000 + (index % 26), index % 12, 1 + (index % 27)) + offset * 86_400_000);
  const text = date.toISOString();
  // Every precision: most to the day, some to the minute, some to the month.
  if (index % 7 === 0) return text.slice(0, 7);
  if (index % 5 === 0) return `${text.slice(0, 16)}Z`;
  return text.slice(0, 10);
}

function seed(path: string): string[] {
  const notebook = openNotebook(path, { create: true });
  try {
    return inWriteTransaction(notebook.db, () => {
      const ids: string[] = [];
      const now = new Date().toISOString();
      for (let index = 0; index < count; index++) {
        const id = newId();
        ids.push(id);
        const type = index % 9 === 0 ? null : pick(CRISIS_TYPES, index);
        insertCase(notebook.db, {
          id,
          slug: `case-${index}`,
          title: `Case ${index}`,
          summary: 'A generated case.',
          status: 'draft',
          crisisCluster: type?.cluster ?? null,
          crisisType: type?.id ?? null,
          crisisHistory: index % 4 === 0,
          priorReputation: null,
          industry: null,
          region: null,
          startedOn: day(index, 0).slice(0, 10),
          startedApprox: false,
          endedOn: null,
          endedApprox: false,
          createdAt: now,
          updatedAt: now,
        });
        for (let event = 0; event < 12; event++)
          insertEvent(notebook.db, id, {
            id: newId(),
            on: day(index, event * 2),
            approx: event % 6 === 5,
            title: `Event ${event} of case ${index}`,
            detail: null,
            kind: pick(EVENT_KINDS, index + event),
            strategy: event % 3 === 0 ? pick(SCCT_STRATEGIES, index + event).id : null,
            benoit: event % 4 === 1 ? pick(BENOIT_STRATEGIES, index).id : null,
            actorId: null,
            status: event === 11 ? 'suggested' : 'confirmed',
          });
        for (let row = 0; row < 6; row++)
          insertIssueRow(notebook.db, id, row, {
            id: newId(),
            issue: `Issue ${row}`,
            response: `Response ${row}`,
            impact: `Impact ${row} of case ${index}`,
            incomplete: false,
            strategy: row % 2 === 0 ? pick(SCCT_STRATEGIES, index + row).id : null,
            benoit: null,
            actorId: null,
            status: 'confirmed',
          });
        for (let quote = 0; quote < 3; quote++)
          insertQuote(notebook.db, id, quote, {
            id: newId(),
            text: `Quote ${quote}`,
            verbatim: true,
            speaker: null,
            actorId: null,
            on: null,
            approx: false,
            original: null,
            language: null,
            strategy: null,
            benoit: pick(BENOIT_STRATEGIES, index + quote).id,
            status: 'confirmed',
          });
      }
      return ids;
    });
  } finally {
    notebook.close();
  }
}

function percentiles(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
  return `p50 ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms`;
}

/** Wall-clock and CPU time of each run: on a shared, loaded machine the CPU time is the steadier figure. */
function time(run: () => void): { wall: number[]; cpu: number[] } {
  run(); // warm the statement cache
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let index = 0; index < RUNS; index++) {
    const start = performance.now();
    const startCpu = process.cpuUsage();
    run();
    const used = process.cpuUsage(startCpu);
    wall.push(performance.now() - start);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall, cpu };
}

function report(name: string, samples: { wall: number[]; cpu: number[] }): void {
  console.log(`${name}: wall ${percentiles(samples.wall)}; CPU ${percentiles(samples.cpu)} (${RUNS} runs)`);
}

const dir = mkdtempSync(join(tmpdir(), 'casebook-dashboard-bench-'));
try {
  const path = join(dir, 'bench.casebook');
  const seeding = performance.now();
  const ids = seed(path);
  console.log(`${count.toLocaleString('en')} cases seeded in ${((performance.now() - seeding) / 1000).toFixed(1)} s`);
  const notebook = openNotebook(path, { create: false });
  try {
    const ok = (result: ReturnType<typeof dispatch>) => {
      if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    };
    const dashboard = time(() => ok(dispatch(notebook.db, 'notebook.dashboard', {})));
    report('notebook.dashboard', dashboard);
    const caseIds = ids.slice(0, 8);
    const compare = time(() => ok(dispatch(notebook.db, 'cases.compare', { caseIds })));
    report('cases.compare, 8 cases', compare);
  } finally {
    notebook.close();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
