import type { ResponseOf } from '../../../shared/contract/procedures.ts';
import { ModalDialog } from '../../ui/modal-dialog.tsx';

/** A very large article can raise thousands of warnings; the first ones show what to check. */
const SHOWN_WARNINGS = 200;

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** What an import did and what it was unsure of, shown once the new case is open behind it. */
export function ImportReportDialog({
  report,
  onClose,
}: {
  readonly report: ResponseOf<'cases.importArticle'>;
  readonly onClose: () => void;
}) {
  const { created, warnings } = report;
  return (
    <ModalDialog label={`Imported “${report.title}”`} onClose={onClose}>
      <div className="import-report">
        <h2 className="dialog-title">Imported “{report.title}”</h2>
        <p>
          A draft case with {count(created.issueRows, 'issue / response / impact row')}. Suggested for you to confirm:{' '}
          {count(created.events, 'event')}, {count(created.quotes, 'quote')}, {count(created.facts, 'fact')}. Everything
          cites the article, which is the case’s first source.
          {(created.actors ?? 0) > 0 &&
            ` Quotes are linked to ${count(created.actors ?? 0, 'actor')} for their speakers.`}
        </p>
        {warnings.length > 0 ? (
          <>
            <h3 className="import-report-heading">Check these</h3>
            <ul aria-label="Import warnings" className="import-report-warnings">
              {warnings.slice(0, SHOWN_WARNINGS).map((warning, index) => (
                <li key={index}>{warning}</li>
              ))}
            </ul>
            {warnings.length > SHOWN_WARNINGS && (
              <p className="import-report-more">
                …and {count(warnings.length - SHOWN_WARNINGS, 'more warning')} like these.
              </p>
            )}
          </>
        ) : (
          <p>The importer was sure of everything it read.</p>
        )}
        <div className="dialog-actions">
          <button type="button" className="button button-primary" onClick={onClose}>
            Done
          </button>
        </div>
      </div>
    </ModalDialog>
  );
}
