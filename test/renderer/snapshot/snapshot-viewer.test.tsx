import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { dispatchAsync } from '../../../electron/services/dispatch.ts';
import { overwriteSnapshotHtmlKeepingHash } from '../../../electron/store/snapshots.ts';
import { SnapshotViewer } from '../../../renderer/features/snapshot/SnapshotViewer.tsx';
import { ToastProvider } from '../../../renderer/ui/toasts.tsx';
import { installServiceBridge } from '../service-bridge.ts';
import type { ServiceBridge } from '../service-bridge.ts';

const PAGE_BODY = [
  'Xiaomi said the campaign was organised by rivals.',
  'Critics said XIAOMI had paid the bloggers itself.',
  '小米公司表示，小米不会容忍黑公关。',
  'A spokesperson for xiaomi declined to comment.',
];

function addPage(bridge: ServiceBridge, title = 'Xiaomi statement'): string {
  const paragraphs = PAGE_BODY.map((text) => `<p>${text}</p>`).join('');
  const html = `<html lang="en"><head><title>${title}</title></head><body><article><h1>${title}</h1>${paragraphs}</article></body></html>`;
  return bridge.notebook.call('sources.addFromHtml', { html }).source.id;
}

function openViewer(sourceId: string, caseId?: string): { onClose: () => void } {
  const closed = { onClose: () => undefined };
  render(
    <ToastProvider>
      <SnapshotViewer sourceId={sourceId} caseId={caseId} onClose={() => closed.onClose()} />
    </ToastProvider>,
  );
  return closed;
}

async function showTextOnly(): Promise<HTMLElement> {
  const toggle = await screen.findByRole('button', { name: 'Text only' });
  await waitFor(() => expect((toggle as HTMLButtonElement).disabled).toBe(false));
  fireEvent.click(toggle);
  expect(toggle.getAttribute('aria-pressed')).toBe('true');
  return screen.findByRole('document', { name: 'Snapshot text' });
}

function selectText(container: HTMLElement, passage: string): void {
  const node = container.firstChild as Text;
  const start = node.data.indexOf(passage);
  expect(start).toBeGreaterThanOrEqual(0);
  document.getSelection()?.setBaseAndExtent(node, start, node, start + passage.length);
  document.dispatchEvent(new Event('selectionchange'));
}

describe('SnapshotViewer', () => {
  it('is named after the source and shows the sanitized page in a script-free frame with its own CSP', async () => {
    const bridge = installServiceBridge();
    const sourceId = addPage(bridge);
    openViewer(sourceId);
    const dialog = await screen.findByRole('dialog', { name: 'Snapshot of “Xiaomi statement”' });
    const frame = await waitFor(() => {
      const found = dialog.querySelector('iframe');
      if (!found) throw new Error('no frame yet');
      return found;
    });
    expect(frame.getAttribute('sandbox')).toBe('allow-same-origin');
    const srcdoc = frame.getAttribute('srcdoc') ?? '';
    expect(srcdoc).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    );
    expect(srcdoc).toContain('dir="auto"');
    expect(srcdoc).toContain('Critics said XIAOMI had paid the bloggers itself.');
    expect(within(dialog).getByText(/^Captured /)).toBeTruthy();
    expect(within(dialog).getByText('Hash verified', { exact: false })).toBeTruthy();
    expect(within(dialog).queryByRole('alert')).toBeNull();
  });

  it('finds case-insensitively, steps with Enter and Shift+Enter, and counts "n of m", CJK included', async () => {
    const bridge = installServiceBridge();
    const user = userEvent.setup();
    openViewer(addPage(bridge));
    const text = await showTextOnly();

    fireEvent.keyDown(text, { key: 'f', ctrlKey: true });
    const find = screen.getByRole('searchbox', { name: 'Find in snapshot' });
    expect(document.activeElement).toBe(find);

    await user.type(find, 'xiaomi');
    expect(screen.getByText('1 of 3')).toBeTruthy();
    expect(text.querySelectorAll('mark.snapshot-find')).toHaveLength(3);
    expect(text.querySelector('mark.snapshot-find-current')?.textContent).toBe('Xiaomi');

    await user.keyboard('{Enter}');
    expect(screen.getByText('2 of 3')).toBeTruthy();
    expect(text.querySelector('mark.snapshot-find-current')?.textContent).toBe('XIAOMI');
    await user.keyboard('{Enter}');
    expect(screen.getByText('3 of 3')).toBeTruthy();
    await user.keyboard('{Enter}');
    expect(screen.getByText('1 of 3')).toBeTruthy();
    await user.keyboard('{Shift>}{Enter}{/Shift}');
    expect(screen.getByText('3 of 3')).toBeTruthy();
    expect(text.querySelector('mark.snapshot-find-current')?.textContent).toBe('xiaomi');
    await user.keyboard('{Shift>}{Enter}{/Shift}');
    expect(screen.getByText('2 of 3')).toBeTruthy();
    // Marks are a copy: the text reads the same with them removed.
    expect(text.textContent).toContain('Critics said XIAOMI had paid the bloggers itself.');

    await user.clear(find);
    await user.type(find, '小米');
    expect(screen.getByText('1 of 2')).toBeTruthy();
    await user.clear(find);
    await user.type(find, 'Huawei');
    expect(screen.getByText('No matches')).toBeTruthy();
    expect(text.querySelectorAll('mark')).toHaveLength(0);
  });

  it('says loudly when the snapshot no longer matches the hash recorded at capture', async () => {
    const bridge = installServiceBridge();
    const sourceId = addPage(bridge);
    overwriteSnapshotHtmlKeepingHash(bridge.notebook.db, sourceId, '<p>Xiaomi never said anything.</p>');
    openViewer(sourceId);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'The snapshot does not match the hash recorded when it was captured: it has changed since.',
    );
    expect(screen.queryByText('Hash verified', { exact: false })).toBeNull();
  });

  it('says a source without a snapshot has none', async () => {
    const bridge = installServiceBridge();
    const sourceId = bridge.notebook.call('sources.create', {
      fields: { title: 'Weibo post', url: 'https://weibo.com/1' },
    }).source.id;
    openViewer(sourceId);
    expect(await screen.findByText(/This source has no snapshot/)).toBeTruthy();
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Text only' }).disabled).toBe(true);
  });

  it('Quote this makes a quote of the selection in the case, citing the source with the passage as locator', async () => {
    const bridge = installServiceBridge();
    const caseId = bridge.notebook.call('cases.create', { title: 'KOL controversy' }).id;
    const sourceId = addPage(bridge);
    openViewer(sourceId, caseId);
    const text = await showTextOnly();
    const quoteThis = screen.getByRole('button', { name: 'Quote this' });
    expect((quoteThis as HTMLButtonElement).disabled).toBe(true);

    const passage = 'Critics said XIAOMI had paid the bloggers itself.';
    selectText(text, passage);
    await waitFor(() => expect((quoteThis as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(quoteThis);

    expect(await screen.findByText('Quoted in “KOL controversy”.')).toBeTruthy();
    const quotes = bridge.notebook.call('cases.get', { id: caseId }).quotes;
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.text).toBe(passage);
    expect(quotes[0]?.citations).toEqual([{ sourceId, locator: passage }]);

    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(bridge.notebook.call('cases.get', { id: caseId }).quotes).toHaveLength(0));
  });

  it('outside a case, asks which case to quote into', async () => {
    const bridge = installServiceBridge();
    bridge.notebook.call('cases.create', { title: 'Another case' });
    const caseId = bridge.notebook.call('cases.create', { title: 'KOL controversy' }).id;
    const sourceId = addPage(bridge);
    openViewer(sourceId);
    const text = await showTextOnly();
    selectText(text, '小米不会容忍黑公关');
    const quoteThis = screen.getByRole('button', { name: 'Quote this' });
    expect((quoteThis as HTMLButtonElement).disabled).toBe(true);
    const chooser = screen.getByRole('combobox', { name: 'Case' });
    await waitFor(() => expect(within(chooser).getByRole('option', { name: 'KOL controversy' })).toBeTruthy());
    fireEvent.change(chooser, { target: { value: caseId } });
    fireEvent.click(quoteThis);
    expect(await screen.findByText('Quoted in “KOL controversy”.')).toBeTruthy();
    const quote = bridge.notebook.call('cases.get', { id: caseId }).quotes[0];
    expect(quote?.text).toBe('小米不会容忍黑公关');
    expect(quote?.citations[0]?.locator).toBe('小米不会容忍黑公关');
  });

  it('Cite in row/event cites the source from the chosen event with the passage as locator', async () => {
    const bridge = installServiceBridge();
    const caseId = bridge.notebook.call('cases.create', { title: 'KOL controversy' }).id;
    const eventId = bridge.notebook.call('events.create', {
      caseId,
      fields: { on: '2026-01-12', title: 'Xiaomi blames rivals' },
    }).id;
    const sourceId = addPage(bridge);
    openViewer(sourceId, caseId);
    const text = await showTextOnly();
    const passage = 'Xiaomi said the campaign was organised by rivals.';
    selectText(text, passage);
    const cite = screen.getByRole('button', { name: 'Cite in row/event' });
    await waitFor(() => expect((cite as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(cite);
    const picker = await screen.findByRole('group', { name: 'Cite in row or event' });
    const choice = within(picker).getByRole('combobox', { name: 'Row or event' });
    await waitFor(() => expect(within(choice).getByRole('option', { name: /Xiaomi blames rivals/ })).toBeTruthy());
    fireEvent.change(choice, { target: { value: `event:${eventId}` } });
    fireEvent.click(within(picker).getByRole('button', { name: 'Cite' }));
    expect(await screen.findByText(/^Cited “Xiaomi statement” in/)).toBeTruthy();
    const event = bridge.notebook.call('cases.get', { id: caseId }).events[0];
    expect(event?.citations).toEqual([{ sourceId, locator: passage }]);
  });
});

describe('SnapshotViewer for a file source', () => {
  it('shows an image source as itself with its alt text', async () => {
    const bridge = installServiceBridge();
    // A 1×1 transparent PNG.
    const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
    const added = await dispatchAsync(bridge.notebook.db, 'sources.addFromFile', {
      fileName: 'weibo-post.png',
      mediaType: 'image/png',
      base64: png,
      title: 'Screenshot of the KOL post',
      altText: 'A Weibo post accusing a rival phone maker',
    });
    if (!added.ok) throw new Error(added.error.message);
    const sourceId = (added.value as { source: { id: string } }).source.id;
    openViewer(sourceId);
    const image = await screen.findByRole('img', { name: 'A Weibo post accusing a rival phone maker' });
    expect(image.getAttribute('src')).toBe(`data:image/png;base64,${png}`);
    expect(screen.queryByText(/This source has no snapshot/)).toBeNull();
  });
});
