import { describe, expect, it } from 'vitest';
import { CasebookError, ERROR_CODES } from '../../shared/contract/result.ts';
import { badInput, describeFailure, exitCodeForErrorCode } from '../../electron/cli/errors.ts';

describe('exit codes for errors', () => {
  it('maps every contract error code, notebook problems to 3', () => {
    const byCode = Object.fromEntries(ERROR_CODES.map((code) => [code, exitCodeForErrorCode(code)]));
    expect(byCode).toEqual({
      'invalid-request': 1,
      'too-large': 1,
      'unknown-procedure': 2,
      'forbidden-sender': 1,
      'not-found': 1,
      conflict: 1,
      'notebook-newer': 3,
      'notebook-corrupt': 3,
      'notebook-locked': 3,
      'notebook-missing': 3,
      internal: 1,
      cancelled: 1,
      'notebook-readonly': 3,
      'disk-full': 3,
      'notebook-in-use': 3,
    });
  });

  it('describes a CasebookError on one line', () => {
    expect(describeFailure(new CasebookError('notebook-locked', 'The notebook is busy.\n  Try later.'))).toEqual({
      exitCode: 3,
      message: 'The notebook is busy. Try later.',
    });
  });

  it('treats SQLite errors about the file as notebook problems', () => {
    const busy = Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
    expect(describeFailure(busy).exitCode).toBe(3);
  });

  it('keeps CliErrors as they are and reports anything else as an internal error without a stack', () => {
    expect(describeFailure(badInput('x.json: no such file'))).toEqual({ exitCode: 1, message: 'x.json: no such file' });
    const report = describeFailure(new TypeError('undefined is not a function'));
    expect(report).toEqual({ exitCode: 1, message: 'internal error: undefined is not a function' });
  });
});
