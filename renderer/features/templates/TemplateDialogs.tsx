import { useState } from 'react';
import { useAppEvent } from '../../app-events.ts';
import { CodebookDialog } from '../codebook/CodebookDialog.tsx';
import { NewFromTemplateDialog } from './NewFromTemplateDialog.tsx';
import { SaveAsTemplateDialog } from './SaveAsTemplateDialog.tsx';

type Open =
  { readonly kind: 'new' } | { readonly kind: 'save'; readonly caseId: string } | { readonly kind: 'codebook' };

/**
 * The window's template and codebook dialogs, opened by app events (the palette, the welcome page, the
 * File menu and the case page dispatch them), so none of those imports this feature.
 */
export function TemplateDialogs({ onCreated }: { onCreated: (caseId: string) => void }) {
  const [open, setOpen] = useState<Open | null>(null);
  useAppEvent('casebook:new-from-template', () => setOpen({ kind: 'new' }));
  useAppEvent('casebook:save-as-template', ({ caseId }) => setOpen({ kind: 'save', caseId }));
  useAppEvent('casebook:edit-codebook', () => setOpen({ kind: 'codebook' }));
  const close = () => setOpen(null);
  if (open?.kind === 'new')
    return (
      <NewFromTemplateDialog
        onClose={close}
        onCreated={(caseId) => {
          close();
          onCreated(caseId);
        }}
      />
    );
  if (open?.kind === 'save') return <SaveAsTemplateDialog caseId={open.caseId} onClose={close} />;
  if (open?.kind === 'codebook') return <CodebookDialog onClose={close} />;
  return null;
}
