import type { BrowserContext, Page, Request } from 'playwright-core';
import type { CspViolationReport } from './page-bridge.ts';

export interface RecordedRequest {
  readonly url: string;
  readonly method: string;
  readonly resourceType: string;
  /** Why it failed, when it did (Chromium's error text, e.g. net::ERR_CONNECTION_REFUSED). */
  failure?: string;
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
  const recorded = new WeakMap<Request, RecordedRequest>();
  context.on('request', (request) => {
    const entry = { url: request.url(), method: request.method(), resourceType: request.resourceType() };
    recorded.set(request, entry);
    record.requests.push(entry);
  });
  context.on('requestfailed', (request) => {
    const entry = recorded.get(request);
    if (entry !== undefined) entry.failure = request.failure()?.errorText ?? 'failed';
  });
  // WebSockets are not 'request' events; record them from every page of the session too.
  const recordWebSockets = (watched: Page) =>
    watched.on('websocket', (socket) => {
      record.requests.push({ url: socket.url(), method: 'WEBSOCKET', resourceType: 'websocket' });
    });
  recordWebSockets(page);
  context.on('page', recordWebSockets);
  page.on('pageerror', (error) => {
    record.pageErrors.push(error.stack ?? error.message);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') record.consoleErrors.push(message.text());
  });
}

/** Chromium's error text for a request the page's Content-Security-Policy refused before sending it. */
export const BLOCKED_BY_CSP = 'csp';

/**
 * Requests to anywhere but the rig's own origin: every page, worker, navigation and WebSocket of the
 * session. data: and blob: URLs never leave the page, and a request the CSP refused was never sent (the
 * attempt is a CSP violation, which fails the session on its own). close() fails the test on any other,
 * listing each URL.
 */
export function requestsLeavingOrigin(record: PageRecord, origin: string): RecordedRequest[] {
  return record.requests.filter(
    (request) =>
      !request.url.startsWith(`${origin}/`) && !/^(data|blob):/.test(request.url) && request.failure !== BLOCKED_BY_CSP,
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
