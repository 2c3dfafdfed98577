import { chmodSync, chownSync, existsSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The unprivileged `nobody` account the test browser runs as when the tests run as root. */
const NOBODY = 65534;

export interface SandboxedLaunch {
  /** What to start: Chromium itself, or (as root) a wrapper that starts it as `nobody`. */
  readonly executablePath: string;
  readonly env: Record<string, string | undefined>;
}

/**
 * How to start the test browser with its sandbox on. Chromium refuses to run sandboxed as root (CI and
 * containers run as root), and turning the sandbox off would test a renderer weaker than the app's. So as
 * root the browser runs as `nobody` through setpriv, with the profile folder given to that account, the way
 * `casebook export --format pdf` prints (electron/cli/print-pdf.ts).
 */
export function sandboxedLaunch(chromium: string, profileDir: string): SandboxedLaunch {
  if (process.getuid?.() !== 0) return { executablePath: chromium, env: { ...process.env } };
  const setpriv = ['/usr/bin/setpriv', '/bin/setpriv'].find((candidate) => existsSync(candidate));
  if (setpriv === undefined)
    throw new Error('The tests run as root, and setpriv (util-linux) is missing to start the browser as nobody with its sandbox on.');
  // nobody must reach the profile: its folder (a temp folder of the run) becomes passable, not readable.
  const scratch = dirname(profileDir);
  chmodSync(scratch, (statSync(scratch).mode & 0o777) | 0o711);
  chownSync(profileDir, NOBODY, NOBODY);
  const wrapper = join(mkdtempSync(join(scratch, 'as-nobody-')), 'chromium');
  chmodSync(dirname(wrapper), 0o755);
  writeFileSync(
    wrapper,
    `#!/bin/sh\nexec ${setpriv} --reuid=${NOBODY} --regid=${NOBODY} --clear-groups '${chromium.replace(/'/g, `'\\''`)}' "$@"\n`,
  );
  chmodSync(wrapper, 0o755);
  return { executablePath: wrapper, env: { ...process.env, HOME: profileDir } };
}
