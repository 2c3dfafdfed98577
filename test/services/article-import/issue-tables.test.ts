import { describe, expect, it } from 'vitest';
import { issueColumns } from '../../../electron/services/article-import/issue-table.ts';
import { parseArticle } from '../../../electron/services/article-import/parse-article.ts';

const cells = (rows: readonly { issue: string; response: string; impact: string }[]) =>
  rows.map((row) => [row.issue, row.response, row.impact]);

describe('which tables are issue / response / impact tables', () => {
  it.each([
    [['Issue', 'Response', 'Impact'], { issue: 0, response: 1, impact: 2 }],
    [['Problem', 'What the company did', 'Consequence'], { issue: 0, response: 1, impact: 2 }],
    [['Allegation', 'Xiaomi’s Response', 'Industry Impact'], { issue: 0, response: 1, impact: 2 }],
    [['Concern', "Samsung's response", 'Outcome'], { issue: 0, response: 1, impact: 2 }],
    [['**IMPACT**', 'action', 'ISSUES'], { issue: 2, response: 1, impact: 0 }],
    [['Date', 'Issue', 'Corrective action', 'Effect on sales'], { issue: 1, response: 2, impact: 3 }],
  ])('%j', (header, expected) => {
    expect(issueColumns(header)).toEqual(expected);
  });

  it.each([[['Year', 'Revenue', 'Profit']], [['Issue', 'Date', 'Impact']], [['Name', 'Role']]])(
    '%j is not one',
    (header) => {
      expect(issueColumns(header)).toBeNull();
    },
  );

  it('leaves other tables in the narrative as tables', () => {
    const parsed = parseArticle({
      text: '# Results\n\n| Year | Revenue |\n|---|---|\n| 2024 | 10 |\n| 2025 | 12 |\n',
      format: 'markdown',
    });
    expect(parsed.rows).toEqual([]);
    expect(parsed.model.blocks).toEqual([
      expect.objectContaining({
        type: 'table',
        header: ['Year', 'Revenue'],
        rows: [
          ['2024', '10'],
          ['2025', '12'],
        ],
      }),
    ]);
    expect(JSON.stringify(parsed.lexical)).toContain('"type":"tablecell"');
  });
});

describe('broken tables keep every word', () => {
  it('a last row cut off mid-cell is kept, marked incomplete, with a warning', () => {
    const text = [
      'Intro.',
      '',
      '| Problem | Response | Consequence |',
      '| --- | --- | --- |',
      '| Leak | Apology | Boycott |',
      '| Recall | Fixed the fir',
    ].join('\n');
    const parsed = parseArticle({ text, format: 'markdown' });
    expect(cells(parsed.rows)).toEqual([
      ['Leak', 'Apology', 'Boycott'],
      ['Recall', 'Fixed the fir', ''],
    ]);
    expect(parsed.rows.map((row) => row.incomplete)).toEqual([false, true]);
    expect(parsed.warnings).toContainEqual(expect.stringContaining('row 2 (“Recall”) is cut off in the article'));
  });

  it('a row with missing cells is marked incomplete; extra cells are added to its impact', () => {
    const text = [
      '| Issue | Response | Impact |',
      '|:--|:-:|--:|',
      '| Only the issue |',
      '| A | B | C | D | E |',
      '| Escaped \\| pipe | ok | fine |',
    ].join('\n');
    const parsed = parseArticle({ text, format: 'markdown' });
    expect(cells(parsed.rows)).toEqual([
      ['Only the issue', '', ''],
      ['A', 'B', 'C | D | E'],
      ['Escaped | pipe', 'ok', 'fine'],
    ]);
    expect(parsed.rows.map((row) => row.incomplete)).toEqual([true, false, false]);
    expect(parsed.warnings).toContainEqual(expect.stringContaining('has 1 of 3 cells'));
    expect(parsed.warnings).toContainEqual(expect.stringContaining('more cells than the header'));
  });

  it('tables without outer pipes work in Markdown and in plain text', () => {
    const table = 'Issue | Response | Impact\n--- | --- | ---\nLeak | Apology | Boycott\n';
    for (const format of ['markdown', 'text'] as const) {
      const parsed = parseArticle({ text: `Story of the leak\n\nThe body of the story.\n\n${table}`, format });
      expect(cells(parsed.rows)).toEqual([['Leak', 'Apology', 'Boycott']]);
      expect(parsed.text).not.toContain('Apology');
    }
  });

  it('an issue table written without its alignment row is still read, in Markdown and in plain text', () => {
    const text =
      'Acme\n\n| Issue | Response | Impact |\n| Leak | Apology | Boycott |\n| Recall | Refund | Shares fell |\n';
    for (const format of ['markdown', 'text'] as const) {
      const parsed = parseArticle({ text, format });
      expect(cells(parsed.rows)).toEqual([
        ['Leak', 'Apology', 'Boycott'],
        ['Recall', 'Refund', 'Shares fell'],
      ]);
    }
    // Other pipe lines without an alignment row stay text, as GFM says.
    const other = parseArticle({ text: 'Acme\n\n| Year | Sales |\n| 2024 | 10 |\n', format: 'markdown' });
    expect(other.rows).toEqual([]);
    expect(other.text).toContain('| Year | Sales |');
  });

  it('reads Casebook’s own exported issue table: coding and notes go with each row, "incomplete" marks it', () => {
    const text = [
      '| Issue | Response | Impact | Coding | Notes |',
      '| --- | --- | --- | --- | --- |',
      '| Leak | Apology | Boycott | SCCT: rebuild / apology | [^1] |',
      '| Recall | | | | *incomplete* [^2] |',
      '',
      '[^1]: The article.',
      '[^2]: The article, row 2.',
    ].join('\n');
    const parsed = parseArticle({ text, format: 'markdown' });
    expect(cells(parsed.rows)).toEqual([
      ['Leak', 'Apology', 'Boycott'],
      ['Recall', '', ''],
    ]);
    expect(parsed.rows.map((row) => row.incomplete)).toEqual([false, true]);
    expect(parsed.rows[0]!.extra).toEqual({ Coding: 'SCCT: rebuild / apology', Notes: '[^1]' });
    expect(parsed.model.blocks.some((block) => block.type === 'table')).toBe(false);
  });

  it('a table with an extra column also stays in the narrative so its text is not lost', () => {
    const text = '| Date | Issue | Response | Impact |\n|---|---|---|---|\n| May | Leak | Apology | Boycott |\n';
    const parsed = parseArticle({ text, format: 'markdown' });
    expect(cells(parsed.rows)).toEqual([['Leak', 'Apology', 'Boycott']]);
    expect(parsed.rows[0]!.extra).toEqual({ Date: 'May' });
    expect(parsed.text).toContain('May');
  });
});

describe('issue tables in HTML and plain-text labels', () => {
  it('reads an HTML table with th headers', () => {
    const html = `<html><head><title>Crisis</title></head><body><article><h1>Crisis at Acme</h1>
      <p>${'Acme faced a recall in spring, and the company answered quickly. '.repeat(8)}</p>
      <table><thead><tr><th>Concern</th><th>Acme's response</th><th>Outcome</th></tr></thead>
      <tbody><tr><td>Battery <b>fires</b></td><td>Recalled 10,000 units</td><td>Shares fell 4%</td></tr>
      <tr><td>Slow disclosure</td><td>Published a timeline</td><td></td></tr></tbody></table>
      <p>${'Analysts said the response was adequate overall. '.repeat(8)}</p></article></body></html>`;
    const parsed = parseArticle({ text: html, format: 'html' });
    expect(cells(parsed.rows)).toEqual([
      ['Battery fires', 'Recalled 10,000 units', 'Shares fell 4%'],
      ['Slow disclosure', 'Published a timeline', ''],
    ]);
    expect(parsed.text).not.toContain('Recalled 10,000 units');
    expect(parsed.text).toContain('Analysts said the response was adequate');
  });

  it('reads "Issue: … Response: … Impact: …" on one line or over consecutive lines', () => {
    const text = [
      'Acme recall',
      '',
      'Issue: Battery fires. Response: Recalled every unit. Impact: Shares fell.',
      '',
      'Problem: Slow disclosure',
      'Response: Published a timeline',
      'Impact: Regulator inquiry',
      '',
      'Concern: Staff morale; Response: Town hall',
      '',
      'The rest of the story.',
    ].join('\n');
    const parsed = parseArticle({ text, format: 'text' });
    expect(cells(parsed.rows)).toEqual([
      ['Battery fires.', 'Recalled every unit.', 'Shares fell.'],
      ['Slow disclosure', 'Published a timeline', 'Regulator inquiry'],
      ['Staff morale', 'Town hall', ''],
    ]);
    expect(parsed.rows.map((row) => row.incomplete)).toEqual([false, false, true]);
    expect(parsed.text).toBe('The rest of the story.');
  });

  it('leaves a paragraph that merely mentions an issue alone', () => {
    const parsed = parseArticle({ text: 'Title here\n\nThe issue: nobody asked. It was fine.\n', format: 'text' });
    expect(parsed.rows).toEqual([]);
    expect(parsed.text).toContain('The issue: nobody asked.');
  });
});
