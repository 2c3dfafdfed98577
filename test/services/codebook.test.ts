import { describe, expect, it } from 'vitest';
import { listCodeOverrides } from '../../electron/store/code-overrides.ts';
import { listCustomStrategyPostures } from '../../electron/store/custom-codes.ts';
import { BENOIT_STRATEGIES, CRISIS_TYPES, SCCT_STRATEGIES } from '../../shared/domain/codebook.ts';
import { tempNotebook, type TempNotebook } from '../helpers/temp-notebook.ts';

function codeOf(notebook: TempNotebook, kind: string, id: string) {
  return notebook.call('codebook.get', {}).codes.find((code) => code.kind === kind && code.id === id);
}

function errorOf(notebook: TempNotebook, procedure: string, request: unknown): { code: string; message: string } {
  const result = notebook.result(procedure, request);
  if (result.ok) throw new Error(`${procedure} unexpectedly succeeded`);
  return result.error;
}

describe('the built-in codebook', () => {
  it('gives every crisis type and strategy a definition and a one-sentence example', () => {
    for (const code of [...CRISIS_TYPES, ...SCCT_STRATEGIES, ...BENOIT_STRATEGIES]) {
      expect(code.definition.length, code.id).toBeGreaterThan(10);
      expect(code.example.length, code.id).toBeGreaterThan(20);
      expect(code.example, code.id).toMatch(/[.”)]$/);
    }
  });

  it('lists every code with its posture, family, crosswalk or cluster, and no uses in an empty notebook', () => {
    const notebook = tempNotebook();
    const codes = notebook.call('codebook.get', {}).codes;
    expect(codes).toHaveLength(CRISIS_TYPES.length + SCCT_STRATEGIES.length + BENOIT_STRATEGIES.length);
    expect(codeOf(notebook, 'scct-strategy', 'apology')).toMatchObject({
      label: 'Apology',
      posture: 'rebuild',
      builtIn: true,
      retired: false,
      uses: 0,
      example: expect.stringContaining('Xiaomi'),
    });
    expect(codeOf(notebook, 'benoit-strategy', 'mortification')).toMatchObject({
      family: 'mortification',
      scct: 'apology',
    });
    expect(codeOf(notebook, 'crisis-type', 'rumor')).toMatchObject({ cluster: 'victim' });
  });
});

describe('codebook.saveCode', () => {
  it('renames a built-in code without touching the items coded with it, and the rename does not leak into bundles', () => {
    const notebook = tempNotebook();
    const caseId = notebook.call('cases.create', { title: 'Xiaomi' }).id;
    const row = notebook.call('issueRows.create', { caseId, fields: { issue: 'Black PR', strategy: 'apology' } });
    const renamed = notebook.call('codebook.saveCode', {
      kind: 'scct-strategy',
      id: 'apology',
      label: 'Full apology',
      definition: 'Accept responsibility and ask forgiveness.',
    });
    expect(renamed).toMatchObject({ label: 'Full apology', builtInLabel: 'Apology', uses: 1, posture: 'rebuild' });
    expect(notebook.call('cases.get', { id: caseId }).issueRows[0]).toMatchObject({ id: row.id, strategy: 'apology' });
    expect(notebook.call('bundles.exportCase', { id: caseId }).codebook).toEqual([]);
    // renaming back to the built-in label removes the notebook's override
    notebook.call('codebook.saveCode', {
      kind: 'scct-strategy',
      id: 'apology',
      label: 'Apology',
      definition: SCCT_STRATEGIES[6].definition,
    });
    expect(codeOf(notebook, 'scct-strategy', 'apology')).toMatchObject({ label: 'Apology', builtInLabel: null });
    expect(listCodeOverrides(notebook.db)).toEqual([]);
  });

  it('adds a custom SCCT strategy with its posture, usable for codings and for the analysis', () => {
    const notebook = tempNotebook();
    const added = notebook.call('codebook.saveCode', {
      kind: 'scct-strategy',
      id: 'fan-appreciation',
      create: true,
      label: 'Fan appreciation',
      definition: 'Thank loyal customers publicly.',
      example: 'Xiaomi praised its fans on 6 January 2026.',
      posture: 'bolster',
    });
    expect(added).toMatchObject({ builtIn: false, posture: 'bolster', retired: false, uses: 0 });
    expect(listCustomStrategyPostures(notebook.db)).toEqual(new Map([['fan-appreciation', 'bolster']]));
    const caseId = notebook.call('cases.create', {}).id;
    notebook.call('quotes.create', { caseId, fields: { text: 'We love our fans', strategy: 'fan-appreciation' } });
    expect(codeOf(notebook, 'scct-strategy', 'fan-appreciation')?.uses).toBe(1);
  });

  it('refuses bad ids, empty labels, taken ids and labels, postures outside SCCT strategies, and unknown codes, writing nothing', () => {
    const notebook = tempNotebook();
    const before = notebook.call('codebook.get', {});
    expect(
      errorOf(notebook, 'codebook.saveCode', {
        kind: 'scct-strategy',
        id: 'Fan Appreciation',
        create: true,
        label: 'x',
      }).message,
    ).toMatch(/id: is not a code id \(lower-case words joined by hyphens\)/);
    expect(
      errorOf(notebook, 'codebook.saveCode', { kind: 'scct-strategy', id: 'fans', create: true, label: '  ' }).message,
    ).toBe('label: must not be empty');
    expect(
      errorOf(notebook, 'codebook.saveCode', { kind: 'scct-strategy', id: 'apology', create: true, label: 'Sorry' }),
    ).toEqual({
      code: 'conflict',
      message: 'id: "apology" is already an SCCT response strategy in this codebook ("Apology"); choose another id.',
    });
    expect(
      errorOf(notebook, 'codebook.saveCode', { kind: 'scct-strategy', id: 'sorry', create: true, label: 'apology' })
        .message,
    ).toMatch(/"Apology" is already the label of the code "apology"/);
    expect(
      errorOf(notebook, 'codebook.saveCode', {
        kind: 'crisis-type',
        id: 'x-type',
        create: true,
        label: 'X',
        posture: 'deny',
      }).message,
    ).toBe('posture: only SCCT response strategies have a posture');
    expect(
      errorOf(notebook, 'codebook.saveCode', { kind: 'scct-strategy', id: 'nope', label: 'Nope' }).message,
    ).toMatch(/"nope" is not an SCCT response strategy in this notebook's codebook; add it as a new code/);
    expect(
      errorOf(notebook, 'codebook.saveCode', {
        kind: 'scct-strategy',
        id: 'denial',
        label: 'Denial',
        posture: 'rebuild',
      }).message,
    ).toMatch(/posture of the built-in strategy "Denial" is part of SCCT/);
    expect(notebook.call('codebook.get', {})).toEqual(before);
  });
});

describe('retiring and restoring codes', () => {
  it('keeps past codings and lets them save again, refuses the code for new codings, and restores it', () => {
    const notebook = tempNotebook();
    const caseId = notebook.call('cases.create', {}).id;
    const row = notebook.call('issueRows.create', {
      caseId,
      fields: { issue: 'A', strategy: 'denial', benoit: 'simple-denial' },
    });
    notebook.call('cases.update', { id: caseId, patch: { crisisType: 'rumor' } });
    expect(notebook.call('codebook.retireCode', { kind: 'scct-strategy', id: 'denial' })).toMatchObject({
      retired: true,
      uses: 1,
    });
    notebook.call('codebook.retireCode', { kind: 'crisis-type', id: 'rumor' });

    // past codings stay, and an item that already carries the retired code still saves (with or without it in the patch)
    expect(notebook.call('cases.get', { id: caseId }).issueRows[0]?.strategy).toBe('denial');
    notebook.call('issueRows.update', { id: row.id, patch: { issue: 'A, edited', strategy: 'denial' } });
    notebook.call('cases.update', { id: caseId, patch: { title: 'Renamed', crisisType: 'rumor' } });

    // new codings are refused with a clear message
    const other = notebook.call('issueRows.create', { caseId, fields: { issue: 'B' } });
    const refused = errorOf(notebook, 'issueRows.update', { id: other.id, patch: { strategy: 'denial' } });
    expect(refused.message).toMatch(/patch\.strategy: "denial" is retired in this notebook's codebook/);
    expect(
      errorOf(notebook, 'events.create', { caseId, fields: { on: '2026-01-05', title: 'E', strategy: 'denial' } })
        .message,
    ).toMatch(/fields\.strategy: "denial" is retired/);
    const second = notebook.call('cases.create', {}).id;
    expect(errorOf(notebook, 'cases.update', { id: second, patch: { crisisType: 'rumor' } }).message).toMatch(
      /patch\.crisisType: "rumor" is retired/,
    );

    notebook.call('codebook.restoreCode', { kind: 'scct-strategy', id: 'denial' });
    expect(notebook.call('issueRows.update', { id: other.id, patch: { strategy: 'denial' } }).strategy).toBe('denial');
    expect(codeOf(notebook, 'scct-strategy', 'denial')).toMatchObject({ retired: false, uses: 2 });
  });

  it('retires a custom code and refuses to retire a code that does not exist', () => {
    const notebook = tempNotebook();
    notebook.call('codebook.saveCode', { kind: 'benoit-strategy', id: 'silence', create: true, label: 'Silence' });
    expect(notebook.call('codebook.retireCode', { kind: 'benoit-strategy', id: 'silence' }).retired).toBe(true);
    expect(errorOf(notebook, 'codebook.retireCode', { kind: 'benoit-strategy', id: 'missing' }).message).toMatch(
      /"missing" is not a Benoit image repair strategy/,
    );
    expect(notebook.call('codebook.restoreCode', { kind: 'benoit-strategy', id: 'silence' }).retired).toBe(false);
  });
});

describe('bundles carry the custom codes a case uses', () => {
  it('round-trips posture, example and retired state into another notebook, and never overwrites a code there silently', () => {
    const from = tempNotebook();
    from.call('codebook.saveCode', {
      kind: 'scct-strategy',
      id: 'fan-appreciation',
      create: true,
      label: 'Fan appreciation',
      definition: 'Thank loyal customers publicly.',
      example: 'Xiaomi praised its fans.',
      posture: 'bolster',
    });
    from.call('codebook.saveCode', { kind: 'crisis-type', id: 'kol-scandal', create: true, label: 'KOL scandal' });
    const caseId = from.call('cases.create', { title: 'Xiaomi' }).id;
    from.call('cases.update', { id: caseId, patch: { crisisType: 'kol-scandal' } });
    from.call('issueRows.create', { caseId, fields: { issue: 'A', strategy: 'fan-appreciation' } });
    from.call('codebook.retireCode', { kind: 'crisis-type', id: 'kol-scandal' });
    const bundle = from.call('bundles.exportCase', { id: caseId });
    expect(bundle.codebook).toEqual([
      { kind: 'crisis-type', id: 'kol-scandal', label: 'KOL scandal', definition: '', retired: true },
      {
        kind: 'scct-strategy',
        id: 'fan-appreciation',
        label: 'Fan appreciation',
        definition: 'Thank loyal customers publicly.',
        posture: 'bolster',
        example: 'Xiaomi praised its fans.',
      },
    ]);

    const to = tempNotebook();
    to.call('codebook.saveCode', { kind: 'crisis-type', id: 'kol-scandal', create: true, label: 'Influencer scandal' });
    const imported = to.call('bundles.import', { document: bundle });
    expect(imported.warnings.map((warning) => warning.message)).toContain(
      'The code "kol-scandal" is already in this notebook as "Influencer scandal" and the bundle defines it differently ("KOL scandal"); the notebook\'s code was kept unchanged.',
    );
    const codes = to.call('codebook.get', {}).codes;
    expect(codes.find((code) => code.id === 'kol-scandal')).toMatchObject({
      label: 'Influencer scandal',
      retired: false,
    });
    expect(codes.find((code) => code.id === 'fan-appreciation')).toMatchObject({
      label: 'Fan appreciation',
      posture: 'bolster',
      example: 'Xiaomi praised its fans.',
      uses: 1,
    });
  });
});
