import { describe, expect, it } from 'vitest';
import {
  describeZodError,
  isProcedureName,
  isSizeError,
  PROCEDURE_NAMES,
  procedures,
  TABLES,
} from '../../shared/contract/index.ts';
import { MAX_NARRATIVE_BYTES, MAX_TEXT_BYTES } from '../../shared/domain/text-limits.ts';

describe('the procedure table', () => {
  it('names every write with the tables it changes, and every read with none', () => {
    for (const name of PROCEDURE_NAMES) {
      const spec = procedures[name];
      for (const table of spec.writes) expect(TABLES).toContain(table);
      const looksLikeRead = /\.(list|get|info|query|check|verify|format|export|exportCase|exportReferences|getFile|facets|usage|analysis|compare|compareCsv|dashboard)$/.test(name);
      // These act outside the notebook (a running import, backup files beside it) and change none of its tables.
      const outsideTheNotebook = ['imports.cancel', 'backups.create', 'backups.copyForRestore'].includes(name);
      expect(spec.writes.length === 0, `${name} reads or writes`).toBe(looksLikeRead || outsideTheNotebook);
    }
  });

  it('recognizes only its own names, not inherited object keys', () => {
    expect(isProcedureName('cases.create')).toBe(true);
    expect(isProcedureName('toString')).toBe(false);
    expect(isProcedureName('__proto__')).toBe(false);
    expect(isProcedureName(42)).toBe(false);
  });
});

describe('request validation', () => {
  it('names the field that is wrong', () => {
    const parsed = procedures['cases.update'].request.safeParse({ id: 'c1', patch: { title: '   ' } });
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(describeZodError(parsed.error)).toMatch(/^patch\.title: must not be empty/);
  });

  it('refuses fields it does not know, so a typo never passes silently', () => {
    const parsed = procedures['issueRows.update'].request.safeParse({ id: 'r1', patch: { isue: 'typo' } });
    expect(parsed.success).toBe(false);
  });

  it('refuses a partial date that does not exist', () => {
    const request = { caseId: 'c1', fields: { on: '2026-02-30', title: 'Apology' } };
    expect(procedures['events.create'].request.safeParse(request).success).toBe(false);
    expect(procedures['events.create'].request.safeParse({ ...request, fields: { ...request.fields, on: '2026-02' } }).success).toBe(true);
  });

  it('leaves fields out of a patch instead of resetting them to defaults', () => {
    const parsed = procedures['issueRows.update'].request.parse({ id: 'r1', patch: { impact: 'Trust fell' } });
    expect(parsed.patch).toEqual({ impact: 'Trust fell' });
  });

  it('calls a text field over 1 MB too large, counting bytes rather than characters', () => {
    const chinese = '危'.repeat(Math.floor(MAX_TEXT_BYTES / 3) + 1); // 3 bytes each in UTF-8
    const parsed = procedures['issueRows.update'].request.safeParse({ id: 'r1', patch: { issue: chinese } });
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(isSizeError(parsed.error)).toBe(true);
    const fits = procedures['issueRows.update'].request.safeParse({ id: 'r1', patch: { issue: 'a'.repeat(MAX_TEXT_BYTES) } });
    expect(fits.success).toBe(true);
  });

  it('allows a narrative up to 20 MB and no more', () => {
    const narrative = (text: string) => ({ caseId: 'c1', narrative: { formatVersion: 1, lexical: null, text } });
    expect(procedures['narrative.save'].request.safeParse(narrative('a'.repeat(MAX_TEXT_BYTES * 2))).success).toBe(true);
    const tooBig = procedures['narrative.save'].request.safeParse(narrative('a'.repeat(MAX_NARRATIVE_BYTES + 1)));
    expect(tooBig.success).toBe(false);
    if (!tooBig.success) expect(isSizeError(tooBig.error)).toBe(true);
  });

  it('refuses a narrative from a newer format version with a message that says so', () => {
    const parsed = procedures['narrative.save'].request.safeParse({ caseId: 'c1', narrative: { formatVersion: 2, lexical: null, text: '' } });
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(describeZodError(parsed.error)).toMatch(/newer version of Casebook/);
  });
});
