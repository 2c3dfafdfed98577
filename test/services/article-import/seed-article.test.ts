import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../electron/services/article-import/parse-article.ts';
import { buildSampleCase } from '../../../electron/services/sample-case-data.ts';
import { reloadNarrative } from './load-narrative.ts';

const projectRoot = path.resolve(import.meta.dirname, '../../..');
const seed = readFileSync(path.resolve(projectRoot, '../shared/fixtures/seed/xiaomi-kol-2026.txt'), 'utf8');

describe('the seed article (plain text) as a draft case', () => {
  const parsed = parseArticle({ text: seed, format: 'text', fileName: 'xiaomi-kol-2026.txt' });

  it('is titled by its first heading-like line, marked as guessed, not by the "Did You Know?" lead-in', () => {
    expect(parsed.model.title).toBe('The Controversy: Xiaomi and KOL Engagement');
    expect(parsed.model.titleGuessed).toBe(true);
    expect(parsed.warnings.some((warning) => warning.includes('was guessed'))).toBe(true);
  });

  it('gives the same issue / response / impact rows a person built from it for the sample case', () => {
    let n = 0;
    const sample = buildSampleCase(() => `id-${++n}`, '2026-01-01T00:00:00.000Z');
    expect(parsed.rows).toEqual(
      sample.issueRows.map((row) => ({
        issue: row.issue,
        response: row.response,
        impact: row.impact,
        incomplete: row.incomplete,
        locator: row.citations[0]?.locator,
        extra: {},
      })),
    );
    expect(parsed.rows.map((row) => row.incomplete)).toEqual([false, false, true]);
  });

  it('warns that the last row is cut off, naming it', () => {
    expect(parsed.warnings).toContainEqual(
      expect.stringMatching(/row 3 \(“Concerns about transparency in KOL”\) is cut off/),
    );
  });

  it('keeps the article text in the narrative, with its two section headings, and not the table', () => {
    const headings = parsed.model.blocks.filter((block) => block.type === 'heading');
    expect(headings.map((block) => block.type === 'heading' && block.runs.map((run) => run.text).join(''))).toEqual([
      'The Controversy: Xiaomi and KOL Engagement',
      'Navigating the Fallout: Apologies and Damage Control',
    ]);
    expect(parsed.model.blocks.some((block) => block.type === 'table')).toBe(false);
    expect(parsed.text).not.toContain('Heightened consumer awareness');
    expect(parsed.text).toContain('Did You Know? In 2025, brand reputation management accounted for approximately 40%');
    expect(parsed.text).toContain('Xu Jieyun apologized for the contact with the KOL');
    expect(parsed.text).toContain('forcing a reckoning within the tech industry.');
    // Every line of prose in the article is in the narrative, word for word.
    const prose = seed.split('\n').filter((line) => line.trim() !== '' && !line.trim().startsWith('|'));
    for (const line of prose) expect(parsed.text).toContain(line.trim());
  });

  it('hands every paragraph to claim extraction', () => {
    expect(parsed.paragraphs).toHaveLength(8);
    expect(parsed.paragraphs[0]).toMatch(/^Did You Know\?/);
  });

  it('produces a narrative Lexical loads without changing it', () => {
    expect(reloadNarrative(parsed.lexical)).toEqual(parsed.lexical);
  });
});
