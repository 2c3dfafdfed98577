import { useQuery } from '../../api.ts';
import { ModalDialog } from '../../ui/modal-dialog.tsx';
import { useToast } from '../../ui/toasts.tsx';
import { AddCodeForm } from './AddCodeForm.tsx';
import { CodeRow } from './CodeRow.tsx';
import { CODE_KIND_ORDER, KIND_SINGULAR, KIND_TITLES } from './codebook-labels.ts';
import './codebook.css';

/**
 * The notebook's codebook: every code grouped by kind with its definition and example; rename or redefine
 * any code, retire and restore, add codes of the notebook's own. Retiring keeps past codings.
 */
export function CodebookDialog({ onClose }: { onClose: () => void }) {
  const toast = useToast();
  const codebook = useQuery('codebook.get', {}, [
    'custom_codes',
    'code_overrides',
    'cases',
    'issue_rows',
    'events',
    'quotes',
  ]);
  const codes = codebook.data?.codes ?? [];
  return (
    <ModalDialog label="Codebook" className="codebook-dialog" onClose={onClose}>
      <h2 className="dialog-title">Codebook</h2>
      <p className="dialog-message">
        The crisis types and response strategies this notebook codes with. Renaming keeps every coding; a retired code
        stays on the items that have it but is no longer offered.
      </p>
      <div className="codebook-body">
        {codebook.status === 'loading' && <p className="codebook-status">Loading the codebook…</p>}
        {codebook.status === 'error' && (
          <p role="alert" className="field-error">
            The codebook could not be read: {codebook.error.message}
          </p>
        )}
        {CODE_KIND_ORDER.map((kind) => {
          const ofKind = codes.filter((code) => code.kind === kind);
          if (codebook.status !== 'ready') return null;
          return (
            <section key={kind} className="codebook-kind" aria-label={KIND_TITLES[kind]}>
              <h3 className="codebook-kind-title">{KIND_TITLES[kind]}</h3>
              <ul className="codebook-list">
                {ofKind.map((code) => (
                  <CodeRow key={code.id} code={code} />
                ))}
              </ul>
            </section>
          );
        })}
        {codebook.status === 'ready' && (
          <AddCodeForm
            onAdded={(code) => toast({ message: `${KIND_SINGULAR[code.kind]} “${code.label}” added to the codebook.` })}
          />
        )}
      </div>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </div>
    </ModalDialog>
  );
}
