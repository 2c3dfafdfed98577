import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { CLOSING_SENTENCE, generateNarrative, TYPING_ANCHOR } from '../bench/fifty-page-document.ts';
import { describeE2E, openApp } from './harness.ts';
import { readCase, seedCaseWithNarrative } from './rig/seed.ts';

const TITLE = 'Fifty pages of narrative';
const TYPED = ' Late that night, the regulator called back and asked for the full incident log.';
/** The brief's "closed one second after the last keystroke": within the autosave delay's reach, on purpose. */
const CLOSE_AFTER_MS = 1_000;

function wordsOf(text: string): number {
  return text.split(/\s+/).filter((word) => word !== '').length;
}

describeE2E('typing into a 50-page narrative', () => {
  it('keeps every character typed at the end when the window closes one second after the last keystroke', async () => {
    const narrative = generateNarrative(50);
    const notebookPath = join(mkdtempSync(join(tmpdir(), 'casebook-narrative-')), 'notebook.casebook');
    const caseId = seedCaseWithNarrative(notebookPath, TITLE, narrative);

    const app = await openApp({ notebookPath });
    const { page } = app;
    await page.getByRole('list', { name: 'Cases' }).getByRole('button', { name: TITLE }).click();
    await page.getByRole('tab', { name: 'Narrative' }).click();
    const editor = page.getByRole('textbox', { name: 'Narrative' });
    const closing = editor.getByText(CLOSING_SENTENCE);
    await closing.scrollIntoViewIfNeeded();
    await closing.click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type(TYPED, { delay: 15 });
    await page.waitForTimeout(CLOSE_AFTER_MS);
    await app.close();

    const saved = readCase(notebookPath, caseId).narrative;
    expect(saved.text.trimEnd().endsWith(`${CLOSING_SENTENCE}${TYPED}`), 'the typed sentence ends the saved text').toBe(
      true,
    );
    expect(saved.text).toContain(TYPING_ANCHOR); // the middle of the document is still there
    expect(wordsOf(saved.text), 'nothing else was lost or doubled').toBe(wordsOf(narrative.text) + wordsOf(TYPED));
    expect(JSON.stringify(saved.lexical)).toContain(TYPED.trim());

    const reopened = await openApp({ notebookPath });
    await reopened.page.getByRole('list', { name: 'Cases' }).getByRole('button', { name: TITLE }).click();
    await reopened.page.getByRole('tab', { name: 'Narrative' }).click();
    const reopenedEditor = reopened.page.getByRole('textbox', { name: 'Narrative' });
    await expect.poll(() => reopenedEditor.getByText(TYPED.trim()).count()).toBe(1);
    expect(reopened.requestsLeavingOrigin()).toEqual([]);
    await reopened.close();
  });
});
