import type { CasebookBridge } from '../../shared/contract/bridge.ts';
import type { PushEventName, PushPayload } from '../../shared/contract/events.ts';
import { procedures } from '../../shared/contract/procedures.ts';
import type { ParsedRequestOf, ProcedureName, ResponseOf, TrashEntry } from '../../shared/contract/procedures.ts';
import { CasebookError, describeZodError, fail, ok } from '../../shared/contract/result.ts';
import type { Result } from '../../shared/contract/result.ts';
import type { CaseDocument, CaseOverview, IssueRow } from '../../shared/domain/case-document.ts';

/**
 * An in-memory window.casebook for component tests: requests are parsed with the real contract schemas,
 * writes announce the contract's tables, and every call is recorded. Only the procedures the first window
 * uses are implemented; any other answers 'unknown-procedure' so a test notices.
 */
export interface RecordedCall {
  readonly procedure: string;
  readonly request: unknown;
}

type Handler = (request: never) => unknown;

let counter = 0;
function newId(prefix: string): string {
  counter++;
  return `${prefix}${String(counter).padStart(6, '0')}`;
}
function clock(): string {
  counter++;
  return new Date(Date.UTC(2026, 0, 1, 0, 0, counter)).toISOString();
}

export class FakeNotebook {
  readonly cases = new Map<string, CaseDocument>();
  readonly trash: (TrashEntry & { payload: unknown })[] = [];
  readonly calls: RecordedCall[] = [];
  /** Set to make the next matching write fail with this error (once). */
  failNext: { procedure: ProcedureName; error: CasebookError } | null = null;
  /** When set, calls wait for this promise before answering (to observe "Saving…"). */
  gate: Promise<void> | null = null;
  flushers = new Set<() => Promise<void>>();
  private readonly listeners = new Map<string, Set<(payload: unknown) => void>>();

  callsTo(procedure: ProcedureName): RecordedCall[] {
    return this.calls.filter((recorded) => recorded.procedure === procedure);
  }

  emit<E extends PushEventName>(event: E, payload: PushPayload<E>): void {
    for (const listener of this.listeners.get(event) ?? []) listener(payload);
  }

  /** What the test rig and the main process do before the window closes. */
  async requestFlush(): Promise<void> {
    await Promise.all([...this.flushers].map((flush) => flush()));
  }

  addCase(fields: Partial<CaseOverview> & { title: string }, content: Partial<CaseDocument> = {}): CaseDocument {
    const id = fields.id ?? newId('case');
    const now = clock();
    const document: CaseDocument = {
      format: 'casebook.case/v1',
      case: {
        id,
        slug: id,
        summary: '',
        status: 'draft',
        crisisCluster: null,
        crisisType: null,
        crisisHistory: null,
        priorReputation: null,
        industry: null,
        region: null,
        startedOn: null,
        startedApprox: false,
        endedOn: null,
        endedApprox: false,
        tags: [],
        createdAt: now,
        updatedAt: now,
        ...fields,
      },
      narrative: { formatVersion: 1, lexical: null, text: '' },
      actors: [],
      issueRows: [],
      events: [],
      quotes: [],
      facts: [],
      lessons: [],
      conflicts: [],
      sources: [],
      codebook: [],
      ...content,
    };
    this.cases.set(id, document);
    return document;
  }

  addRows(caseId: string, texts: readonly (Partial<IssueRow> & { issue: string })[]): IssueRow[] {
    const document = this.require(caseId);
    const rows = texts.map((fields) => this.row(fields));
    document.issueRows.push(...rows);
    return rows;
  }

  private row(fields: Partial<IssueRow>): IssueRow {
    return {
      id: newId('row'),
      issue: '',
      response: '',
      impact: '',
      incomplete: false,
      strategy: null,
      benoit: null,
      actorId: null,
      status: 'confirmed',
      citations: [],
      ...fields,
    };
  }

  private require(caseId: string): CaseDocument {
    const document = this.cases.get(caseId);
    if (!document) throw new CasebookError('not-found', `No case "${caseId}".`);
    return document;
  }

  private caseOfRow(rowId: string): CaseDocument {
    for (const document of this.cases.values()) if (document.issueRows.some((row) => row.id === rowId)) return document;
    throw new CasebookError('not-found', `No row "${rowId}".`);
  }

  private touch(document: CaseDocument): void {
    document.case.updatedAt = clock();
  }

  private readonly handlers: Partial<{ [P in ProcedureName]: (request: ParsedRequestOf<P>) => ResponseOf<P> }> = {
    'notebook.info': () => ({
      path: '/tmp/fake.casebook',
      schemaVersion: 1,
      caseCount: this.cases.size,
      sampleAvailable: ![...this.cases.values()].some((document) => document.case.slug === 'xiaomi-kol-2026'),
      readonly: false,
    }),
    'notebook.addSample': () => {
      const document = this.addCase(
        { title: 'Xiaomi and the KOL “black PR” controversy', slug: 'xiaomi-kol-2026', startedOn: '2026-01' },
        { narrative: { formatVersion: 1, lexical: null, text: 'In January 2026 a row over paid influencers grew.' } },
      );
      this.addRows(document.case.id, [
        { issue: 'Paid KOL posts alleged', response: 'Denied', impact: 'Trending topic' },
      ]);
      return { caseId: document.case.id };
    },
    'cases.list': (request) => {
      const all = [...this.cases.values()]
        .map((document) => document.case)
        .filter((overview) => !request.query || overview.title.toLowerCase().includes(request.query.toLowerCase()))
        .sort((a, b) => (a.updatedAt === b.updatedAt ? (a.id < b.id ? 1 : -1) : a.updatedAt < b.updatedAt ? 1 : -1));
      const after = request.after;
      const start = after
        ? all.findIndex(
            (overview) =>
              overview.updatedAt < after.updatedAt ||
              (overview.updatedAt === after.updatedAt && overview.id < after.id),
          )
        : 0;
      const page = start < 0 ? [] : all.slice(start, start + request.limit);
      return {
        cases: page.map((overview) => ({
          id: overview.id,
          slug: overview.slug,
          title: overview.title,
          status: overview.status,
          startedOn: overview.startedOn,
          startedApprox: overview.startedApprox,
          endedOn: overview.endedOn,
          crisisCluster: overview.crisisCluster,
          crisisType: overview.crisisType,
          tags: overview.tags,
          updatedAt: overview.updatedAt,
        })),
        // The fake pages only with the old `after` cursor; it never hands out an opaque one.
        nextCursor: null,
        hasMore: start >= 0 && start + request.limit < all.length,
      };
    },
    'cases.create': (request) => this.addCase({ title: request.title ?? 'Untitled case' }).case,
    'cases.get': (request) => structuredClone(this.require(request.id)),
    'cases.update': (request) => {
      const document = this.require(request.id);
      Object.assign(document.case, request.patch);
      this.touch(document);
      return document.case;
    },
    'cases.delete': (request) => {
      const document = this.require(request.id);
      this.cases.delete(request.id);
      const entry = {
        id: newId('trash'),
        kind: 'case' as const,
        itemId: request.id,
        caseId: null,
        label: document.case.title,
        deletedAt: clock(),
        payload: document,
      };
      this.trash.push(entry);
      return { trashId: entry.id };
    },
    'issueRows.create': (request) => {
      const document = this.require(request.caseId);
      const row = this.row(request.fields);
      const at =
        request.afterId === undefined
          ? document.issueRows.length
          : request.afterId === null
            ? 0
            : document.issueRows.findIndex((existing) => existing.id === request.afterId) + 1;
      document.issueRows.splice(at, 0, row);
      return row;
    },
    'issueRows.update': (request) => {
      const document = this.caseOfRow(request.id);
      const row = document.issueRows.find((candidate) => candidate.id === request.id)!;
      Object.assign(row, request.patch);
      return row;
    },
    'issueRows.reorder': (request) => {
      const document = this.require(request.caseId);
      const current = document.issueRows.map((row) => row.id);
      if (current.length !== request.ids.length || !current.every((id) => request.ids.includes(id)))
        throw new CasebookError('invalid-request', 'ids: must list every row of the case exactly once');
      document.issueRows.sort((a, b) => request.ids.indexOf(a.id) - request.ids.indexOf(b.id));
      return { ids: request.ids };
    },
    'issueRows.delete': (request) => {
      const document = this.caseOfRow(request.id);
      const index = document.issueRows.findIndex((row) => row.id === request.id);
      const [row] = document.issueRows.splice(index, 1);
      const entry = {
        id: newId('trash'),
        kind: 'issueRow' as const,
        itemId: request.id,
        caseId: document.case.id,
        label: row!.issue,
        deletedAt: clock(),
        payload: { row, index },
      };
      this.trash.push(entry);
      return { trashId: entry.id };
    },
    'trash.list': () => ({ entries: this.trash.map(({ payload: _payload, ...entry }) => entry).reverse() }),
    'trash.restore': (request) => {
      const index = this.trash.findIndex((entry) => entry.id === request.id);
      if (index < 0) throw new CasebookError('not-found', `Nothing in the trash with id "${request.id}".`);
      const [entry] = this.trash.splice(index, 1);
      if (entry!.kind === 'case') this.cases.set(entry!.itemId, entry!.payload as CaseDocument);
      else {
        const { row, index: at } = entry!.payload as { row: IssueRow; index: number };
        this.require(entry!.caseId!).issueRows.splice(at, 0, row);
      }
      return {
        kind: entry!.kind,
        itemId: entry!.itemId,
        caseId: entry!.kind === 'case' ? entry!.itemId : entry!.caseId,
      };
    },
  };

  private async answer(procedure: ProcedureName, request: unknown): Promise<Result<unknown>> {
    this.calls.push({ procedure, request: structuredClone(request) });
    if (this.gate) await this.gate;
    else await Promise.resolve();
    const handler = this.handlers[procedure] as Handler | undefined;
    if (!handler) return fail('unknown-procedure', `The fake notebook does not implement "${procedure}".`);
    const parsed = procedures[procedure].request.safeParse(request);
    if (!parsed.success) return fail('invalid-request', describeZodError(parsed.error));
    if (this.failNext?.procedure === procedure) {
      const { error } = this.failNext;
      this.failNext = null;
      return fail(error.code, error.message);
    }
    try {
      const value = handler(parsed.data as never);
      const writes = procedures[procedure].writes;
      if (writes.length > 0) queueMicrotask(() => this.emit('tables-changed', { tables: [...writes] }));
      return ok(structuredClone(value));
    } catch (error) {
      if (error instanceof CasebookError) return fail(error.code, error.message);
      throw error;
    }
  }

  bridge(): CasebookBridge {
    return {
      call: (procedure, request) => this.answer(procedure, request) as never,
      on: (event, listener) => {
        const set = this.listeners.get(event) ?? new Set();
        this.listeners.set(event, set);
        const untyped = listener as (payload: unknown) => void;
        set.add(untyped);
        return () => set.delete(untyped);
      },
      openExternal: () => Promise.resolve(ok({ opened: true })),
      savePdf: (request) => {
        this.calls.push({ procedure: 'savePdf', request });
        return Promise.resolve(ok({ saved: true, path: '/tmp/case.pdf', bytes: 1000 }));
      },
      openBackupCopy: (path) => {
        this.calls.push({ procedure: 'openBackupCopy', request: path });
        return Promise.resolve(ok({ opened: true }));
      },
      onFlushRequest: (flush) => {
        this.flushers.add(flush);
        return () => this.flushers.delete(flush);
      },
    };
  }
}

/** Installs a fresh fake notebook as window.casebook. */
export function installFakeNotebook(): FakeNotebook {
  const notebook = new FakeNotebook();
  window.casebook = notebook.bridge();
  return notebook;
}
