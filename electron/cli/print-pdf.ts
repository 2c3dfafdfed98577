import { execFile } from 'node:child_process';
import {
  chownSync,
  mkdtempSync,
  openSync,
  readSync,
  closeSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  copyFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { badInput } from './errors.ts';

const PRINT_TIMEOUT_MS = 60_000;

/**
 * The browser always runs with its sandbox on. The page is our own HTML export, whose CSP (default-src
 * 'none') blocks scripts and remote loads, and the proxy below points nowhere.
 */
export function printArguments(htmlFile: string, pdfFile: string, profile: string): string[] {
  return [
    '--headless',
    '--disable-gpu',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-extensions',
    '--proxy-server=127.0.0.1:9',
    '--proxy-bypass-list=<-loopback>',
    `--user-data-dir=${profile}`,
    '--no-pdf-header-footer',
    `--print-to-pdf=${pdfFile}`,
    pathToFileURL(htmlFile).href,
  ];
}

/**
 * Prints the HTML with the headless browser into a temporary folder, checks the result is a PDF and only
 * then moves it to out (same folder, then a rename), so a failure leaves out as it was. Returns the bytes.
 */
export async function printHtmlToPdf(browser: string, html: string, given: string, out: string): Promise<number> {
  const work = mkdtempSync(path.join(os.tmpdir(), 'casebook-pdf-'));
  const temporary = path.join(path.dirname(out), `.${path.basename(out)}.${process.pid}.tmp`);
  try {
    const htmlFile = path.join(work, 'case.html');
    const pdfFile = path.join(work, 'case.pdf');
    writeFileSync(htmlFile, html);
    const account = printingAccount();
    if (account !== null) {
      chownSync(work, account.uid, account.gid);
      chownSync(htmlFile, account.uid, account.gid);
    }
    await run(browser, printArguments(htmlFile, pdfFile, path.join(work, 'profile')), account, work);
    if (!startsWithPdfHeader(pdfFile)) throw badInput(`${browser} did not print a PDF`);
    try {
      copyFileSync(pdfFile, temporary);
      renameSync(temporary, out);
    } catch (error) {
      const reason =
        (error as { code?: unknown }).code === 'EACCES'
          ? 'permission denied'
          : error instanceof Error
            ? error.message
            : String(error);
      throw badInput(`${given}: cannot be written (${reason})`);
    }
    return statSync(out).size;
  } finally {
    rmSync(temporary, { force: true });
    rmSync(work, { recursive: true, force: true });
  }
}

/** "nobody" on Linux and macOS. */
export const UNPRIVILEGED_ID = 65534;

/**
 * Chromium refuses to start as root (containers, CI) with its sandbox on. Rather than turn the sandbox off,
 * root prints as an unprivileged account, which owns the temporary folder for that time; anyone else prints
 * as themselves (null).
 */
export function printingAccount(uid: number | undefined = process.getuid?.()): { uid: number; gid: number } | null {
  return uid === 0 ? { uid: UNPRIVILEGED_ID, gid: UNPRIVILEGED_ID } : null;
}

function run(
  browser: string,
  args: readonly string[],
  account: { uid: number; gid: number } | null,
  home: string,
): Promise<void> {
  const as = account === null ? {} : { ...account, env: { ...process.env, HOME: home } };
  return new Promise((resolve, reject) => {
    execFile(browser, args, { timeout: PRINT_TIMEOUT_MS, maxBuffer: 16 * 1024 * 1024, ...as }, (error) => {
      if (error === null) return resolve();
      if (error.killed)
        return reject(badInput(`${browser} did not finish printing the PDF within ${PRINT_TIMEOUT_MS / 1000} seconds`));
      reject(
        badInput(
          `${browser} failed to print the PDF (${error.code === 'ENOENT' ? 'cannot be started' : `exit code ${String(error.code)}`})`,
        ),
      );
    });
  });
}

function startsWithPdfHeader(file: string): boolean {
  let descriptor: number | undefined;
  try {
    descriptor = openSync(file, 'r');
    const head = Buffer.alloc(5);
    return readSync(descriptor, head, 0, 5, 0) === 5 && head.toString('latin1') === '%PDF-';
  } catch {
    return false;
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
}
