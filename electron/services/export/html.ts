import type { CaseExportInput, Cited } from './case-export-input.ts';
import { statusNote } from './case-export-input.ts';
import { actorName, codingLabel, dateLabel, factDetails, overviewFields } from './export-labels.ts';
import { SECTION_TITLES, sectionsOf, type ExportOptions, type ExportSection } from './export-options.ts';
import { createFootnotes, type Footnotes } from './footnotes.ts';
import { EXPORT_CSS } from './html-style.ts';
import { escapeHtml, htmlLines } from './html-text.ts';
import { footnoteReference, lexicalToHtml } from './lexical-to-html.ts';

export interface HtmlExportContext {
  readonly imageDataUrl: (attachmentId: string) => string | null;
}

/**
 * A case as one self-contained HTML file: inline CSS, no scripts, nothing loaded from elsewhere (images
 * are embedded), every text escaped. The bibliography entries are citeproc HTML already reduced to
 * <i>, <b> and <span>.
 */
export function caseToHtml(input: CaseExportInput, options: ExportOptions, context: HtmlExportContext): string {
  const { document } = input;
  const footnotes = createFootnotes(document.sources);
  const sections = sectionsOf(options)
    .map((section) => {
      const body = sectionBody(section, input, footnotes, context);
      const kind = section === 'narrative' || section === 'bibliography' ? 'case-section page-start' : 'case-section';
      return body === ''
        ? ''
        : `<section class="${kind}" id="${section}">\n<h2>${escapeHtml(SECTION_TITLES[section])}</h2>\n${body}\n</section>`;
    })
    .filter((html) => html !== '');
  const notes = footnotes.list();
  const footnoteList =
    notes.length === 0
      ? ''
      : `<section class="footnotes"><ol>${notes.map((note) => `<li id="fn-${note.number}">${escapeHtml(note.text)}</li>`).join('')}</ol></section>`;
  const language = 'en';
  return [
    '<!DOCTYPE html>',
    `<html lang="${language}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">`,
    `<title>${escapeHtml(document.case.title)}</title>`,
    `<style>${EXPORT_CSS}</style>`,
    '</head>',
    '<body>',
    `<header class="title-block"><h1>${escapeHtml(document.case.title)}</h1></header>`,
    ...sections,
    footnoteList,
    '</body>',
    '</html>',
    '',
  ]
    .filter((line) => line !== '')
    .join('\n');
}

function refs(item: Cited, footnotes: Footnotes): string {
  return item.citations.map((citation) => footnoteReference(footnotes.cite(citation))).join('');
}

function status(item: { status: string }): string {
  const note = statusNote(item).trim();
  return note === '' ? '' : ` <span class="status">${note}</span>`;
}

function sectionBody(
  section: ExportSection,
  input: CaseExportInput,
  footnotes: Footnotes,
  context: HtmlExportContext,
): string {
  const { document } = input;
  switch (section) {
    case 'overview': {
      const summary =
        document.case.summary.trim() === '' ? '' : `<p class="summary">${htmlLines(document.case.summary)}</p>`;
      const fields = overviewFields(document)
        .map(([label, value]) => `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd>`)
        .join('');
      return [summary, fields === '' ? '' : `<dl class="fields">${fields}</dl>`]
        .filter((part) => part !== '')
        .join('\n');
    }
    case 'narrative': {
      const html = lexicalToHtml(document.narrative.lexical, {
        footnotes,
        headingShift: 1,
        imageDataUrl: context.imageDataUrl,
      });
      return html.trim() === '' ? '' : `<div class="narrative">${html}</div>`;
    }
    case 'issues':
      if (document.issueRows.length === 0) return '';
      return `<table class="issues"><thead><tr><th>Issue</th><th>Response</th><th>Impact</th><th>Coding</th><th>Notes</th></tr></thead><tbody>${document.issueRows
        .map((row) => {
          const notes = [row.incomplete ? 'incomplete' : '', row.status === 'suggested' ? 'suggested' : '']
            .filter((note) => note !== '')
            .join(', ');
          const cells = [
            htmlLines(row.issue),
            htmlLines(row.response),
            htmlLines(row.impact),
            escapeHtml(codingLabel(document, row)),
          ];
          const notesCell = `${notes === '' ? '' : `<span class="note">${notes}</span>`}${refs(row, footnotes)}`;
          return `<tr>${[...cells, notesCell].map((cell) => `<td>${cell}</td>`).join('')}</tr>`;
        })
        .join('')}</tbody></table>`;
    case 'timeline':
      if (document.events.length === 0) return '';
      return `<ol class="timeline">${document.events
        .map((event) => {
          const kind =
            event.kind === 'other' ? '' : ` <span class="note">(${escapeHtml(event.kind.replace('-', ' '))})</span>`;
          const detail = event.detail === null || event.detail.trim() === '' ? '' : `<br>${htmlLines(event.detail)}`;
          return `<li><time datetime="${escapeHtml(event.on)}">${escapeHtml(dateLabel(event.on, event.approx))}</time> — ${escapeHtml(event.title)}${kind}${status(event)}${refs(event, footnotes)}${detail}</li>`;
        })
        .join('')}</ol>`;
    case 'quotes':
      return document.quotes
        .map((quote) => {
          const who = quote.speaker ?? actorName(document, quote.actorId);
          const attribution = [who, quote.on === null ? '' : dateLabel(quote.on, quote.approx)]
            .filter((part) => part !== '')
            .join(', ');
          const text = quote.verbatim
            ? `“${htmlLines(quote.text)}”`
            : `${htmlLines(quote.text)} <span class="note">(reported speech)</span>`;
          const lang = quote.language === null ? '' : ` lang="${escapeHtml(quote.language)}"`;
          const original = quote.original === null ? '' : `<p${lang}>${htmlLines(quote.original)}</p>`;
          const footer = attribution === '' ? '' : `<footer>— ${escapeHtml(attribution)}${status(quote)}</footer>`;
          return `<figure class="quote"><blockquote><p>${text}${refs(quote, footnotes)}</p>${original}</blockquote>${footer}</figure>`;
        })
        .join('\n');
    case 'facts':
      if (document.facts.length === 0) return '';
      return `<ul class="facts">${document.facts
        .map((fact) => {
          const details = factDetails(fact);
          return `<li>${htmlLines(fact.statement)}${details === '' ? '' : ` <span class="note">(${escapeHtml(details)})</span>`}${status(fact)}${refs(fact, footnotes)}</li>`;
        })
        .join('')}</ul>`;
    case 'lessons':
      if (document.lessons.length === 0) return '';
      return `<ol class="lessons">${document.lessons.map((lesson) => `<li>${htmlLines(lesson.text)}</li>`).join('')}</ol>`;
    case 'bibliography':
      if (input.bibliography.length === 0) return '';
      return `<div class="bibliography">${input.bibliography.map((entry) => `<p>${entry}</p>`).join('\n')}</div>`;
  }
}
