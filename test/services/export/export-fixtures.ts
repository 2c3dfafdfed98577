import { addSampleCase } from '../../../electron/services/sample-case.ts';
import { tempNotebook, type TempNotebook } from '../../helpers/temp-notebook.ts';

/** A notebook holding the sample case (the Xiaomi KOL case built from the seed article). */
export function notebookWithSample(): { notebook: TempNotebook; caseId: string } {
  const notebook = tempNotebook();
  const { caseId } = addSampleCase(notebook.db);
  return { notebook, caseId };
}

type Node = Record<string, unknown>;
export const text = (content: string, format = 0): Node => ({
  type: 'text',
  version: 1,
  text: content,
  format,
  detail: 0,
  mode: 'normal',
  style: '',
});
export const block = (type: string, children: Node[], extra: Node = {}): Node => ({
  type,
  version: 1,
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  ...extra,
});
export const paragraph = (...children: Node[]): Node => block('paragraph', children);
export const listItem = (...children: Node[]): Node => block('listitem', children, { value: 1 });
export const list = (listType: 'bullet' | 'number', ...items: Node[]): Node =>
  block('list', items, { listType, start: 1, tag: listType === 'number' ? 'ol' : 'ul' });
export const link = (url: string, ...children: Node[]): Node => block('link', children, { url });
export const cell = (content: string, headerState = 0): Node =>
  block('tablecell', [paragraph(text(content))], { headerState });
export const row = (...cells: Node[]): Node => block('tablerow', cells);
export const state = (...children: Node[]): Node => ({ root: block('root', children) });

/** A case whose narrative is the given Lexical state, saved through the contract like the editor does. */
export function caseWithNarrative(notebook: TempNotebook, title: string, lexical: Node): string {
  const { id } = notebook.call('cases.create', { title });
  notebook.call('narrative.save', { caseId: id, narrative: { formatVersion: 1, lexical, text: '' } });
  return id;
}
