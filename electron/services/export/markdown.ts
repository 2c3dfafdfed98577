import type { CaseDocument } from '../../../shared/domain/case-document.ts';
import type { CaseExportInput, Cited } from './case-export-input.ts';
import { statusNote } from './case-export-input.ts';
import { actorName, codingLabel, dateLabel, factDetails, overviewFields } from './export-labels.ts';
import { SECTION_TITLES, sectionsOf, type ExportOptions, type ExportSection } from './export-options.ts';
import { createFootnotes, type Footnotes } from './footnotes.ts';
import { lexicalToMarkdown } from './lexical-to-markdown.ts';
import {
  escapeMarkdownInline,
  markdownHeadingText,
  markdownParagraph,
  markdownTable,
  yamlString,
} from './markdown-text.ts';

/**
 * A case as one GFM document: YAML front matter with the case fields, the title block, the chosen
 * sections, the bibliography in the chosen style, and footnotes for every citation.
 */
export function caseToMarkdown(input: CaseExportInput, options: ExportOptions, exportedAt: string): string {
  const { document } = input;
  const footnotes = createFootnotes(document.sources);
  const parts = [
    frontMatter(document, exportedAt),
    `# ${markdownHeadingText(escapeMarkdownInline(document.case.title))}`,
  ];
  for (const section of sectionsOf(options)) {
    const body = sectionBody(section, input, footnotes);
    if (body.trim() !== '') parts.push(`## ${SECTION_TITLES[section]}\n\n${body}`);
  }
  const notes = footnotes.list();
  if (notes.length > 0)
    parts.push(
      notes.map((note) => `[^${note.number}]: ${escapeMarkdownInline(note.text.replace(/\s+/g, ' '))}`).join('\n'),
    );
  return `${parts.join('\n\n')}\n`;
}

function frontMatter(document: CaseDocument, exportedAt: string): string {
  const c = document.case;
  const scalar = (value: string | boolean | null) =>
    value === null ? 'null' : typeof value === 'boolean' ? String(value) : yamlString(value);
  const lines = [
    '---',
    `title: ${scalar(c.title)}`,
    `id: ${scalar(c.id)}`,
    `slug: ${scalar(c.slug)}`,
    `summary: ${scalar(c.summary)}`,
    `status: ${scalar(c.status)}`,
    `crisisCluster: ${scalar(c.crisisCluster)}`,
    `crisisType: ${scalar(c.crisisType)}`,
    `crisisHistory: ${scalar(c.crisisHistory)}`,
    `priorReputation: ${scalar(c.priorReputation)}`,
    `industry: ${scalar(c.industry)}`,
    `region: ${scalar(c.region)}`,
    `startedOn: ${scalar(c.startedOn)}`,
    `startedApprox: ${scalar(c.startedApprox)}`,
    `endedOn: ${scalar(c.endedOn)}`,
    `endedApprox: ${scalar(c.endedApprox)}`,
    `tags: [${c.tags.map((tag) => yamlString(tag.name)).join(', ')}]`,
    // JSON is YAML too: the import reads the actors back to link quotes to them.
    `actors: ${JSON.stringify(document.actors.map(({ name, kind, role, private: isPrivate }) => ({ name, kind, role, private: isPrivate })))}`,
    `createdAt: ${scalar(c.createdAt)}`,
    `updatedAt: ${scalar(c.updatedAt)}`,
    `exportedAt: ${scalar(exportedAt)}`,
    '---',
  ];
  return lines.join('\n');
}

/** What a reader should know about a row besides its text: cut off in the source, or only suggested. */
function rowNotes(row: { incomplete: boolean; status: string }): string {
  const notes = [row.incomplete ? 'incomplete' : '', row.status === 'suggested' ? 'suggested' : ''].filter(
    (note) => note !== '',
  );
  return notes.length === 0 ? '' : `*${notes.join(', ')}* `;
}

function refs(item: Cited, footnotes: Footnotes): string {
  return item.citations.map((citation) => `[^${footnotes.cite(citation)}]`).join('');
}

function sectionBody(section: ExportSection, input: CaseExportInput, footnotes: Footnotes): string {
  const { document } = input;
  switch (section) {
    case 'overview': {
      const summary = document.case.summary.trim() === '' ? [] : [markdownParagraph(document.case.summary)];
      const fields = overviewFields(document).map(([label, value]) => `- **${label}:** ${escapeMarkdownInline(value)}`);
      return [...summary, fields.join('\n')].filter((part) => part !== '').join('\n\n');
    }
    case 'narrative':
      return lexicalToMarkdown(document.narrative.lexical, { footnotes, headingShift: 1 });
    case 'issues':
      if (document.issueRows.length === 0) return '';
      return markdownTable(
        ['Issue', 'Response', 'Impact', 'Coding', 'Notes'],
        document.issueRows.map((row) => [
          markdownParagraph(row.issue),
          markdownParagraph(row.response),
          markdownParagraph(row.impact),
          escapeMarkdownInline(codingLabel(document, row)),
          `${rowNotes(row)}${refs(row, footnotes)}`,
        ]),
      );
    case 'timeline':
      return document.events
        .map((event) => {
          const detail =
            event.detail === null || event.detail.trim() === ''
              ? ''
              : `\\\n  ${escapeMarkdownInline(event.detail.replace(/\s*\n\s*/g, ' '))}`;
          const kind = event.kind === 'other' ? '' : ` (${event.kind.replace('-', ' ')})`;
          // The detail follows a hard line break, so the title line reads back unambiguously on import.
          return `- **${dateLabel(event.on, event.approx)}** — ${escapeMarkdownInline(event.title)}${kind}${statusNote(event)}.${detail}${refs(event, footnotes)}`;
        })
        .join('\n');
    case 'quotes':
      return document.quotes
        .map((quote) => {
          const who = quote.speaker ?? actorName(document, quote.actorId);
          const attribution = [who, quote.on === null ? '' : dateLabel(quote.on, quote.approx)]
            .filter((part) => part !== '')
            .join(', ');
          const text = quote.verbatim
            ? `“${markdownParagraph(quote.text)}”`
            : `${markdownParagraph(quote.text)} *(reported speech)*`;
          const original =
            quote.original === null ? '' : `\n>\n> ${markdownParagraph(quote.original).replace(/\n/g, '\n> ')}`;
          const by = attribution === '' ? '' : `\n>\n> — ${escapeMarkdownInline(attribution)}`;
          return `> ${text.replace(/\n/g, '\n> ')}${refs(quote, footnotes)}${original}${by}${statusNote(quote)}`;
        })
        .join('\n\n');
    case 'facts':
      return document.facts
        .map((fact) => {
          const details = factDetails(fact);
          return `- ${escapeMarkdownInline(fact.statement)}${details === '' ? '' : ` (${escapeMarkdownInline(details)})`}${statusNote(fact)}${refs(fact, footnotes)}`;
        })
        .join('\n');
    case 'lessons':
      return document.lessons
        .map((lesson, index) => `${index + 1}. ${markdownParagraph(lesson.text).replace(/\n/g, '\n   ')}`)
        .join('\n');
    case 'bibliography':
      return input.bibliography.map((entry) => markdownParagraph(entry)).join('\n\n');
  }
}
