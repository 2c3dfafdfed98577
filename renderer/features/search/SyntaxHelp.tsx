const SYNTAX: readonly { readonly example: string; readonly meaning: string }[] = [
  { example: 'apology recall', meaning: 'every word must occur' },
  { example: '"black PR"', meaning: 'the exact phrase' },
  { example: 'recall -lawsuit', meaning: 'leave out what contains a word' },
  { example: 'apolog*', meaning: 'words that start with “apolog”' },
  { example: 'tag:kol', meaning: 'cases with a tag' },
  { example: 'status:draft', meaning: 'cases with a status' },
  { example: 'cluster:preventable', meaning: 'cases in an SCCT cluster' },
  { example: 'strategy:apology', meaning: 'responses coded with a strategy' },
  { example: 'year:2026', meaning: 'cases that began that year' },
  { example: 'in:quote', meaning: 'one kind of hit: case, narrative, issueRow, event, quote, fact, lesson, source' },
  { example: '小米', meaning: 'Chinese, Japanese, Korean: two characters are enough' },
  { example: 'cafe', meaning: 'accents are optional: finds “café”' },
];

/** The "?" beside the search box: the query syntax, with an example of each part. */
export function SyntaxHelp() {
  return (
    <details className="search-syntax">
      <summary className="search-syntax-toggle" aria-label="Search syntax" title="Search syntax">
        ?
      </summary>
      <div className="search-syntax-body">
        <p className="search-syntax-title">Search syntax</p>
        <dl className="search-syntax-list">
          {SYNTAX.map((row) => (
            <div key={row.example} className="search-syntax-row">
              <dt>
                <code>{row.example}</code>
              </dt>
              <dd>{row.meaning}</dd>
            </div>
          ))}
        </dl>
      </div>
    </details>
  );
}
