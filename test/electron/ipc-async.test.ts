import type { IpcMain } from 'electron';
import { describe, expect, it } from 'vitest';
import { registerIpc } from '../../electron/main/ipc.ts';
import { dispatchAsync } from '../../electron/services/dispatch.ts';
import { createPreparers } from '../../electron/services/preparers.ts';
import { CALL_CHANNEL } from '../../shared/contract/events.ts';
import { procedures } from '../../shared/contract/procedures.ts';
import { tempNotebook } from '../helpers/temp-notebook.ts';
import { fakeContents, fakeEvent, fakeFrame, fakeIpcMain } from './fake-electron.ts';

const top = fakeFrame('app://casebook/index.html', { processId: 7, routingId: 1 });
const window = fakeContents(1, top);
const PAGE = `<html><head><title>Statement</title></head><body><article><p>${'The maker apologised. '.repeat(30)}</p></article></body></html>`;

function register(dispatch: Parameters<typeof registerIpc>[0]['dispatch'], db = tempNotebook().db) {
  const ipcMain = fakeIpcMain();
  const announced: unknown[] = [];
  registerIpc({
    ipcMain: ipcMain as unknown as Pick<IpcMain, 'handle' | 'on'>,
    trustedContents: () => window,
    trustedUrlPrefix: 'app://casebook/',
    currentNotebook: () => db,
    dispatch,
    announceTablesChanged: (tables) => announced.push(tables),
    openExternal: () => Promise.resolve(),
    savePdf: () => Promise.resolve({ saved: false }),
    openBackupCopy: () => Promise.resolve(false),
    onFlushDone: () => undefined,
  });
  return { ipcMain, announced };
}

describe('the IPC call channel with a procedure that waits for the network', () => {
  it('answers after the fetch and announces the changed tables only then', async () => {
    const notebook = tempNotebook();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const preparers = createPreparers({
      fetch: async () => {
        await gate;
        return new Response(PAGE, { headers: { 'Content-Type': 'text/html' } });
      },
    });
    const { ipcMain, announced } = register(
      (db, procedure, request) => dispatchAsync(db, procedure, request, preparers),
      notebook.db,
    );
    const answer = ipcMain.invoke(CALL_CHANNEL, fakeEvent(window, top), 'sources.captureUrl', {
      url: 'https://news.example.com/statement',
    });
    // Other calls are answered while the page loads.
    expect(
      await ipcMain.invoke(CALL_CHANNEL, fakeEvent(window, top), 'cases.create', { title: 'Meanwhile' }),
    ).toMatchObject({
      ok: true,
    });
    expect(announced).toEqual([procedures['cases.create'].writes]);
    release();
    expect(await answer).toMatchObject({ ok: true, value: { outcome: 'captured', source: { title: 'Statement' } } });
    expect(announced).toEqual([procedures['cases.create'].writes, procedures['sources.captureUrl'].writes]);
  });

  it('turns a dispatch whose promise rejects into an internal error', async () => {
    const { ipcMain, announced } = register(() => Promise.reject(new Error('boom')));
    expect(await ipcMain.invoke(CALL_CHANNEL, fakeEvent(window, top), 'cases.create', {})).toEqual({
      ok: false,
      error: { code: 'internal', message: 'boom' },
    });
    expect(announced).toEqual([]);
  });
});
