import type { ParsedRequestOf, ResponseOf } from '../../../shared/contract/procedures.ts';
import { NARRATIVE_FORMAT_VERSION } from '../../../shared/domain/case-document.ts';
import type { NotebookDb } from '../../store/database.ts';
import { createCase, updateCase } from '../cases.ts';
import { createLesson } from '../lessons.ts';
import { addCitation } from '../citations.ts';
import { createEvent } from '../events.ts';
import { createFact } from '../facts.ts';
import { createIssueRow } from '../issue-rows.ts';
import { saveNarrative } from '../narrative.ts';
import { createQuote } from '../quotes.ts';
import { addSourceFromHtml } from '../snapshots/add-from-html.ts';
import { createSource } from '../sources.ts';
import { analyseArticle, type AnalysedArticle } from './analyse-article.ts';
import { createSpeakerActors } from './speaker-actors.ts';

type Target = ParsedRequestOf<'citations.add'>['target'];

/**
 * cases.importArticle: one article becomes one draft case. The narrative and the rows of its issue tables
 * come as the author wrote them; quotes, facts and dated sentences the importer found come as *suggested*
 * items for a person to confirm. The article is the case's first source and everything created cites it.
 * `prepared` is the analysis a worker already did (preparers.ts); without it the article is analysed here.
 */
export function importArticle(
  db: NotebookDb,
  request: ParsedRequestOf<'cases.importArticle'>,
  prepared?: AnalysedArticle,
): ResponseOf<'cases.importArticle'> {
  const analysed = prepared ?? analyseArticle(request);
  const { exported, claims } = analysed;
  const warnings = [...analysed.warnings];

  const created = createCase(db, { title: analysed.title.slice(0, 500) || 'Imported article' });
  const caseId = created.id;
  saveNarrative(db, {
    caseId,
    narrative: { formatVersion: NARRATIVE_FORMAT_VERSION, lexical: analysed.lexical, text: analysed.text },
  });
  if (exported?.summary) updateCase(db, { id: caseId, patch: { summary: exported.summary.slice(0, 10_000) } });
  for (const text of exported?.lessons ?? []) createLesson(db, { caseId, fields: { text } });

  const sourceId = articleSource(db, analysed, warnings);
  const cite = (target: Target, locator: string | null): void => {
    addCitation(db, { target, citation: { sourceId, locator: locator?.slice(0, 500) ?? null } });
  };

  for (const row of analysed.rows) {
    const added = createIssueRow(db, {
      caseId,
      fields: { issue: row.issue, response: row.response, impact: row.impact, incomplete: row.incomplete },
    });
    cite({ kind: 'issueRow', id: added.id }, row.locator);
  }
  const events = exported?.events ?? claims.events.map((event) => ({ ...event, status: 'suggested' as const }));
  for (const event of events) {
    const added = createEvent(db, {
      caseId,
      fields: {
        on: event.on,
        approx: event.approx,
        title: event.title.slice(0, 500),
        kind: event.kind,
        status: event.status,
      },
    });
    cite({ kind: 'event', id: added.id }, null);
  }
  const speakers = createSpeakerActors(db, caseId, {
    listed: exported?.actors ?? [],
    speakers: claims.quotes.map((quote) => quote.speaker),
  });
  warnings.push(...speakers.warnings);
  for (const [index, quote] of claims.quotes.entries()) {
    const verbatim = exported?.quotes[index]?.verbatim ?? true;
    const added = createQuote(db, {
      caseId,
      fields: {
        text: quote.text,
        verbatim,
        speaker: quote.speaker?.slice(0, 500) ?? null,
        actorId: speakers.actorIdOf(quote.speaker),
        on: quote.on,
        status: 'suggested',
      },
    });
    cite({ kind: 'quote', id: added.id }, null);
  }
  const facts = exported?.facts ?? claims.facts.map((fact) => ({ ...fact, status: 'suggested' as const }));
  for (const fact of facts) {
    const added = createFact(db, {
      caseId,
      fields: {
        statement: fact.statement,
        value: fact.value,
        unit: fact.unit?.slice(0, 500) ?? null,
        origin: fact.origin?.slice(0, 500) ?? null,
        status: fact.status,
      },
    });
    cite({ kind: 'fact', id: added.id }, null);
  }

  return {
    caseId,
    title: created.title,
    sourceId,
    created: {
      issueRows: analysed.rows.length,
      events: events.length,
      quotes: claims.quotes.length,
      facts: facts.length,
      actors: speakers.created,
    },
    warnings,
  };
}

/** The article as a source: a saved page keeps its sanitized snapshot; a text or Markdown file its title. */
function articleSource(db: NotebookDb, { input, title, capture }: AnalysedArticle, warnings: string[]): string {
  if (input.format === 'html') {
    const page = { html: input.text, url: null, fileName: input.fileName, contentType: null };
    const added = capture ? addSourceFromHtml(db, page, capture) : addSourceFromHtml(db, page);
    warnings.push(...added.warnings);
    return added.source.id;
  }
  const note = input.fileName ? `Imported from the file “${input.fileName}”.` : 'Imported from pasted text.';
  const added = createSource(db, { fields: { title: title.slice(0, 500) || 'Imported article', note } });
  return added.source.id;
}
