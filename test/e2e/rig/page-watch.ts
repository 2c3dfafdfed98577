import type { BrowserContext, Page } from 'playwright-core';
import type { CspViolationReport } from './page-bridge.ts';

export interface RecordedRequest {
  readonly url: string;
  readonly method: string;
  readonly resourceType: string;
}

/** Everything the rig noticed about a window, for tests to assert on and for close() to fail on. */
export interface PageRecord {
  readonly requests: RecordedRequest[];
  readonly pageErrors: string[];
  readonly consoleErrors: string[];
  readonly cspViolations: CspViolationReport[];
  /** Calls the bridge could not answer (the services threw or the answer could not be cloned). */
  readonly bridgeFailures: string[];
  /** URLs the window asked the system to open, and whether the app would have opened them. */
  readonly openedExternally: { url: unknown; opened: boolean }[];
}

export function newPageRecord(): PageRecord {
  return {
    requests: [],
    pageErrors: [],
    consoleErrors: [],
    cspViolations: [],
    bridgeFailures: [],
    openedExternally: [],
  };
}

export function watchPage(context: BrowserContext, page: Page, record: PageRecord): void {
  context.on('request', (request) => {
    record.requests.push({ url: request.url(), method: request.method(), resourceType: request.resourceType() });
  });
  page.on('pageerror', (error) => {
    record.pageErrors.push(error.stack ?? error.message);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') record.consoleErrors.push(message.text());
  });
}

/** Requests to anywhere but the rig's own origin (data: and blob: URLs never leave the page). */
export function requestsLeavingOrigin(record: PageRecord, origin: string): RecordedRequest[] {
  return record.requests.filter(
    (request) => !request.url.startsWith(`${origin}/`) && !/^(data|blob):/.test(request.url),
  );
}

/** Why a session must fail even though every assertion passed, or null when nothing went wrong. */
export function describeProblems(record: PageRecord, origin: string): string | null {
  const lines: string[] = [];
  for (const error of record.pageErrors) lines.push(`uncaught page error: ${error}`);
  for (const violation of record.cspViolations) {
    lines.push(
      `CSP violation: ${violation.directive} blocked ${violation.blockedUri || '(inline)'} at ${violation.location} ${violation.sample}`,
    );
  }
  for (const failure of record.bridgeFailures) lines.push(`bridge failure: ${failure}`);
  for (const request of requestsLeavingOrigin(record, origin))
    lines.push(`request left the local origin: ${request.method} ${request.url}`);
  return lines.length === 0 ? null : lines.join('\n');
}
