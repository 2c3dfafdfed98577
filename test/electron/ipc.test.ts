import type { IpcMain } from 'electron';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  FLUSH_DONE_CHANNEL,
  OPEN_BACKUP_COPY_CHANNEL,
  OPEN_EXTERNAL_CHANNEL,
  SAVE_PDF_CHANNEL,
} from '../../electron/main/channels.ts';
import { isTrustedSender, registerIpc, type ContentsLike, type IpcBindings } from '../../electron/main/ipc.ts';
import type { NotebookDb } from '../../electron/store/database.ts';
import { CALL_CHANNEL } from '../../shared/contract/events.ts';
import { procedures } from '../../shared/contract/procedures.ts';
import { fail, ok, type Result } from '../../shared/contract/result.ts';
import { fakeContents, fakeEvent, fakeFrame, fakeIpcMain } from './fake-electron.ts';

afterEach(() => {
  vi.restoreAllMocks();
});

const PREFIX = 'app://casebook/';
const top = fakeFrame('app://casebook/index.html', { processId: 7, routingId: 1 });
const window = fakeContents(1, top);

describe('isTrustedSender', () => {
  it('accepts the top frame of our window showing our page', () => {
    expect(isTrustedSender(fakeEvent(window, top), window, PREFIX)).toBe(true);
    const sameFrameNewObject = fakeFrame('app://casebook/index.html#case/42', { processId: 7, routingId: 1 });
    expect(isTrustedSender(fakeEvent(window, sameFrameNewObject), window, PREFIX)).toBe(true);
  });

  it.each([
    ['a frame that is gone (null)', fakeEvent(window, null)],
    [
      'an iframe of our own origin',
      fakeEvent(window, fakeFrame('app://casebook/index.html', { parent: top, routingId: 2 })),
    ],
    [
      'an iframe from the web',
      fakeEvent(window, fakeFrame('https://attacker.example/', { parent: top, routingId: 3 })),
    ],
    [
      'our window after navigating to the web',
      fakeEvent(window, fakeFrame('https://attacker.example/', { processId: 7, routingId: 1 })),
    ],
    ['our window showing a file', fakeEvent(window, fakeFrame('file:///etc/passwd', { processId: 7, routingId: 1 }))],
    [
      'a look-alike origin',
      fakeEvent(window, fakeFrame('app://casebook.evil/index.html', { processId: 7, routingId: 1 })),
    ],
    ['a data: page', fakeEvent(window, fakeFrame('data:text/html,<p>hi', { processId: 7, routingId: 1 }))],
    [
      'a top frame in another process',
      fakeEvent(window, fakeFrame('app://casebook/index.html', { processId: 8, routingId: 1 })),
    ],
    [
      'a different top-level frame id',
      fakeEvent(window, fakeFrame('app://casebook/index.html', { processId: 7, routingId: 9 })),
    ],
    [
      'a different web contents',
      fakeEvent(
        fakeContents(2, fakeFrame('app://casebook/index.html', { processId: 9 })),
        fakeFrame('app://casebook/index.html', { processId: 9 }),
      ),
    ],
  ])('refuses %s', (_label, event) => {
    expect(isTrustedSender(event, window, PREFIX)).toBe(false);
  });

  it('refuses everything while no window is open or after it was destroyed', () => {
    expect(isTrustedSender(fakeEvent(window, top), null, PREFIX)).toBe(false);
    const destroyed = fakeContents(1, top, true);
    expect(isTrustedSender(fakeEvent(destroyed, top), destroyed, PREFIX)).toBe(false);
  });

  it('refuses a frame that is gone, whether Electron reports it destroyed or throws when it is read', () => {
    const destroyedFrame = { ...top, isDestroyed: () => true };
    expect(isTrustedSender(fakeEvent(window, destroyedFrame), window, PREFIX)).toBe(false);
    const disposed = {
      get url(): string {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
      parent: null,
      processId: top.processId,
      routingId: top.routingId,
    };
    expect(isTrustedSender(fakeEvent(window, disposed), window, PREFIX)).toBe(false);
    // The same frame, alive, is trusted: the refusals above come from its being gone.
    expect(isTrustedSender(fakeEvent(window, { ...top, isDestroyed: () => false }), window, PREFIX)).toBe(true);
  });
});

function setUp(overrides: Partial<IpcBindings> = {}) {
  const ipcMain = fakeIpcMain();
  const db = {} as NotebookDb;
  const dispatch = vi.fn((_db: NotebookDb, procedure: unknown): Result<unknown> =>
    procedure === 'cases.create' ? ok({ id: 'c1' }) : fail('invalid-request', 'title: expected string'),
  );
  const announced: unknown[] = [];
  const opened: string[] = [];
  const flushed: number[] = [];
  const printed: { caseId: string; options: unknown }[] = [];
  const copies: string[] = [];
  let contents: ContentsLike | null = window;
  registerIpc({
    ipcMain: ipcMain as unknown as Pick<IpcMain, 'handle' | 'on'>,
    trustedContents: () => contents,
    trustedUrlPrefix: PREFIX,
    currentNotebook: () => db,
    dispatch,
    announceTablesChanged: (tables) => announced.push(tables),
    openExternal: (url) => {
      opened.push(url);
      return Promise.resolve();
    },
    onFlushDone: (id) => flushed.push(id),
    openBackupCopy: (path) => {
      copies.push(path);
      return Promise.resolve(true);
    },
    savePdf: (_db, caseId, options) => {
      printed.push({ caseId, options });
      return Promise.resolve({ saved: true, path: '/tmp/case.pdf', bytes: 1000 });
    },
    ...overrides,
  });
  return { ipcMain, dispatch, announced, opened, flushed, printed, copies, db, closeWindow: () => (contents = null) };
}

describe('registerIpc', () => {
  it('registers the call channel and the link channel, and listens only for the flush acknowledgement', () => {
    const { ipcMain } = setUp();
    expect([...ipcMain.handlers.keys()].sort()).toEqual(
      [CALL_CHANNEL, OPEN_EXTERNAL_CHANNEL, SAVE_PDF_CHANNEL, OPEN_BACKUP_COPY_CHANNEL].sort(),
    );
    expect([...ipcMain.listeners.keys()]).toEqual([FLUSH_DONE_CHANNEL]);
  });

  it('answers a foreign frame with forbidden-sender and never runs the procedure', async () => {
    const { ipcMain, dispatch, announced } = setUp();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const iframe = fakeFrame('app://casebook/index.html', { parent: top, routingId: 4 });
    const result = await ipcMain.invoke(CALL_CHANNEL, fakeEvent(window, iframe), 'cases.create', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(dispatch).not.toHaveBeenCalled();
    expect(announced).toEqual([]);
  });

  it('passes a trusted call to dispatch and announces the tables a successful write changed', async () => {
    const { ipcMain, dispatch, announced, db } = setUp();
    const result = await ipcMain.invoke(CALL_CHANNEL, fakeEvent(window, top), 'cases.create', { title: 'Xiaomi' });
    expect(result).toEqual({ ok: true, value: { id: 'c1' } });
    expect(dispatch).toHaveBeenCalledWith(db, 'cases.create', { title: 'Xiaomi' });
    expect(announced).toEqual([procedures['cases.create'].writes]);
  });

  it('announces nothing when the call fails', async () => {
    const { ipcMain, announced } = setUp();
    const result = await ipcMain.invoke(CALL_CHANNEL, fakeEvent(window, top), 'cases.update', { id: 1 });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(announced).toEqual([]);
  });

  it('turns a throwing dispatch into an internal error instead of a rejected promise', async () => {
    const { ipcMain } = setUp({
      dispatch: () => {
        throw new Error('disk I/O error');
      },
    });
    const result = await ipcMain.invoke(CALL_CHANNEL, fakeEvent(window, top), 'cases.list', {});
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: 'disk I/O error' } });
  });

  it('says so when no notebook is open', async () => {
    const { ipcMain } = setUp({ currentNotebook: () => null });
    const result = await ipcMain.invoke(CALL_CHANNEL, fakeEvent(window, top), 'cases.list', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'notebook-missing' } });
  });

  it('refuses every call once the window is closed', async () => {
    const { ipcMain, dispatch, closeWindow } = setUp();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    closeWindow();
    const result = await ipcMain.invoke(CALL_CHANNEL, fakeEvent(window, top), 'cases.list', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('opens only safe links, and only for our window', async () => {
    const { ipcMain, opened } = setUp();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await ipcMain.invoke(OPEN_EXTERNAL_CHANNEL, fakeEvent(window, top), 'https://example.com/a')).toEqual(
      ok({ opened: true }),
    );
    expect(await ipcMain.invoke(OPEN_EXTERNAL_CHANNEL, fakeEvent(window, top), 'file:///etc/passwd')).toEqual(
      ok({ opened: false }),
    );
    expect(await ipcMain.invoke(OPEN_EXTERNAL_CHANNEL, fakeEvent(window, top), 42)).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    const foreign = fakeFrame('https://attacker.example/', { parent: top, routingId: 5 });
    expect(
      await ipcMain.invoke(OPEN_EXTERNAL_CHANNEL, fakeEvent(window, foreign), 'https://example.com/b'),
    ).toMatchObject({
      ok: false,
      error: { code: 'forbidden-sender' },
    });
    expect(opened).toEqual(['https://example.com/a']);
  });

  it('takes flush acknowledgements only from our window', () => {
    const { ipcMain, flushed } = setUp();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const listener = ipcMain.listeners.get(FLUSH_DONE_CHANNEL);
    listener?.(fakeEvent(window, top), 3);
    listener?.(fakeEvent(window, fakeFrame('app://casebook/index.html', { parent: top, routingId: 6 })), 4);
    listener?.(fakeEvent(window, top), 'not a number');
    expect(flushed).toEqual([3]);
  });

  it('prints a case to PDF only for our window, with a checked request', async () => {
    const { ipcMain, printed } = setUp();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await ipcMain.invoke(SAVE_PDF_CHANNEL, fakeEvent(window, top), { caseId: 'c1', style: 'harvard' })).toEqual(
      ok({ saved: true, path: '/tmp/case.pdf', bytes: 1000 }),
    );
    expect(printed).toEqual([{ caseId: 'c1', options: { style: 'harvard', redact: false } }]);
    expect(
      await ipcMain.invoke(SAVE_PDF_CHANNEL, fakeEvent(window, top), { caseId: 'c1', style: 'mla' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', message: expect.stringContaining('style') },
    });
    const iframe = fakeFrame('app://casebook/index.html', { parent: top, routingId: 7 });
    expect(await ipcMain.invoke(SAVE_PDF_CHANNEL, fakeEvent(window, iframe), { caseId: 'c1' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden-sender' },
    });
    expect(printed).toHaveLength(1);
  });

  it('opens a backup copy only for our window, with a path that is a string', async () => {
    const { ipcMain, copies } = setUp();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const copy = '/home/ana/Cases (backup of 2026-11-20).casebook';
    expect(await ipcMain.invoke(OPEN_BACKUP_COPY_CHANNEL, fakeEvent(window, top), copy)).toEqual(ok({ opened: true }));
    expect(await ipcMain.invoke(OPEN_BACKUP_COPY_CHANNEL, fakeEvent(window, top), 42)).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    const iframe = fakeFrame('app://casebook/index.html', { parent: top, routingId: 8 });
    expect(await ipcMain.invoke(OPEN_BACKUP_COPY_CHANNEL, fakeEvent(window, iframe), copy)).toMatchObject({
      ok: false,
      error: { code: 'forbidden-sender' },
    });
    expect(copies).toEqual([copy]);
  });
});
