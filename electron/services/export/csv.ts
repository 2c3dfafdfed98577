import type { CaseDocument, Citation } from '../../../shared/domain/case-document.ts';
import { codeLabel, actorName } from './export-labels.ts';
import { csvFile, type CsvValue } from './csv-text.ts';

/** The files of a CSV dataset export, by file name, for all the cases given (case-format.md). */
export const CSV_FILE_NAMES = ['issue-rows.csv', 'events.csv', 'quotes.csv', 'codings.csv'] as const;
export type CsvFileName = (typeof CSV_FILE_NAMES)[number];

function citationsText(document: CaseDocument, citations: readonly Citation[]): string {
  const titles = new Map(document.sources.map((source) => [source.id, source.title]));
  return citations
    .map((citation) => {
      const title = titles.get(citation.sourceId) ?? citation.sourceId;
      return citation.locator === null ? title : `${title} (${citation.locator})`;
    })
    .join('; ');
}

function sourceIds(citations: readonly Citation[]): string {
  return [...new Set(citations.map((citation) => citation.sourceId))].join(';');
}

const CASE_COLUMNS = ['case_id', 'case_slug', 'case_title'];
const caseCells = (document: CaseDocument): CsvValue[] => [document.case.id, document.case.slug, document.case.title];
const EVIDENCE_COLUMNS = ['status', 'source_ids', 'citations'];

function issueRowsCsv(documents: readonly CaseDocument[]): string {
  const header = [
    ...CASE_COLUMNS,
    'row_id',
    'position',
    'issue',
    'response',
    'impact',
    'incomplete',
    'scct_strategy',
    'benoit_strategy',
    'actor',
    ...EVIDENCE_COLUMNS,
  ];
  const rows = documents.flatMap((document) =>
    document.issueRows.map((row, index) => [
      ...caseCells(document),
      row.id,
      index + 1,
      row.issue,
      row.response,
      row.impact,
      row.incomplete,
      row.strategy,
      row.benoit,
      actorName(document, row.actorId),
      row.status,
      sourceIds(row.citations),
      citationsText(document, row.citations),
    ]),
  );
  return csvFile(header, rows);
}

function eventsCsv(documents: readonly CaseDocument[]): string {
  const header = [
    ...CASE_COLUMNS,
    'event_id',
    'on',
    'approx',
    'title',
    'detail',
    'kind',
    'scct_strategy',
    'benoit_strategy',
    'actor',
    ...EVIDENCE_COLUMNS,
  ];
  const rows = documents.flatMap((document) =>
    document.events.map((event) => [
      ...caseCells(document),
      event.id,
      event.on,
      event.approx,
      event.title,
      event.detail,
      event.kind,
      event.strategy,
      event.benoit,
      actorName(document, event.actorId),
      event.status,
      sourceIds(event.citations),
      citationsText(document, event.citations),
    ]),
  );
  return csvFile(header, rows);
}

function quotesCsv(documents: readonly CaseDocument[]): string {
  const header = [
    ...CASE_COLUMNS,
    'quote_id',
    'text',
    'verbatim',
    'speaker',
    'actor',
    'on',
    'approx',
    'original',
    'language',
    'scct_strategy',
    'benoit_strategy',
    ...EVIDENCE_COLUMNS,
  ];
  const rows = documents.flatMap((document) =>
    document.quotes.map((quote) => [
      ...caseCells(document),
      quote.id,
      quote.text,
      quote.verbatim,
      quote.speaker,
      actorName(document, quote.actorId),
      quote.on,
      quote.approx,
      quote.original,
      quote.language,
      quote.strategy,
      quote.benoit,
      quote.status,
      sourceIds(quote.citations),
      citationsText(document, quote.citations),
    ]),
  );
  return csvFile(header, rows);
}

/** One row per code applied: the case's crisis type and cluster, and each item's SCCT and Benoit strategy. */
function codingsCsv(documents: readonly CaseDocument[]): string {
  const header = [...CASE_COLUMNS, 'item_kind', 'item_id', 'item_text', 'scheme', 'code', 'label'];
  const rows: CsvValue[][] = [];
  for (const document of documents) {
    const c = document.case;
    if (c.crisisCluster !== null)
      rows.push([...caseCells(document), 'case', c.id, c.title, 'crisis-cluster', c.crisisCluster, c.crisisCluster]);
    if (c.crisisType !== null)
      rows.push([
        ...caseCells(document),
        'case',
        c.id,
        c.title,
        'crisis-type',
        c.crisisType,
        codeLabel(document, 'crisis-type', c.crisisType),
      ]);
    const items = [
      ...document.issueRows.map((row) => ({
        kind: 'issueRow',
        id: row.id,
        text: row.response || row.issue,
        strategy: row.strategy,
        benoit: row.benoit,
      })),
      ...document.events.map((event) => ({
        kind: 'event',
        id: event.id,
        text: event.title,
        strategy: event.strategy,
        benoit: event.benoit,
      })),
      ...document.quotes.map((quote) => ({
        kind: 'quote',
        id: quote.id,
        text: quote.text,
        strategy: quote.strategy,
        benoit: quote.benoit,
      })),
    ];
    for (const item of items) {
      if (item.strategy !== null)
        rows.push([
          ...caseCells(document),
          item.kind,
          item.id,
          item.text,
          'scct-strategy',
          item.strategy,
          codeLabel(document, 'scct-strategy', item.strategy),
        ]);
      if (item.benoit !== null)
        rows.push([
          ...caseCells(document),
          item.kind,
          item.id,
          item.text,
          'benoit-strategy',
          item.benoit,
          codeLabel(document, 'benoit-strategy', item.benoit),
        ]);
    }
  }
  return csvFile(header, rows);
}

/** The four files of the dataset for the given cases, in case order. */
export function casesToCsv(documents: readonly CaseDocument[]): Record<CsvFileName, string> {
  return {
    'issue-rows.csv': issueRowsCsv(documents),
    'events.csv': eventsCsv(documents),
    'quotes.csv': quotesCsv(documents),
    'codings.csv': codingsCsv(documents),
  };
}
