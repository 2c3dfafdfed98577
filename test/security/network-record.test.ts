import { describe, expect, it } from 'vitest';
import { BLOCKED_BY_CSP, describeProblems, newPageRecord, requestsLeavingOrigin } from '../e2e/rig/page-watch.ts';

const ORIGIN = 'http://127.0.0.1:41234';

function recordWith(...urls: string[]) {
  const record = newPageRecord();
  for (const url of urls) record.requests.push({ url, method: 'GET', resourceType: 'other' });
  return record;
}

describe('the e2e rig’s network record', () => {
  it('lets the renderer’s own origin, data: and blob: through', () => {
    const record = recordWith(
      `${ORIGIN}/index.html`,
      `${ORIGIN}/assets/index-abc.js`,
      'data:image/png;base64,iVBORw0KGgo=',
      `blob:${ORIGIN}/5f0c4e1a-0000-4000-8000-000000000000`,
    );
    expect(requestsLeavingOrigin(record, ORIGIN)).toEqual([]);
    expect(describeProblems(record, ORIGIN)).toBeNull();
  });

  it('does not count a request the page’s CSP refused before sending it', () => {
    const record = recordWith(`${ORIGIN}/index.html`, 'https://attacker.example/pixel.png', 'https://cdn.example/a.js');
    const [, blocked, refusedByServer] = record.requests;
    if (blocked !== undefined) blocked.failure = BLOCKED_BY_CSP;
    if (refusedByServer !== undefined) refusedByServer.failure = 'net::ERR_CONNECTION_REFUSED'; // it was sent
    expect(requestsLeavingOrigin(record, ORIGIN).map((request) => request.url)).toEqual(['https://cdn.example/a.js']);
  });

  it('fails the session on any other request, listing each offending URL', () => {
    const record = recordWith(
      `${ORIGIN}/index.html`,
      'https://fonts.example/font.woff2',
      // A look-alike of the local origin: another port, and the origin as a user name.
      'http://127.0.0.1:41235/index.html',
      `${ORIGIN}@attacker.example/`,
      'wss://attacker.example/socket',
    );
    expect(requestsLeavingOrigin(record, ORIGIN).map((request) => request.url)).toEqual([
      'https://fonts.example/font.woff2',
      'http://127.0.0.1:41235/index.html',
      `${ORIGIN}@attacker.example/`,
      'wss://attacker.example/socket',
    ]);
    expect(describeProblems(record, ORIGIN)?.split('\n')).toEqual([
      'request left the local origin: GET https://fonts.example/font.woff2',
      'request left the local origin: GET http://127.0.0.1:41235/index.html',
      `request left the local origin: GET ${ORIGIN}@attacker.example/`,
      'request left the local origin: GET wss://attacker.example/socket',
    ]);
  });
});
