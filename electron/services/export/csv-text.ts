/** RFC 4180 CSV: CRLF line ends, fields quoted when they hold a comma, quote, CR or LF, quotes doubled. */

export type CsvValue = string | number | boolean | null;

/** Text a spreadsheet would run as a formula ("=HYPERLINK(…)"): OWASP's CSV-injection prefixes. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: CsvValue): string {
  const raw = value === null ? '' : String(value);
  // A leading apostrophe makes Excel, LibreOffice and Sheets show the text instead of evaluating it.
  const text = typeof value === 'string' && FORMULA_START.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole file: UTF-8 byte order mark (so Excel reads CJK text as UTF-8), a header row, then the rows. */
export function csvFile(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
