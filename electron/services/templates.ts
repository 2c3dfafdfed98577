import type { CaseTemplate } from '../../shared/contract/codebook.ts';
import type { ParsedRequestOf, ResponseOf } from '../../shared/contract/procedures.ts';
import { NARRATIVE_FORMAT_VERSION, type EVENT_KINDS } from '../../shared/domain/case-document.ts';
import {
  BUILT_IN_TEMPLATES,
  builtInTemplate,
  caseTemplateBodySchema,
  isPromptText,
  promptText,
  sectionsOfNarrative,
  stripPrompt,
  templateNarrative,
  templateNarrativeText,
  type CaseTemplateBody,
} from '../../shared/domain/case-templates.ts';
import { positionForInsert } from '../store/case-items.ts';
import type { NotebookDb } from '../store/database.ts';
import { liveEventsOfCase } from '../store/events.ts';
import { newId, nowTimestamp } from '../store/ids.ts';
import { insertIssueRow, liveIssueRowsOfCase } from '../store/issue-rows.ts';
import { insertLesson, liveLessonsOfCase } from '../store/lessons.ts';
import { getNarrative, putNarrative } from '../store/narratives.ts';
import { setCaseTags, tagsOfCase } from '../store/tags.ts';
import {
  deleteStoredTemplate,
  getStoredTemplate,
  insertStoredTemplate,
  listStoredTemplates,
  type StoredTemplate,
} from '../store/templates.ts';
import { isKnownCode, isRetiredCode } from './codes.ts';
import { conflict, invalid, notFound } from './errors.ts';
import { requireLiveCase } from './guards.ts';

function storedTemplate(stored: StoredTemplate): CaseTemplate {
  let parsed: unknown = {};
  try {
    parsed = JSON.parse(stored.body);
  } catch {
    // A body that is not JSON (edited outside Casebook) reads as an empty structure.
  }
  const body = caseTemplateBodySchema.safeParse(parsed);
  return {
    id: stored.id,
    name: stored.name,
    description: stored.description,
    builtIn: false,
    body: body.success ? body.data : caseTemplateBodySchema.parse({}),
  };
}

/** The built-in templates, then the notebook's own by name. */
export function listTemplates(db: NotebookDb): ResponseOf<'templates.list'> {
  return {
    templates: [
      ...BUILT_IN_TEMPLATES.map((template) => ({ ...template, builtIn: true })),
      ...listStoredTemplates(db).map(storedTemplate),
    ],
  };
}

export function templateById(db: NotebookDb, id: string, field = 'templateId'): CaseTemplate {
  const builtIn = builtInTemplate(id);
  if (builtIn) return { ...builtIn, builtIn: true };
  const stored = getStoredTemplate(db, id);
  if (!stored) throw invalid(field, `there is no template with id "${id}"`);
  return storedTemplate(stored);
}

/** The template's crisis type when this notebook can still use it for a new case (known and not retired). */
export function usableCrisisType(db: NotebookDb, body: CaseTemplateBody): string | null {
  const type = body.crisisType;
  if (type === null || !isKnownCode(db, 'crisis-type', type) || isRetiredCode(db, 'crisis-type', type)) return null;
  return type;
}

/**
 * Fills a just-created case with a template's structure: the narrative's headings and prompts, the prompt
 * rows of the issue table (marked suggested), the lesson prompts and the tags. The caller sets the title,
 * summary and crisis type on the case row and runs this in the same transaction.
 */
export function fillCaseFromTemplate(db: NotebookDb, caseId: string, body: CaseTemplateBody, at: string): void {
  putNarrative(
    db,
    caseId,
    {
      formatVersion: NARRATIVE_FORMAT_VERSION,
      lexical: body.sections.length > 0 ? templateNarrative(body.sections) : null,
      text: templateNarrativeText(body.sections),
    },
    at,
  );
  for (const prompt of body.issuePrompts) {
    insertIssueRow(db, caseId, positionForInsert(db, 'issueRow', caseId, undefined), {
      id: newId(),
      issue: promptText(prompt),
      response: '',
      impact: '',
      incomplete: false,
      strategy: null,
      benoit: null,
      actorId: null,
      status: 'suggested',
    });
  }
  for (const prompt of body.lessonPrompts)
    insertLesson(db, caseId, positionForInsert(db, 'lesson', caseId, undefined), {
      id: newId(),
      text: promptText(prompt),
    });
  if (body.tags.length > 0)
    setCaseTags(
      db,
      caseId,
      body.tags.map((name) => ({ name, color: null })),
    );
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

/**
 * A case's structure, without its content: the narrative's headings and prompt paragraphs (the user's
 * paragraphs, lists, tables and images are left out), each issue row's issue as a prompt (responses and
 * impacts are left out), the kinds of its timeline events in order, its lesson prompts (lessons the user
 * wrote are left out), the summary only if it is still a prompt, its crisis type and its tag names.
 */
export function structureOfCase(db: NotebookDb, caseId: string): CaseTemplateBody {
  const stored = requireLiveCase(db, caseId).fields;
  const summary = stored.summary.trim();
  const kinds = liveEventsOfCase(db, caseId)
    .map((event) => event.kind)
    .filter((kind) => kind !== 'other');
  return caseTemplateBodySchema.parse({
    titlePlaceholder: '',
    summaryPrompt: isPromptText(summary) ? summary : '',
    sections: sectionsOfNarrative(getNarrative(db, caseId)?.lexical ?? null),
    issuePrompts: unique(
      liveIssueRowsOfCase(db, caseId)
        .map((row) => stripPrompt(row.issue).split('\n')[0]?.trim() ?? '')
        .filter((issue) => issue !== ''),
    ).slice(0, 100),
    eventKinds: unique(kinds) as (typeof EVENT_KINDS)[number][],
    lessonPrompts: liveLessonsOfCase(db, caseId)
      .filter((lesson) => isPromptText(lesson.text))
      .map((lesson) => stripPrompt(lesson.text))
      .filter((text) => text !== '')
      .slice(0, 100),
    crisisType: stored.crisisType,
    tags: tagsOfCase(db, caseId)
      .map((tag) => tag.name.trim())
      .filter((name) => name !== '')
      .slice(0, 50),
  });
}

function describe(body: CaseTemplateBody, caseTitle: string): string {
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return `Saved from the case “${caseTitle}”: ${count(body.sections.length, 'section', 'sections')}, ${count(
    body.issuePrompts.length,
    'issue row',
    'issue rows',
  )}, ${count(body.lessonPrompts.length, 'lesson prompt', 'lesson prompts')}.`;
}

export function saveTemplateFromCase(
  db: NotebookDb,
  request: ParsedRequestOf<'templates.saveFromCase'>,
): ResponseOf<'templates.saveFromCase'> {
  const name = request.name.trim();
  if (name === '') throw invalid('name', 'must not be empty');
  if (name.length > 200) throw invalid('name', 'is longer than 200 characters');
  const taken = listTemplates(db).templates.find(
    (template) => template.name.toLocaleLowerCase() === name.toLocaleLowerCase(),
  );
  if (taken) throw conflict(`name: there is already a template named "${taken.name}"; choose another name.`);
  const title = requireLiveCase(db, request.caseId).fields.title;
  const body = { ...structureOfCase(db, request.caseId), titlePlaceholder: `[Title] (${name})` };
  const stored: StoredTemplate = {
    id: newId(),
    name,
    description: describe(body, title),
    body: JSON.stringify(body),
    createdAt: nowTimestamp(),
  };
  insertStoredTemplate(db, stored);
  return storedTemplate(stored);
}

/** Deletes a template the user saved (the window asks first); built-in templates cannot be deleted. */
export function deleteTemplate(
  db: NotebookDb,
  request: ParsedRequestOf<'templates.delete'>,
): ResponseOf<'templates.delete'> {
  if (builtInTemplate(request.id)) throw invalid('id', `"${request.id}" is a built-in template and cannot be deleted`);
  if (!deleteStoredTemplate(db, request.id)) throw notFound('template', request.id);
  return { deleted: true };
}
