import { describe, expect, it } from 'vitest';
import { BUILT_IN_TEMPLATES, caseTemplateBodySchema, promptText } from '../../shared/domain/case-templates.ts';
import { tempNotebook, type TempNotebook } from '../helpers/temp-notebook.ts';

type Json = Record<string, unknown>;

/** The narrative's blocks as "h2 Heading" / "p(italic) text" lines: what a reader sees of the structure. */
function blocksOf(notebook: TempNotebook, caseId: string): string[] {
  const lexical = notebook.call('cases.get', { id: caseId }).narrative.lexical as { root: { children: Json[] } } | null;
  return (lexical?.root.children ?? []).map((block) => {
    const texts = (block.children as Json[]).map((child) => child as { text: string; format: number });
    const text = texts.map((child) => child.text).join('');
    if (block.type === 'heading') return `${String(block.tag)} ${text}`;
    return `${String(block.type)}${texts[0]?.format === 2 ? '(italic)' : ''} ${text}`;
  });
}

function errorOf(notebook: TempNotebook, procedure: string, request: unknown): { code: string; message: string } {
  const result = notebook.result(procedure, request);
  if (result.ok) throw new Error(`${procedure} unexpectedly succeeded`);
  return result.error;
}

describe('built-in templates', () => {
  it('lists the five built-in templates with descriptions', () => {
    const notebook = tempNotebook();
    const listed = notebook.call('templates.list', {}).templates;
    expect(listed.map((template) => template.name)).toEqual([
      'PR crisis',
      'Product recall',
      'Data breach',
      'Influencer / KOL marketing incident',
      'Operational outage post-incident review',
    ]);
    for (const template of listed) {
      expect(template.builtIn).toBe(true);
      // the data is exactly what a saved template's JSON would have to be
      expect(caseTemplateBodySchema.parse(template.body)).toEqual(template.body);
      expect(template.description.length).toBeGreaterThan(40);
      expect(template.body.sections.length).toBeGreaterThanOrEqual(4);
    }
  });

  for (const template of BUILT_IN_TEMPLATES) {
    it(`"${template.name}" creates a case with its headings, italic prompts, suggested prompt rows and lesson prompts`, () => {
      const notebook = tempNotebook();
      const created = notebook.call('cases.create', { templateId: template.id });
      expect(created.title).toBe(template.body.titlePlaceholder);
      expect(created.summary).toMatch(/^Prompt: /);
      expect(created.crisisType).toBe(template.body.crisisType);
      expect(created.tags.map((tag) => tag.name)).toEqual(template.body.tags);
      const expected = template.body.sections.flatMap((part) => [
        `h2 ${part.heading}`,
        ...part.prompts.map((prompt) => `paragraph(italic) ${promptText(prompt)}`),
      ]);
      expect(blocksOf(notebook, created.id)).toEqual(expected);
      const document = notebook.call('cases.get', { id: created.id });
      expect(document.narrative.text).toContain(template.body.sections[0]?.heading);
      expect(document.issueRows.map((row) => [row.issue, row.status])).toEqual(
        template.body.issuePrompts.map((prompt) => [promptText(prompt), 'suggested']),
      );
      expect(document.lessons.map((lesson) => lesson.text)).toEqual(template.body.lessonPrompts.map(promptText));
    });
  }

  it('the PR crisis template follows the seed article: controversy, then apologies and damage control', () => {
    const notebook = tempNotebook();
    const id = notebook.call('cases.create', { templateId: 'pr-crisis', title: 'Xiaomi KOL controversy' }).id;
    const headings = blocksOf(notebook, id).filter((block) => block.startsWith('h2'));
    expect(headings).toEqual([
      'h2 Background',
      'h2 The controversy',
      'h2 Navigating the fallout: apologies and damage control',
      'h2 Broader implications',
    ]);
    expect(notebook.call('cases.get', { id }).case.title).toBe('Xiaomi KOL controversy');
  });

  it('refuses an unknown template and writes nothing', () => {
    const notebook = tempNotebook();
    expect(errorOf(notebook, 'cases.create', { templateId: 'no-such-template' }).message).toBe(
      'templateId: there is no template with id "no-such-template"',
    );
    expect(notebook.call('cases.list', {}).cases).toEqual([]);
  });

  it('leaves out a suggested crisis type that this notebook retired', () => {
    const notebook = tempNotebook();
    notebook.call('codebook.retireCode', { kind: 'crisis-type', id: 'technical-error-product-harm' });
    const created = notebook.call('cases.create', { templateId: 'product-recall' });
    expect(created.crisisType).toBeNull();
    expect(created.crisisCluster).toBeNull();
  });
});

describe('templates.saveFromCase', () => {
  it('keeps the structure of a case and none of its writing; a new case from it has the same structure', () => {
    const notebook = tempNotebook();
    const source = notebook.call('cases.create', { templateId: 'data-breach', title: 'Acme breach' }).id;
    const original = blocksOf(notebook, source);
    // the user writes: a paragraph under a heading, a row's response, their own lesson, the summary; and adds a heading
    const lexical = notebook.call('cases.get', { id: source }).narrative.lexical as { root: { children: Json[] } };
    const written = (text: string): Json => ({
      type: 'paragraph',
      version: 1,
      direction: 'ltr',
      format: '',
      indent: 0,
      textFormat: 0,
      textStyle: '',
      children: [{ type: 'text', version: 1, detail: 0, format: 0, mode: 'normal', style: '', text }],
    });
    const heading = (text: string): Json => ({ ...written(text), type: 'heading', tag: 'h3' });
    lexical.root.children.splice(1, 0, written('Attackers used a stolen VPN password on 3 March.'));
    lexical.root.children.push(heading('Our notes'), written('Secret client detail.'));
    notebook.call('narrative.save', { caseId: source, narrative: { formatVersion: 1, lexical, text: 'x' } });
    const rows = notebook.call('cases.get', { id: source }).issueRows;
    notebook.call('issueRows.update', {
      id: rows[0]?.id ?? '',
      patch: { response: 'Reset every password.', status: 'confirmed' },
    });
    notebook.call('lessons.create', { caseId: source, fields: { text: 'Rotate credentials monthly.' } });
    notebook.call('cases.update', { id: source, patch: { summary: 'Acme lost 2 million records.' } });
    notebook.call('events.create', { caseId: source, fields: { on: '2026-03-03', title: 'Breach', kind: 'trigger' } });
    notebook.call('events.create', {
      caseId: source,
      fields: { on: '2026-03-09', title: 'Disclosure', kind: 'response' },
    });

    const saved = notebook.call('templates.saveFromCase', { caseId: source, name: 'Breach (Acme style)' });
    expect(saved).toMatchObject({ builtIn: false, name: 'Breach (Acme style)' });
    expect(saved.description).toBe('Saved from the case “Acme breach”: 6 sections, 3 issue rows, 1 lesson prompt.');
    expect(saved.body.summaryPrompt).toBe('');
    expect(saved.body.eventKinds).toEqual(['trigger', 'response']);
    expect(saved.body.tags).toEqual(['data-breach']);
    expect(JSON.stringify(saved.body)).not.toMatch(/VPN|Secret client|Reset every|Rotate credentials|2 million/);

    const copy = notebook.call('cases.create', { templateId: saved.id, title: 'Beta breach' });
    expect(blocksOf(notebook, copy.id)).toEqual([...original, 'h3 Our notes']);
    const copied = notebook.call('cases.get', { id: copy.id });
    expect(copied.issueRows.map((row) => [row.issue, row.response, row.status])).toEqual(
      rows.map((row) => [row.issue, '', 'suggested']),
    );
    expect(copied.lessons.map((lesson) => lesson.text)).toEqual(
      BUILT_IN_TEMPLATES[2]?.body.lessonPrompts.map(promptText),
    );
    expect(notebook.call('templates.list', {}).templates.map((template) => template.name)).toContain(
      'Breach (Acme style)',
    );
  });

  it('refuses an empty or taken name and an unknown case, writing nothing', () => {
    const notebook = tempNotebook();
    const caseId = notebook.call('cases.create', {}).id;
    expect(errorOf(notebook, 'templates.saveFromCase', { caseId, name: ' ' }).message).toBe('name: must not be empty');
    expect(errorOf(notebook, 'templates.saveFromCase', { caseId, name: 'data breach' })).toEqual({
      code: 'conflict',
      message: 'name: there is already a template named "Data breach"; choose another name.',
    });
    expect(errorOf(notebook, 'templates.saveFromCase', { caseId: 'missing', name: 'X' }).code).toBe('not-found');
    expect(notebook.call('templates.list', {}).templates).toHaveLength(5);
  });
});

describe('templates.delete', () => {
  it('deletes a saved template and refuses built-in and unknown ones', () => {
    const notebook = tempNotebook();
    const caseId = notebook.call('cases.create', { title: 'Mine' }).id;
    const saved = notebook.call('templates.saveFromCase', { caseId, name: 'Mine' });
    expect(notebook.call('templates.delete', { id: saved.id })).toEqual({ deleted: true });
    expect(notebook.call('templates.list', {}).templates.map((template) => template.id)).not.toContain(saved.id);
    expect(errorOf(notebook, 'templates.delete', { id: 'pr-crisis' }).message).toBe(
      'id: "pr-crisis" is a built-in template and cannot be deleted',
    );
    expect(errorOf(notebook, 'templates.delete', { id: saved.id }).code).toBe('not-found');
  });
});
