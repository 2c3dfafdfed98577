import type { IpcMain, WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import { OPEN_EXTERNAL_CHANNEL } from '../../electron/main/channels.ts';
import { registerIpc } from '../../electron/main/ipc.ts';
import {
  externalUrlToOpen,
  isHomographHost,
  isSafeExternalUrl,
  lockDownWebContents,
} from '../../electron/main/security.ts';
import type { NotebookDb } from '../../electron/store/database.ts';
import { fail } from '../../shared/contract/result.ts';
import { EXTERNAL_URL_CORPUS, LINKS_THAT_ARE_REFUSED, LINKS_THAT_OPEN } from '../security/external-url-corpus.ts';
import { fakeContents, fakeEvent, fakeFrame, fakeIpcMain } from './fake-electron.ts';

const label = (url: string) => JSON.stringify(url).slice(0, 80);
const corpus = EXTERNAL_URL_CORPUS.map((entry) => [label(entry.url), entry] as const);

describe('the external-link corpus', () => {
  it('holds at least forty hostile links and the ordinary links a case cites', () => {
    expect(LINKS_THAT_ARE_REFUSED.length).toBeGreaterThanOrEqual(40);
    expect(LINKS_THAT_OPEN.length).toBeGreaterThanOrEqual(10);
    expect(new Set(EXTERNAL_URL_CORPUS.map((entry) => entry.url)).size).toBe(EXTERNAL_URL_CORPUS.length);
  });
});

describe('externalUrlToOpen', () => {
  it.each(corpus)('%s → the URL it names, or nothing', (_label, { url, opens }) => {
    expect(externalUrlToOpen(url)).toBe(opens);
    expect(isSafeExternalUrl(url)).toBe(opens !== null);
  });

  it('refuses anything that is not a string', () => {
    for (const value of [null, undefined, 42, {}, ['https://example.com'], new URL('https://example.com')]) {
      expect(externalUrlToOpen(value)).toBeNull();
      expect(isSafeExternalUrl(value)).toBe(false);
    }
  });

  it('tells a homograph host from a name in one script', () => {
    expect(isHomographHost('xn--pple-43d.com')).toBe(true); // аpple.com
    expect(isHomographHost('example.com')).toBe(false);
    expect(isHomographHost('xn--e1afmkfd.xn--p1ai')).toBe(false); // пример.рф
    expect(isHomographHost('xn--yets76e.example')).toBe(false); // 小米.example
  });
});

type OpenHandler = (details: { url: string }) => { action: string };

/** A web contents whose only interesting part is the new-window handler the lockdown installs. */
function contentsWithOpenHandler(opened: string[]): OpenHandler {
  let handler: OpenHandler | undefined;
  const contents = {
    on: () => contents,
    setWindowOpenHandler: (next: OpenHandler) => {
      handler = next;
    },
  };
  lockDownWebContents(contents as unknown as WebContents, (url) => opened.push(url));
  if (handler === undefined) throw new Error('lockDownWebContents installed no window-open handler');
  return handler;
}

describe('a link the page opens in a new window (target=_blank, window.open)', () => {
  it.each(corpus)('%s: the window is denied and the system opens exactly the checked URL or nothing', (_l, entry) => {
    const opened: string[] = [];
    const open = contentsWithOpenHandler(opened);
    expect(open({ url: entry.url })).toEqual({ action: 'deny' });
    expect(opened).toEqual(entry.opens === null ? [] : [entry.opens]);
  });
});

describe('a link the page asks the main process to open (window.casebook.openExternal)', () => {
  const top = fakeFrame('app://casebook/index.html');
  const window = fakeContents(1, top);
  const opened: string[] = [];
  const ipcMain = fakeIpcMain();
  registerIpc({
    ipcMain: ipcMain as unknown as Pick<IpcMain, 'handle' | 'on'>,
    trustedContents: () => window,
    trustedUrlPrefix: 'app://casebook/',
    currentNotebook: () => ({}) as NotebookDb,
    dispatch: () => fail('internal', 'not used'),
    announceTablesChanged: () => undefined,
    openExternal: (url) => {
      opened.push(url);
      return Promise.resolve();
    },
    savePdf: () => Promise.reject(new Error('not used')),
    openBackupCopy: () => Promise.reject(new Error('not used')),
    onFlushDone: () => undefined,
  });

  it.each(corpus)('%s: answers opened true/false and hands the system the checked URL', async (_l, entry) => {
    opened.length = 0;
    const answer = await ipcMain.invoke(OPEN_EXTERNAL_CHANNEL, fakeEvent(window, top), entry.url);
    expect(answer).toEqual({ ok: true, value: { opened: entry.opens !== null } });
    expect(opened).toEqual(entry.opens === null ? [] : [entry.opens]);
  });
});
