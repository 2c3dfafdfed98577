import { describe, expect, it } from 'vitest';
import { tempNotebook } from '../../helpers/temp-notebook.ts';

describe('a case exported as Markdown and imported again', () => {
  it('keeps its title, rows, quotes and narrative text', () => {
    const notebook = tempNotebook();
    const { caseId } = notebook.call('notebook.addSample', {});
    const original = notebook.call('cases.get', { id: caseId });
    const markdown = notebook.call('cases.export', { id: caseId, format: 'markdown' }).text;

    const imported = notebook.call('cases.importArticle', { fileName: 'xiaomi.md', text: markdown });
    const copy = notebook.call('cases.get', { id: imported.caseId });

    expect(copy.case.title).toBe(original.case.title);
    expect(copy.issueRows.map((row) => [row.issue, row.response, row.impact, row.incomplete])).toEqual(
      original.issueRows.map((row) => [row.issue, row.response, row.impact, row.incomplete]),
    );
    expect(copy.quotes.map((quote) => [quote.text, quote.speaker])).toEqual(
      original.quotes.map((quote) => [quote.text, quote.speaker]),
    );
    expect(copy.quotes.map((quote) => quote.verbatim)).toEqual(original.quotes.map((quote) => quote.verbatim));
    for (const paragraph of original.narrative.text.split('\n\n')) expect(copy.narrative.text).toContain(paragraph);
    // The export's apparatus does not come back as prose: no footnote marks, no bibliography.
    expect(copy.narrative.text).not.toMatch(/\[\^\d+\]/);
    expect(copy.narrative.text).not.toContain('Bibliography');
    expect(copy.case.summary).toBe(original.case.summary);
    expect(copy.lessons.map((lesson) => lesson.text)).toEqual(original.lessons.map((lesson) => lesson.text));
    // The timeline and the facts come back as items, not as prose.
    expect(copy.events.map((event) => [event.on, event.approx, event.title, event.kind, event.status])).toEqual(
      original.events.map((event) => [event.on, event.approx, event.title, event.kind, event.status]),
    );
    expect(copy.facts.map((fact) => [fact.statement, fact.value, fact.unit, fact.origin, fact.status])).toEqual(
      original.facts.map((fact) => [fact.statement, fact.value, fact.unit, fact.origin, fact.status]),
    );
    expect(copy.narrative.text).not.toContain(original.events[0]!.title);
    expect(copy.narrative.text).not.toContain(original.facts[0]!.statement);
    // Quotes are linked again to the actors the export lists (by name, whatever the case or accents).
    expect(copy.actors.map((actor) => [actor.name, actor.kind, actor.role])).toEqual(
      original.actors.map((actor) => [actor.name, actor.kind, actor.role]),
    );
    const actorName = (id: string | null, actors: typeof copy.actors) => actors.find((actor) => actor.id === id)?.name ?? null;
    expect(copy.quotes.map((quote) => actorName(quote.actorId, copy.actors))).toEqual(
      original.quotes.map((quote) => quote.speaker === null ? null : (actorName(quote.actorId, original.actors) ?? quote.speaker)),
    );
  });
});
