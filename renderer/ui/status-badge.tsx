import type { CaseStatus } from '../../shared/domain/case-document.ts';

export const STATUS_LABELS: Record<CaseStatus, string> = { draft: 'Draft', review: 'In review', final: 'Final' };

export function StatusBadge({ status }: { status: CaseStatus }) {
  return <span className={`status-badge status-${status}`}>{STATUS_LABELS[status]}</span>;
}
