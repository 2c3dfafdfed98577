import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { DebugLogger } from 'builder-util';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from './build-bundles.ts';

const CONFIG_FILE = join(PROJECT_ROOT, 'electron-builder.yml');

describe('electron-builder.yml', () => {
  it('passes electron-builder’s own schema validation', async () => {
    const config = await getConfig(PROJECT_ROOT, CONFIG_FILE, null);
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    // The validator is real: an unknown option fails it.
    await expect(
      validateConfiguration({ ...config, notAnOption: true } as typeof config, new DebugLogger(false)),
    ).rejects.toThrow();
  });

  it('packages Casebook for Linux, Windows and macOS with the .casebook file association', async () => {
    const config = await getConfig(PROJECT_ROOT, CONFIG_FILE, null);
    expect(config.appId).toBe('org.casebook.app');
    expect(config.productName).toBe('Casebook');
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.win?.target).toBe('nsis');
    expect(config.mac?.target).toBe('dmg');
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: 'casebook' })]);
  });

  it('unpacks better-sqlite3’s native binary from the asar and locks the Electron fuses', async () => {
    const config = await getConfig(PROJECT_ROOT, CONFIG_FILE, null);
    expect(config.asarUnpack).toEqual(expect.arrayContaining([expect.stringMatching(/better-sqlite3.*\*\.node$/u)]));
    expect(JSON.stringify(config.files)).toContain('"out/**"');
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });
});
