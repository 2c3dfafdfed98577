import { describe, expect, it } from 'vitest';
import { PROCEDURE_NAMES } from '../../shared/contract/procedures.ts';
import { dispatch, dispatchAsync } from '../../electron/services/dispatch.ts';
import { createPreparers, PREPARED_PROCEDURES } from '../../electron/services/preparers.ts';
import { tempNotebook } from '../helpers/temp-notebook.ts';

const PAGE = `<html><head><title>Statement</title></head><body><article><p>${'The company apologised. '.repeat(40)}</p></article></body></html>`;

/** A fetch that answers with PAGE after `gate` resolves, and counts its calls. */
function gatedFetch(gate: Promise<void>, onCall: () => void = () => undefined): typeof fetch {
  return async () => {
    onCall();
    await gate;
    return new Response(PAGE, { status: 200, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
  };
}

describe('dispatchAsync', () => {
  it('answers every procedure without a preparer exactly as dispatch does', async () => {
    const notebook = tempNotebook();
    const created = await dispatchAsync(notebook.db, 'cases.create', { title: 'Xiaomi KOL controversy' });
    expect(created.ok).toBe(true);
    const viaSync = dispatch(notebook.db, 'cases.list', {});
    const viaAsync = await dispatchAsync(notebook.db, 'cases.list', {});
    expect(viaAsync).toEqual(viaSync);
    for (const [procedure, request] of [
      ['cases.drop', {}],
      ['cases.update', { id: 'nope', patch: { title: '' } }],
      ['cases.get', { id: '01ARZ3NDEKTSV4RRFFQ69G5FAV' }],
    ] as const) {
      expect(await dispatchAsync(notebook.db, procedure, request)).toEqual(dispatch(notebook.db, procedure, request));
    }
  });

  it('names only procedures of the contract as needing preparation', () => {
    for (const name of PREPARED_PROCEDURES) expect(PROCEDURE_NAMES).toContain(name);
    expect([...PREPARED_PROCEDURES].sort()).toEqual(
      ['backups.copyForRestore', 'backups.create', 'backups.list', 'sources.addFromFile', 'sources.captureUrl'].sort(),
    );
  });

  it('checks the request before it reaches the network', async () => {
    const notebook = tempNotebook();
    let calls = 0;
    const preparers = createPreparers({ fetch: gatedFetch(Promise.resolve(), () => calls++) });
    const both = await dispatchAsync(
      notebook.db,
      'sources.captureUrl',
      { url: 'https://a.example/', sourceId: 'x' },
      preparers,
    );
    const missing = await dispatchAsync(
      notebook.db,
      'sources.captureUrl',
      { sourceId: '01ARZ3NDEKTSV4RRFFQ69G5FAV' },
      preparers,
    );
    expect(both).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(calls).toBe(0);
  });

  it('holds no transaction while it waits for the page, and writes in one afterwards', async () => {
    const notebook = tempNotebook();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let fetched!: () => void;
    const fetchStarted = new Promise<void>((resolve) => (fetched = resolve));
    const pending = dispatchAsync(
      notebook.db,
      'sources.captureUrl',
      { url: 'https://news.example.com/statement' },
      createPreparers({ fetch: gatedFetch(gate, () => fetched()) }),
    );
    await fetchStarted;
    expect(notebook.db.inTransaction).toBe(false);
    // The window keeps working while the page loads.
    const created = notebook.call('cases.create', { title: 'Written during the fetch' });
    expect(created.title).toBe('Written during the fetch');
    release();
    const result = await pending;
    expect(result).toMatchObject({ ok: true, value: { outcome: 'captured', source: { title: 'Statement' } } });
    expect(notebook.db.inTransaction).toBe(false);
  });

  it('saves nothing when the notebook was closed during the fetch', async () => {
    const notebook = tempNotebook();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const pending = dispatchAsync(
      notebook.db,
      'sources.captureUrl',
      { url: 'https://news.example.com/statement' },
      createPreparers({ fetch: gatedFetch(gate) }),
    );
    notebook.close();
    release();
    expect(await pending).toMatchObject({ ok: false, error: { code: 'notebook-missing' } });
  });

  it('keeps the address when the fetch fails in a way it does not know', async () => {
    const notebook = tempNotebook();
    const broken = createPreparers({
      fetch: () => {
        throw new Error('socket exploded');
      },
    });
    const result = await dispatchAsync(notebook.db, 'sources.captureUrl', { url: 'https://news.example.com/' }, broken);
    // A fetch that fails in an unknown way is reported, and the address is still kept.
    expect(result).toMatchObject({ ok: true, value: { outcome: 'offline' } });
    if (result.ok) expect((result.value as { message: string }).message).toMatch(/socket exploded/);
  });
});
