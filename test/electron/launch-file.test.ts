import { describe, expect, it } from 'vitest';
import { notebookFileFromArgv } from '../../electron/main/launch-file.ts';

describe('notebookFileFromArgv', () => {
  it('finds the .casebook file a launch names, relative to where it was launched', () => {
    expect(notebookFileFromArgv(['/opt/Casebook/casebook', '/home/ana/Crisis.casebook'], '/tmp')).toBe(
      '/home/ana/Crisis.casebook',
    );
    expect(notebookFileFromArgv(['casebook', '--no-sandbox', 'notes/Q1.CASEBOOK'], '/home/ana')).toBe(
      '/home/ana/notes/Q1.CASEBOOK',
    );
  });

  it('ignores the executable, switches and other files', () => {
    expect(notebookFileFromArgv(['/opt/x.casebook'], '/tmp')).toBeNull();
    expect(notebookFileFromArgv(['casebook', '--open=a.casebook', 'report.pdf'], '/tmp')).toBeNull();
    expect(notebookFileFromArgv([], '/tmp')).toBeNull();
  });
});
