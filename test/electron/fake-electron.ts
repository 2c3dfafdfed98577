import type { ContentsLike, FrameLike, IpcEventLike } from '../../electron/main/ipc.ts';

/** Frames, web contents and IPC events shaped like Electron's, for the sender checks. */
export function fakeFrame(
  url: string,
  options: { parent?: FrameLike | null; processId?: number; routingId?: number } = {},
): FrameLike {
  return { url, parent: options.parent ?? null, processId: options.processId ?? 7, routingId: options.routingId ?? 1 };
}

export function fakeContents(id: number, mainFrame: FrameLike, destroyed = false): ContentsLike {
  return { id, mainFrame, isDestroyed: () => destroyed };
}

export function fakeEvent(sender: ContentsLike, senderFrame: FrameLike | null): IpcEventLike {
  return { sender, senderFrame };
}

type Handler = (event: IpcEventLike, ...args: unknown[]) => unknown;

/** Records what registerIpc asks of ipcMain, and lets a test invoke the registered handlers. */
export function fakeIpcMain() {
  const handlers = new Map<string, Handler>();
  const listeners = new Map<string, Handler>();
  return {
    handlers,
    listeners,
    handle(channel: string, handler: Handler) {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, handler);
    },
    on(channel: string, listener: Handler) {
      listeners.set(channel, listener);
      return this;
    },
    async invoke(channel: string, event: IpcEventLike, ...args: unknown[]): Promise<unknown> {
      const handler = handlers.get(channel);
      if (handler === undefined) throw new Error(`No handler registered for '${channel}'`);
      return await handler(event, ...args);
    },
  };
}
