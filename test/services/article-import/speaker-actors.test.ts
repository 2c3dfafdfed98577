import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nameKey } from '../../../electron/services/article-import/speaker-actors.ts';
import { tempNotebook } from '../../helpers/temp-notebook.ts';

const fixtures = path.resolve(import.meta.dirname, '../../../../shared/fixtures');
const seed = readFileSync(path.join(fixtures, 'seed/xiaomi-kol-2026.txt'), 'utf8');

describe('quotes found by the importer are linked to an actor for their speaker', () => {
  it('links the seed article’s apology to a new person actor “Xu Jieyun”, and says it was made', () => {
    const notebook = tempNotebook();
    const imported = notebook.call('cases.importArticle', { fileName: 'xiaomi-kol-2026.txt', text: seed });
    const document = notebook.call('cases.get', { id: imported.caseId });
    const apology = document.quotes.find((quote) => /apolog/i.test(quote.text));
    const xu = document.actors.find((actor) => actor.name === 'Xu Jieyun');
    expect(xu).toMatchObject({ kind: 'person', role: 'spokesperson' });
    expect(apology).toMatchObject({ speaker: 'Xu Jieyun', actorId: xu!.id, status: 'suggested' });
    expect(imported.created.actors).toBe(1);
    expect(imported.warnings.some((warning) => warning.includes('“Xu Jieyun”') && /check it/.test(warning))).toBe(true);
  });

  it('makes one actor for a speaker quoted several times, however the name is cased or accented', () => {
    const notebook = tempNotebook();
    const text = [
      '# Recall',
      '“We are sorry for the delay,” said José Müller.',
      '“The cars will be repaired for free,” said JOSE MULLER.',
      '“Nobody was hurt,” said Anna Berg.',
    ].join('\n\n');
    const imported = notebook.call('cases.importArticle', { fileName: 'recall.md', text });
    const document = notebook.call('cases.get', { id: imported.caseId });
    expect(document.quotes).toHaveLength(3);
    expect(document.actors.map((actor) => actor.name)).toEqual(['José Müller', 'Anna Berg']);
    const [first, second, third] = document.quotes;
    expect(second!.actorId).toBe(first!.actorId);
    expect(third!.actorId).toBe(document.actors[1]!.id);
  });

  it('compares names without case, accents or extra spaces', () => {
    expect(nameKey('  Xu   Jieyun ')).toBe(nameKey('xu jieyun'));
    expect(nameKey('Zoë Ångström')).toBe(nameKey('ZOE ANGSTROM'));
    expect(nameKey('Lei Jun')).not.toBe(nameKey('Lei Jin'));
  });
});
