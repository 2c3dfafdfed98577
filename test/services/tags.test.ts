import { describe, expect, it } from 'vitest';
import { tempNotebook } from '../helpers/temp-notebook.ts';

describe('tags.list', () => {
  it('lists every tag by name ignoring case, with its colour and the number of live cases carrying it', () => {
    const notebook = tempNotebook();
    expect(notebook.call('tags.list', {})).toEqual({ tags: [] });
    const tag = (name: string, color: string | null = null) => ({ name, color });
    const a = notebook.call('cases.create', { title: 'A' }).id;
    const b = notebook.call('cases.create', { title: 'B' }).id;
    const c = notebook.call('cases.create', { title: 'C' }).id;
    notebook.call('cases.update', { id: a, patch: { tags: [tag('recall', '#cc3333'), tag('Influencer')] } });
    notebook.call('cases.update', { id: b, patch: { tags: [tag('RECALL'), tag('privacy')] } });
    notebook.call('cases.update', { id: c, patch: { tags: [tag('privacy', '#3366cc'), tag('zombie')] } });
    notebook.call('cases.update', { id: c, patch: { tags: [tag('privacy')] } }); // "zombie" is left on no case
    notebook.call('cases.delete', { id: b });
    expect(notebook.call('tags.list', {}).tags).toEqual([
      { name: 'Influencer', color: null, cases: 1 },
      { name: 'privacy', color: '#3366cc', cases: 1 },
      { name: 'recall', color: '#cc3333', cases: 1 },
      { name: 'zombie', color: null, cases: 0 },
    ]);
  });
});
