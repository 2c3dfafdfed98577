import { describe, expect, it } from 'vitest';
import { casesToCsv, CSV_FILE_NAMES } from '../../../electron/services/export/csv.ts';
import { readCaseDocument } from '../../../electron/services/case-document.ts';
import { notebookWithSample } from './export-fixtures.ts';

/** A small RFC 4180 reader: quoted fields may hold commas, doubled quotes, CR and LF; records end with CRLF. */
function readCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const character = text[index];
    if (quoted) {
      if (character === '"' && text[index + 1] === '"') {
        field += '"';
        index++;
      } else if (character === '"') quoted = false;
      else field += character;
    } else if (character === '"' && field === '') quoted = true;
    else if (character === ',') {
      record.push(field);
      field = '';
    } else if (character === '\r' && text[index + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      index++;
    } else if (character === '\n' || character === '\r' || character === '"')
      throw new Error(`bare ${JSON.stringify(character)} at ${index}`);
    else field += character;
  }
  if (quoted) throw new Error('unterminated quoted field');
  if (field !== '' || record.length > 0) throw new Error('last record does not end with CRLF');
  return records;
}

function table(text: string): Record<string, string>[] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const [header = [], ...rows] = readCsv(text.slice(1));
  for (const row of rows) expect(row).toHaveLength(header.length);
  return rows.map((row) => Object.fromEntries(header.map((name, index) => [name, row[index] ?? ''])));
}

describe('CSV datasets', () => {
  it('writes the four files, each with a byte order mark and a header row', () => {
    const { notebook, caseId } = notebookWithSample();
    const files = casesToCsv([readCaseDocument(notebook.db, caseId)]);
    expect(Object.keys(files).sort()).toEqual([...CSV_FILE_NAMES].sort());
    for (const name of CSV_FILE_NAMES)
      expect(readCsv(files[name].slice(1))[0]?.slice(0, 2)).toEqual(['case_id', 'case_slug']);
  });

  it('reads back the sample case rows, events, quotes and codings with their case and sources', () => {
    const { notebook, caseId } = notebookWithSample();
    const files = casesToCsv([readCaseDocument(notebook.db, caseId)]);
    const rows = table(files['issue-rows.csv']);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({
      case_id: caseId,
      case_slug: 'xiaomi-kol-2026',
      position: '1',
      issue: 'Allegations of commissioning “black PR”',
      incomplete: 'false',
      scct_strategy: 'apology',
      benoit_strategy: 'mortification',
      status: 'confirmed',
    });
    expect(rows[0]?.citations).toContain('Issue / response / impact table, row 1');
    expect(rows[2]).toMatchObject({ incomplete: 'true', response: '', impact: '' });
    const events = table(files['events.csv']);
    expect(events.map((event) => [event.on, event.approx, event.kind])).toEqual([
      ['2026-01', 'true', 'allegation'],
      ['2026-01', 'true', 'apology'],
      ['2026-01', 'true', 'corrective-action'],
    ]);
    const [quote] = table(files['quotes.csv']);
    expect(quote).toMatchObject({ speaker: 'Xu Jieyun', verbatim: 'false', on: '2026-01' });
    const codings = table(files['codings.csv']);
    expect(
      codings.filter((coding) => coding.item_kind === 'case').map((coding) => [coding.scheme, coding.code]),
    ).toEqual([
      ['crisis-cluster', 'accidental'],
      ['crisis-type', 'challenge'],
    ]);
    expect(codings).toContainEqual(
      expect.objectContaining({
        item_kind: 'issueRow',
        scheme: 'benoit-strategy',
        code: 'mortification',
        label: 'Mortification',
      }),
    );
  });

  it('quotes commas, quotation marks, line breaks and keeps CJK text, across several cases', () => {
    const { notebook, caseId } = notebookWithSample();
    const { id } = notebook.call('cases.create', { title: '小米 “黑公关”, again' });
    const tricky = 'He said "no", then\r\nleft, 然后道歉\nagain';
    notebook.call('issueRows.create', { caseId: id, fields: { issue: tricky, response: ' padded ', impact: '=1+1' } });
    const files = casesToCsv([readCaseDocument(notebook.db, caseId), readCaseDocument(notebook.db, id)]);
    const rows = table(files['issue-rows.csv']);
    expect(rows).toHaveLength(4);
    expect(rows[3]).toMatchObject({
      case_id: id,
      case_title: '小米 “黑公关”, again',
      issue: tricky,
      response: ' padded ',
      // A spreadsheet shows it as text rather than running it (CSV injection).
      impact: "'=1+1",
      position: '1',
    });
  });

  it('never hands a spreadsheet a formula: text opening with = + - @ is kept as text', () => {
    const { notebook } = notebookWithSample();
    const { id } = notebook.call('cases.create', { title: 'Formulas' });
    const hostile = ['=HYPERLINK("http://evil.example","x")', '+1', '-2+3', '@SUM(A1)'];
    for (const issue of hostile) notebook.call('issueRows.create', { caseId: id, fields: { issue } });
    const rows = table(casesToCsv([readCaseDocument(notebook.db, id)])['issue-rows.csv']);
    expect(rows.map((row) => row.issue)).toEqual(hostile.map((text) => `'${text}`));
  });
});
