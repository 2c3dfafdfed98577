import { describe, expect, it } from 'vitest';
import { initialBounds, mainWindowOptions } from '../../electron/main/window.ts';
import { DEFAULT_SETTINGS, type SettingsStore } from '../../electron/main/settings.ts';

const laptop = { x: 0, y: 0, width: 1440, height: 900 };

describe('where the window opens', () => {
  it('reopens where it was when that place is still on a display', () => {
    const remembered = { x: 100, y: 80, width: 1200, height: 760 };
    expect(initialBounds(remembered, [laptop])).toEqual(remembered);
  });

  it('falls back to a default size when the remembered place is on a display that is gone', () => {
    expect(initialBounds({ x: 3000, y: 0, width: 1200, height: 760 }, [laptop])).toEqual({ width: 1280, height: 820 });
    expect(initialBounds(null, [laptop])).toEqual({ width: 1280, height: 820 });
  });

  it('stays hidden until the page has painted and uses the locked-down preferences', () => {
    const settings: SettingsStore = { get: () => DEFAULT_SETTINGS, update: () => DEFAULT_SETTINGS };
    const options = mainWindowOptions({
      preloadPath: '/app/out/preload/index.cjs',
      settings,
      displayWorkAreas: () => [laptop],
    });
    expect(options.show).toBe(false);
    expect(options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      preload: '/app/out/preload/index.cjs',
    });
  });
});
