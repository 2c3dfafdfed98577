import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { renderShell } from '../shell/render-shell.tsx';

/** Downloads the window starts, by file name, with their contents. */
function captureDownloads(): { name: string; blob: Blob }[] {
  const saved: { name: string; blob: Blob }[] = [];
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ name: this.download, blob: blobs.get(this.href) as Blob });
  });
  onTestFinished(() => {
    vi.restoreAllMocks();
  });
  return saved;
}

function openSampleCase() {
  return renderShell(({ notebook }) => ({ openCase: notebook.call('notebook.addSample', {}).caseId }));
}

describe('exporting a case from its page', () => {
  it('saves a Markdown case file with the chosen sections and a bibliography in the chosen style', async () => {
    const saved = captureDownloads();
    const { user } = openSampleCase();
    await user.click(await screen.findByRole('button', { name: 'Export…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Export case' });
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Format' }), 'Markdown');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Citation style' }), 'Harvard');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Lessons' }));
    await user.click(within(dialog).getByRole('button', { name: 'Export' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.name).toMatch(/\.md$/);
    const markdown = await saved[0]!.blob.text();
    expect(markdown).toMatch(/^---\n/);
    expect(markdown).toContain('| Issue |');
    expect(markdown).toMatch(/\[\^1\]/);
    expect(markdown).not.toMatch(/^## Lessons/m);
    expect(markdown).toMatch(/^## Bibliography/m);
    expect(screen.queryByRole('dialog', { name: 'Export case' })).toBeNull();
  });

  it('saves a Word document as a .docx file of the Word media type', async () => {
    const saved = captureDownloads();
    const { user } = openSampleCase();
    await user.click(await screen.findByRole('button', { name: 'Export…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Export case' });
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Format' }), 'Word (DOCX)');
    await user.click(within(dialog).getByRole('button', { name: 'Export' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.name).toBe('xiaomi-kol-2026.docx');
    expect(saved[0]!.blob.type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const bytes = new Uint8Array(await saved[0]!.blob.arrayBuffer());
    // A zip file (the Word package) starts with "PK\x03\x04".
    expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
  });

  it('saves the lossless case bundle, and says so when no section is chosen for a case file', async () => {
    const saved = captureDownloads();
    const { user } = openSampleCase();
    await user.click(await screen.findByRole('button', { name: 'Export…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Export case' });
    for (const box of within(dialog).getAllByRole('checkbox')) {
      if ((box as HTMLInputElement).checked) await user.click(box);
    }
    await user.click(within(dialog).getByRole('button', { name: 'Export' }));
    expect(within(dialog).getByRole('alert').textContent).toBe('Choose at least one section.');
    expect(saved).toHaveLength(0);

    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Format' }), 'Case bundle (JSON)');
    await user.click(within(dialog).getByRole('button', { name: 'Export' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.name).toMatch(/\.casebook\.json$/);
    expect(JSON.parse(await saved[0]!.blob.text())).toMatchObject({ format: 'casebook.case/v1' });
  });

  it('prints a PDF through the desktop app with the chosen sections and style', async () => {
    const { user, bridge } = openSampleCase();
    await user.click(await screen.findByRole('button', { name: 'Export…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Export case' });
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Format' }), 'PDF');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Citation style' }), 'Chicago (author-date)');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Narrative' }));
    await user.click(within(dialog).getByRole('button', { name: 'Export' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Export case' })).toBeNull());
    const printed = bridge.calls.filter((call) => call.procedure === 'savePdf').map((call) => call.request);
    expect(printed).toEqual([
      expect.objectContaining({
        style: 'chicago-author-date',
        redact: false,
        sections: ['overview', 'issues', 'timeline', 'quotes', 'facts', 'lessons', 'bibliography'],
      }),
    ]);
    const notifications = screen.getByRole('region', { name: 'Notifications' });
    await waitFor(() => expect(notifications.textContent).toContain('as a PDF at /tmp/case.pdf'));
  });
});
