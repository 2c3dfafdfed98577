import type { ParsedRequestOf, ResponseOf } from '../../../shared/contract/procedures.ts';
import { NARRATIVE_FORMAT_VERSION } from '../../../shared/domain/case-document.ts';
import type { NotebookDb } from '../../store/database.ts';
import { createCase, updateCase } from '../cases.ts';
import { createLesson } from '../lessons.ts';
import { lexicalPlainText } from '../lexical-text.ts';
import { isCasebookExport, readCasebookExport } from './casebook-export.ts';
import { toLexical } from './to-lexical.ts';
import { addCitation } from '../citations.ts';
import { createEvent } from '../events.ts';
import { createFact } from '../facts.ts';
import { createIssueRow } from '../issue-rows.ts';
import { saveNarrative } from '../narrative.ts';
import { createQuote } from '../quotes.ts';
import { addSourceFromHtml } from '../snapshots/add-from-html.ts';
import { createSource } from '../sources.ts';
import { articleClaimsInput } from './claims-input.ts';
import { extractClaims } from './claims/extract-claims.ts';
import { readArticleInput } from './read-article-input.ts';
import { parseArticle } from './parse-article.ts';

type Target = ParsedRequestOf<'citations.add'>['target'];

/**
 * cases.importArticle: one article becomes one draft case. The narrative and the rows of its issue tables
 * come as the author wrote them; quotes, facts and dated sentences the importer found come as *suggested*
 * items for a person to confirm. The article is the case's first source and everything created cites it.
 */
export function importArticle(
  db: NotebookDb,
  request: ParsedRequestOf<'cases.importArticle'>,
): ResponseOf<'cases.importArticle'> {
  const input = readArticleInput(request);
  const parsed = parseArticle({
    text: input.text,
    format: input.format,
    ...(input.fileName ? { fileName: input.fileName } : {}),
  });
  const exported = isCasebookExport(parsed.frontMatter)
    ? readCasebookExport(parsed.model.blocks, parsed.frontMatter ?? '')
    : null;
  const claims = exported
    ? extractClaims({
        paragraphs: [],
        listItems: [],
        blockQuotes: exported.quotes.map((quote) => ({ text: quote.text, attribution: null })),
      })
    : extractClaims(articleClaimsInput(parsed.model.blocks));
  const warnings = [...input.warnings, ...parsed.warnings, ...claims.warnings];
  const lexical = exported ? toLexical(exported.narrative) : parsed.lexical;

  const created = createCase(db, { title: parsed.model.title.slice(0, 500) || 'Imported article' });
  const caseId = created.id;
  saveNarrative(db, {
    caseId,
    narrative: {
      formatVersion: NARRATIVE_FORMAT_VERSION,
      lexical,
      text: exported ? lexicalPlainText(lexical) : parsed.text,
    },
  });
  if (exported?.summary) updateCase(db, { id: caseId, patch: { summary: exported.summary.slice(0, 10_000) } });
  for (const text of exported?.lessons ?? []) createLesson(db, { caseId, fields: { text } });

  const sourceId = articleSource(db, input, parsed.model.title, warnings);
  const cite = (target: Target, locator: string | null): void => {
    addCitation(db, { target, citation: { sourceId, locator: locator?.slice(0, 500) ?? null } });
  };

  for (const row of parsed.rows) {
    const added = createIssueRow(db, {
      caseId,
      fields: { issue: row.issue, response: row.response, impact: row.impact, incomplete: row.incomplete },
    });
    cite({ kind: 'issueRow', id: added.id }, row.locator);
  }
  for (const event of claims.events) {
    const added = createEvent(db, {
      caseId,
      fields: {
        on: event.on,
        approx: event.approx,
        title: event.title.slice(0, 500),
        kind: event.kind,
        status: 'suggested',
      },
    });
    cite({ kind: 'event', id: added.id }, null);
  }
  for (const [index, quote] of claims.quotes.entries()) {
    const verbatim = exported?.quotes[index]?.verbatim ?? true;
    const added = createQuote(db, {
      caseId,
      fields: {
        text: quote.text,
        verbatim,
        speaker: quote.speaker?.slice(0, 500) ?? null,
        on: quote.on,
        status: 'suggested',
      },
    });
    cite({ kind: 'quote', id: added.id }, null);
  }
  for (const fact of claims.facts) {
    const added = createFact(db, {
      caseId,
      fields: {
        statement: fact.statement,
        value: fact.value,
        unit: fact.unit?.slice(0, 500) ?? null,
        origin: fact.origin?.slice(0, 500) ?? null,
        status: 'suggested',
      },
    });
    cite({ kind: 'fact', id: added.id }, null);
  }

  return {
    caseId,
    title: created.title,
    sourceId,
    created: {
      issueRows: parsed.rows.length,
      events: claims.events.length,
      quotes: claims.quotes.length,
      facts: claims.facts.length,
    },
    warnings,
  };
}

/** The article as a source: a saved page keeps its sanitized snapshot; a text or Markdown file its title. */
function articleSource(
  db: NotebookDb,
  input: ReturnType<typeof readArticleInput>,
  title: string,
  warnings: string[],
): string {
  if (input.format === 'html') {
    const added = addSourceFromHtml(db, { html: input.text, url: null, fileName: input.fileName, contentType: null });
    warnings.push(...added.warnings);
    return added.source.id;
  }
  const note = input.fileName ? `Imported from the file “${input.fileName}”.` : 'Imported from pasted text.';
  const added = createSource(db, { fields: { title: title.slice(0, 500) || 'Imported article', note } });
  return added.source.id;
}
