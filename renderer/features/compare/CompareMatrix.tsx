import type { ComparedCase } from '../../../shared/contract/compare.ts';
import { compareMatrixRows } from '../../../shared/domain/compare-matrix.ts';

/** The comparison as a real table: a column per case (its header opens the case), a row per property. */
export function CompareMatrix({
  cases,
  onOpenCase,
}: {
  cases: readonly ComparedCase[];
  onOpenCase: (caseId: string) => void;
}) {
  const rows = compareMatrixRows(cases);
  return (
    <div className="compare-matrix-scroll">
      <table className="compare-matrix">
        <caption className="compare-matrix-caption">Comparison of {cases.length} cases</caption>
        <thead>
          <tr>
            <td className="compare-matrix-corner" />
            {cases.map((compared) => (
              <th key={compared.id} scope="col">
                <button
                  type="button"
                  className="compare-case-link"
                  onClick={() => onOpenCase(compared.id)}
                  aria-label={`Open the case “${compared.title}”`}
                >
                  {compared.title}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-row={row.id}>
              <th scope="row">{row.label}</th>
              {row.cells.map((cell, index) => (
                <td key={cases[index]?.id ?? index}>
                  {cell.length === 1 ? (
                    cell[0]
                  ) : (
                    <ul className="compare-cell-list">
                      {cell.map((line, lineIndex) => (
                        <li key={lineIndex}>{line}</li>
                      ))}
                    </ul>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
