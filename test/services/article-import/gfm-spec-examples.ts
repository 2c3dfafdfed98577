import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';

/** One example of the GFM table spec: its Markdown, and the tables its expected HTML holds (cell text). */
export interface SpecExample {
  readonly number: number;
  /** The heading the example sits under, e.g. "Embedded pipes". */
  readonly section: string;
  readonly markdown: string;
  readonly tables: readonly ExpectedTable[];
}
export interface ExpectedTable {
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

const projectRoot = path.resolve(import.meta.dirname, '../../..');
const FENCE = '````````````````````````````````';

/**
 * The spec file is cmark's test format: each example sits between a line of 32 backticks followed by
 * " example" and a line of 32 backticks; a line holding only "." separates the Markdown from the HTML.
 * "→" stands for a tab in the Markdown.
 */
export function readSpecExamples(): SpecExample[] {
  const text = readFileSync(path.resolve(projectRoot, '../shared/fixtures/markdown/gfm-tables-spec.txt'), 'utf8');
  const lines = text.split('\n');
  const examples: SpecExample[] = [];
  let section = '';
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!;
    const heading = /^#{2,}\s+(.*)$/.exec(line);
    if (heading) section = heading[1]!.trim();
    if (line !== `${FENCE} example`) continue;
    const body: string[] = [];
    for (i += 1; i < lines.length && lines[i] !== FENCE; i += 1) body.push(lines[i]!);
    const dot = body.indexOf('.');
    examples.push({
      number: examples.length + 1,
      section,
      markdown: body.slice(0, dot).join('\n').replace(/→/g, '\t') + '\n',
      tables: tablesInHtml(body.slice(dot + 1).join('\n')),
    });
  }
  return examples;
}

function tablesInHtml(html: string): ExpectedTable[] {
  const { document } = new JSDOM(`<body>${html}</body>`).window;
  return Array.from(document.querySelectorAll('table')).map((table) => {
    const cellsOf = (row: Element): string[] =>
      Array.from(row.querySelectorAll('th, td')).map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim());
    const header = Array.from(table.querySelectorAll('thead tr')).map(cellsOf)[0] ?? [];
    const rows = Array.from(table.querySelectorAll('tbody tr')).map(cellsOf);
    return { header, rows };
  });
}
