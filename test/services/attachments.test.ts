import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { MAX_ATTACHMENT_BYTES } from '../../shared/contract/procedures.ts';
import { getAttachment } from '../../electron/store/attachments.ts';
import { fullCaseDocument } from '../helpers/factories.ts';
import { rowCount } from '../helpers/inspect.ts';
import { tempNotebook, type TempNotebook } from '../helpers/temp-notebook.ts';

/** A real 1×1 PNG. */
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const headed = (head: number[] | string, size = 32) => {
  const bytes = Buffer.alloc(size, 7);
  (typeof head === 'string' ? Buffer.from(head, 'latin1') : Buffer.from(head)).copy(bytes);
  return bytes;
};
const JPEG = headed([0xff, 0xd8, 0xff, 0xe0]).toString('base64');
const GIF = headed('GIF89a').toString('base64');
const WEBP = (() => {
  const bytes = headed('RIFF');
  bytes.write('WEBPVP8 ', 8, 'latin1');
  return bytes.toString('base64');
})();

function withCase(notebook: TempNotebook): string {
  return notebook.call('cases.create', { title: 'With pictures' }).id;
}

describe('attachments', () => {
  it('stores an image in the notebook and gives back the same bytes, type and name', () => {
    const notebook = tempNotebook();
    const caseId = withCase(notebook);
    const added = notebook.call('attachments.add', {
      caseId,
      fileName: 'chart.png',
      mediaType: 'image/png',
      base64: PNG,
    });
    const bytes = Buffer.from(PNG, 'base64');
    expect(added).toEqual({ id: expect.any(String), byteLength: bytes.byteLength });
    expect(notebook.call('attachments.get', { id: added.id })).toEqual({
      id: added.id,
      mediaType: 'image/png',
      base64: PNG,
      fileName: 'chart.png',
    });
    expect(getAttachment(notebook.db, added.id)).toMatchObject({
      caseId,
      bytes,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    });
  });

  it('accepts JPEG, GIF and WebP by their signatures', () => {
    const notebook = tempNotebook();
    const caseId = withCase(notebook);
    for (const [mediaType, base64] of [
      ['image/jpeg', JPEG],
      ['image/gif', GIF],
      ['image/webp', WEBP],
    ] as const) {
      const { id } = notebook.call('attachments.add', { caseId, fileName: 'x', mediaType, base64 });
      expect(notebook.call('attachments.get', { id }).mediaType).toBe(mediaType);
    }
  });

  it('refuses bytes that are not the declared image type, bad base64 and empty files, storing nothing', () => {
    const notebook = tempNotebook();
    const caseId = withCase(notebook);
    const refusals: [string, string, string, RegExp][] = [
      ['image/png', JPEG, 'invalid-request', /^base64: is not a PNG image$/],
      ['image/jpeg', PNG, 'invalid-request', /is not a JPEG image/],
      ['image/gif', Buffer.from('GIF90a-not-really').toString('base64'), 'invalid-request', /is not a GIF image/],
      ['image/webp', Buffer.from('RIFF0000WAVEfmt ').toString('base64'), 'invalid-request', /is not a WebP image/],
      [
        'image/png',
        Buffer.from('<svg onload="alert(1)"/>').toString('base64'),
        'invalid-request',
        /is not a PNG image/,
      ],
      ['image/png', 'not base64!', 'invalid-request', /base64/],
      ['image/png', 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJA', 'invalid-request', /is not base64/],
      ['image/png', '', 'invalid-request', /is empty/],
    ];
    for (const [mediaType, base64, code, message] of refusals) {
      expect(
        notebook.result('attachments.add', { caseId, fileName: 'x', mediaType, base64 }),
        `${mediaType} ${base64.slice(0, 20)}`,
      ).toMatchObject({
        ok: false,
        error: { code, message: expect.stringMatching(message) },
      });
    }
    expect(
      notebook.result('attachments.add', { caseId, fileName: 'x', mediaType: 'image/svg+xml', base64: PNG }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    expect(rowCount(notebook.db, 'attachments')).toBe(0);
  });

  it('refuses an image over 20 MB as too large', () => {
    const notebook = tempNotebook();
    const caseId = withCase(notebook);
    const atLimit = headed([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], MAX_ATTACHMENT_BYTES);
    expect(
      notebook.call('attachments.add', {
        caseId,
        fileName: 'big.png',
        mediaType: 'image/png',
        base64: atLimit.toString('base64'),
      }).byteLength,
    ).toBe(MAX_ATTACHMENT_BYTES);
    for (const extra of [1, 4]) {
      const over = headed([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], MAX_ATTACHMENT_BYTES + extra);
      expect(
        notebook.result('attachments.add', {
          caseId,
          fileName: 'big.png',
          mediaType: 'image/png',
          base64: over.toString('base64'),
        }),
      ).toMatchObject({
        ok: false,
        error: { code: 'too-large' },
      });
    }
    expect(rowCount(notebook.db, 'attachments')).toBe(1);
  });

  it('belongs to a live case, is kept while the case is in the trash and purged with it', () => {
    const notebook = tempNotebook();
    const caseId = withCase(notebook);
    const { id } = notebook.call('attachments.add', {
      caseId,
      fileName: 'chart.png',
      mediaType: 'image/png',
      base64: PNG,
    });
    const { trashId } = notebook.call('cases.delete', { id: caseId });
    expect(
      notebook.result('attachments.add', { caseId, fileName: 'x', mediaType: 'image/png', base64: PNG }),
    ).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    notebook.call('trash.restore', { id: trashId });
    expect(notebook.call('attachments.get', { id }).base64).toBe(PNG);
    const again = notebook.call('cases.delete', { id: caseId }).trashId;
    notebook.call('trash.purge', { id: again });
    expect(notebook.result('attachments.get', { id })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(rowCount(notebook.db, 'attachments')).toBe(0);
  });

  it('stays with its case when a bundle replaces the case (bundles carry no attachments)', () => {
    const notebook = tempNotebook();
    const document = fullCaseDocument();
    notebook.call('bundles.import', { document });
    const { id } = notebook.call('attachments.add', {
      caseId: document.case.id,
      fileName: 'chart.png',
      mediaType: 'image/png',
      base64: PNG,
    });
    notebook.call('bundles.import', { document, replace: true });
    expect(notebook.call('attachments.get', { id })).toMatchObject({ base64: PNG, fileName: 'chart.png' });
    expect(getAttachment(notebook.db, id)?.caseId).toBe(document.case.id);
  });
});
