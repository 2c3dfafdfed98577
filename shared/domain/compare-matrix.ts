import type { ComparedCase, EvidenceHealth } from '../contract/compare.ts';
import { crisisTypeDefinition, scctStrategyDefinition } from './codebook.ts';
import { RESPONSE_TIME_MEASURE_LABELS, RESPONSE_TIME_MEASURES } from './response-times.ts';

/**
 * The comparison matrix as text: one row per property, one cell per case. The window's table, the CSV
 * export and the image export all read these rows, so the three always agree.
 */
export interface MatrixRow {
  readonly id: string;
  readonly label: string;
  /** One cell per case; a cell with several values keeps them as separate lines. */
  readonly cells: readonly (readonly string[])[];
}

export const NOT_CODED = 'not coded';

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function clusterCell(compared: ComparedCase): string[] {
  const { baseCluster, effectiveCluster } = compared;
  if (baseCluster === null) return [NOT_CODED];
  if (effectiveCluster !== null && effectiveCluster !== baseCluster)
    return [`${capitalize(baseCluster)} → ${effectiveCluster} (intensified)`];
  return [capitalize(baseCluster)];
}

function intensifiersCell(compared: ComparedCase): string[] {
  const cells: string[] = [];
  if (compared.crisisHistory !== null) cells.push(compared.crisisHistory ? 'Crisis history' : 'No crisis history');
  if (compared.priorReputation !== null) cells.push(`${capitalize(compared.priorReputation)} prior reputation`);
  return cells.length === 0 ? [NOT_CODED] : cells;
}

function evidenceCell(evidence: EvidenceHealth): string[] {
  const problems: [number, string][] = [
    [evidence.unsupported, 'unsupported'],
    [evidence.singleSource, 'single-source'],
    [evidence.conflicting, 'conflicting'],
    [evidence.noSnapshot, 'without snapshot'],
    [evidence.snapshotMismatch, 'snapshot changed'],
  ];
  const sources = `${evidence.sources} ${evidence.sources === 1 ? 'source' : 'sources'}`;
  const listed = problems.filter(([count]) => count > 0).map(([count, what]) => `${count} ${what}`);
  return [sources, ...(listed.length === 0 ? ['no problems'] : listed)];
}

export function strategyLabel(id: string): string {
  return scctStrategyDefinition(id)?.label ?? id;
}

export function compareMatrixRows(cases: readonly ComparedCase[]): MatrixRow[] {
  const row = (id: string, label: string, cell: (compared: ComparedCase) => string[]): MatrixRow => ({
    id,
    label,
    cells: cases.map(cell),
  });
  const orNone = (values: string[], none: string) => (values.length === 0 ? [none] : values);
  return [
    row('cluster', 'Cluster', clusterCell),
    row('crisis-type', 'Crisis type', (c) => [
      c.crisisType === null
        ? NOT_CODED
        : (c.crisisTypeLabel ?? crisisTypeDefinition(c.crisisType)?.label ?? c.crisisType),
    ]),
    row('intensifiers', 'Intensifiers', intensifiersCell),
    row('strategies', 'Strategies used', (c) =>
      orNone(
        c.strategiesUsed.map((id, index) => c.strategyLabels[index] ?? strategyLabel(id)),
        'none coded',
      ),
    ),
    row('postures', 'Postures', (c) => orNone(c.postures.map(capitalize), 'none coded')),
    ...RESPONSE_TIME_MEASURES.map((measure) =>
      row(`time-${measure}`, RESPONSE_TIME_MEASURE_LABELS[measure], (c) => [
        c.responseTimes.find((time) => time.measure === measure)?.label ?? '—',
      ]),
    ),
    row('impacts', 'Key impacts', (c) => orNone([...c.keyImpacts], 'none recorded')),
    row('evidence', 'Evidence health', (c) => evidenceCell(c.evidence)),
  ];
}
