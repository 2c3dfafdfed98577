import { FuseV1Options, FuseVersion, getCurrentFuseWire, type FuseConfig } from '@electron/fuses';
import { PlatformPackager } from 'app-builder-lib';
import { getConfig } from 'app-builder-lib/out/util/config/config.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from './build-bundles.ts';

const CONFIG_FILE = join(PROJECT_ROOT, 'electron-builder.yml');
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const ON: number = 0x31; // '1'
const OFF: number = 0x30; // '0'

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/**
 * A stand-in Electron executable: filler bytes around the fuse wire exactly as Electron lays it out
 * (sentinel, wire version, wire length, one byte a fuse), set to Electron's own defaults.
 */
function fakeElectronBinary(path: string): void {
  const defaults = [ON, OFF, ON, ON, OFF, OFF, OFF, ON]; // RunAsNode … GrantFileProtocolExtraPrivileges
  writeFileSync(
    path,
    Buffer.concat([
      Buffer.alloc(4096, 0xcc),
      Buffer.from(SENTINEL, 'ascii'),
      Buffer.from([1, defaults.length, ...defaults]),
      Buffer.alloc(4096, 0xcc),
    ]),
  );
}

/** The fuse settings electron-builder derives from electron-builder.yml's electronFuses. */
async function fuseConfigFromYaml(): Promise<FuseConfig> {
  const config = await getConfig(PROJECT_ROOT, CONFIG_FILE, null);
  if (config.electronFuses == null) throw new Error('electron-builder.yml sets no electronFuses');
  const generate = (
    PlatformPackager.prototype as unknown as {
      generateFuseConfig(fuses: NonNullable<typeof config.electronFuses>): Promise<FuseConfig>;
    }
  ).generateFuseConfig;
  return generate(config.electronFuses);
}

describe('Electron fuses in the packaged app', () => {
  it('turns off run-as-node, NODE_OPTIONS and inspect arguments, and loads the app only from a verified asar', async () => {
    expect(await fuseConfigFromYaml()).toEqual({
      version: FuseVersion.V1,
      resetAdHocDarwinSignature: undefined,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      // Electron checks the asar's integrity on macOS and Windows; on Linux the fuse has no effect.
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    });
  });

  it('are flipped in the executable by electron-builder’s own after-pack step', async () => {
    const appOutDir = mkdtempSync(join(tmpdir(), 'casebook-fuses-'));
    folders.push(appOutDir);
    const executable = join(appOutDir, 'Casebook.exe');
    fakeElectronBinary(executable);
    const before = await getCurrentFuseWire(executable);
    expect(before[FuseV1Options.RunAsNode]).toBe(ON);

    // The step electron-builder runs after packing and before signing (PlatformPackager.doAddElectronFuses),
    // on a Windows build whose product file name is Casebook.
    const packager = { appInfo: { productFilename: 'Casebook' } };
    const addElectronFuses = (
      PlatformPackager.prototype as unknown as {
        addElectronFuses(
          context: { appOutDir: string; electronPlatformName: string },
          fuses: FuseConfig,
        ): Promise<number>;
      }
    ).addElectronFuses;
    await addElectronFuses.call(packager, { appOutDir, electronPlatformName: 'win32' }, await fuseConfigFromYaml());

    const after = await getCurrentFuseWire(executable);
    expect(
      [0, 1, 2, 3, 4, 5, 6, 7].map((fuse) => (Number(after[fuse as FuseV1Options]) === ON ? 'on' : 'off')),
    ).toEqual([
      'off', // RunAsNode
      'on', // EnableCookieEncryption
      'off', // EnableNodeOptionsEnvironmentVariable
      'off', // EnableNodeCliInspectArguments
      'on', // EnableEmbeddedAsarIntegrityValidation
      'on', // OnlyLoadAppFromAsar
      'off', // LoadBrowserProcessSpecificV8Snapshot (left as Electron ships it)
      'off', // GrantFileProtocolExtraPrivileges
    ]);
  });
});
