import type { Quote } from '../../shared/domain/case-document.ts';
import type { NotebookDb } from './database.ts';
import { fromFlag, toFlag } from './sql-values.ts';

export type QuoteFields = Omit<Quote, 'citations'>;

interface QuoteRow {
  id: string;
  case_id: string;
  text: string;
  verbatim: number;
  speaker: string | null;
  actor_id: string | null;
  on_date: string | null;
  approx: number;
  original: string | null;
  language: string | null;
  strategy: string | null;
  benoit: string | null;
  status: string;
  deleted_at: string | null;
}

export interface StoredQuote {
  readonly quote: QuoteFields;
  readonly caseId: string;
  readonly deletedAt: string | null;
}

function quoteFromRow(row: QuoteRow): QuoteFields {
  return {
    id: row.id,
    text: row.text,
    verbatim: fromFlag(row.verbatim),
    speaker: row.speaker,
    actorId: row.actor_id,
    on: row.on_date,
    approx: fromFlag(row.approx),
    original: row.original,
    language: row.language,
    strategy: row.strategy,
    benoit: row.benoit,
    status: row.status as Quote['status'],
  };
}

function parameters(quote: QuoteFields) {
  return {
    id: quote.id,
    text: quote.text,
    verbatim: toFlag(quote.verbatim),
    speaker: quote.speaker,
    actor_id: quote.actorId,
    on_date: quote.on,
    approx: toFlag(quote.approx),
    original: quote.original,
    language: quote.language,
    strategy: quote.strategy,
    benoit: quote.benoit,
    status: quote.status,
  };
}

export function insertQuote(db: NotebookDb, caseId: string, position: number, quote: QuoteFields): void {
  db.prepare(
    `INSERT INTO quotes (id, case_id, position, text, verbatim, speaker, actor_id, on_date, approx, original, language, strategy, benoit, status)
     VALUES (:id, :case_id, :position, :text, :verbatim, :speaker, :actor_id, :on_date, :approx, :original, :language, :strategy, :benoit, :status)`,
  ).run({ ...parameters(quote), case_id: caseId, position });
}

export function updateQuote(db: NotebookDb, quote: QuoteFields): void {
  db.prepare(
    `UPDATE quotes SET text = :text, verbatim = :verbatim, speaker = :speaker, actor_id = :actor_id, on_date = :on_date,
       approx = :approx, original = :original, language = :language, strategy = :strategy, benoit = :benoit, status = :status
     WHERE id = :id`,
  ).run(parameters(quote));
}

export function getQuote(db: NotebookDb, id: string): StoredQuote | undefined {
  const row = db.prepare('SELECT * FROM quotes WHERE id = ?').get(id) as QuoteRow | undefined;
  return row && { quote: quoteFromRow(row), caseId: row.case_id, deletedAt: row.deleted_at };
}

export function liveQuotesOfCase(db: NotebookDb, caseId: string): QuoteFields[] {
  const rows = db
    .prepare('SELECT * FROM quotes WHERE case_id = ? AND deleted_at IS NULL ORDER BY position, id')
    .all(caseId) as QuoteRow[];
  return rows.map(quoteFromRow);
}
