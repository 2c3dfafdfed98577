import { execFile } from 'node:child_process';
import {
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
 * Chromium refuses to start as root (containers, CI) with its sandbox on, so --no-sandbox is added only
 * then. The page is our own HTML export, whose CSP (default-src 'none') blocks scripts and remote loads,
 * and the proxy below points nowhere, so nothing untrusted runs in the unsandboxed browser.
 */
export function printArguments(htmlFile: string, pdfFile: string, profile: string, runningAsRoot: boolean): string[] {
  return [
    '--headless',
    '--disable-gpu',
    ...(runningAsRoot ? ['--no-sandbox'] : []),
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
    await run(browser, printArguments(htmlFile, pdfFile, path.join(work, 'profile'), process.getuid?.() === 0));
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

function run(browser: string, args: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(browser, args, { timeout: PRINT_TIMEOUT_MS, maxBuffer: 16 * 1024 * 1024 }, (error) => {
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
