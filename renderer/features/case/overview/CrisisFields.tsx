import { useId, useState } from 'react';
import {
  clusterOfCrisisType,
  CRISIS_CLUSTERS,
  CRISIS_TYPES,
  crisisTypeDefinition,
} from '../../../../shared/domain/codebook.ts';
import type { CrisisCluster } from '../../../../shared/domain/codebook.ts';
import { CLUSTER_INFO } from '../../../ui/crisis-clusters.ts';
import { codesOfKind, useCodebook } from '../../codebook/codebook-store.ts';

function isCluster(value: string): value is CrisisCluster {
  return (CRISIS_CLUSTERS as readonly string[]).includes(value);
}

/** Crisis cluster and type from the SCCT codebook; a definition shows while a field is hovered or focused. */
export function CrisisFields({
  cluster,
  type,
  onChange,
}: {
  cluster: string;
  type: string;
  onChange: (cluster: string, type: string) => void;
}) {
  const clusterId = useId();
  const typeId = useId();
  const [shown, setShown] = useState<'cluster' | 'type' | null>(null);
  const clusterDefinition = isCluster(cluster) ? CLUSTER_INFO[cluster].definition : 'Not coded yet.';
  // The notebook's crisis types: renamed labels and its own types; a retired type only when already chosen.
  const notebookTypes = codesOfKind(useCodebook(), 'crisis-type');
  const chosen = notebookTypes.find((option) => option.id === type);
  const typeDefinition =
    chosen?.definition ||
    crisisTypeDefinition(type)?.definition ||
    (type ? 'A crisis type from this notebook’s own codebook.' : 'Not coded yet.');
  const types = (
    notebookTypes.length > 0 ? notebookTypes : CRISIS_TYPES.map((option) => ({ ...option, retired: false }))
  )
    .filter((option) => !option.retired || option.id === type)
    .filter((option) => cluster === '' || option.cluster === cluster || option.cluster === null || option.id === type);
  const unknownType = type !== '' && !types.some((option) => option.id === type);

  function reveal(which: 'cluster' | 'type') {
    return {
      onFocus: () => setShown(which),
      onBlur: () => setShown(null),
      onMouseEnter: () => setShown(which),
      onMouseLeave: () =>
        setShown((current) =>
          current === which && document.activeElement?.id !== (which === 'cluster' ? clusterId : typeId)
            ? null
            : current,
        ),
    };
  }

  return (
    <>
      <div className="field" {...reveal('cluster')}>
        <label htmlFor={clusterId}>Crisis cluster</label>
        <select
          id={clusterId}
          name="crisisCluster"
          className="select"
          value={cluster}
          aria-describedby={`${clusterId}-definition`}
          onChange={(event) => {
            const next = event.target.value;
            const keepType = type !== '' && (next === '' || clusterOfCrisisType(type) === next || unknownType);
            onChange(next, keepType ? type : '');
          }}
        >
          <option value="">Not coded</option>
          {CRISIS_CLUSTERS.map((id) => (
            <option key={id} value={id}>
              {CLUSTER_INFO[id].label}
            </option>
          ))}
        </select>
        <p id={`${clusterId}-definition`} className="field-definition" hidden={shown !== 'cluster'}>
          {clusterDefinition}
        </p>
      </div>
      <div className="field" {...reveal('type')}>
        <label htmlFor={typeId}>Crisis type</label>
        <select
          id={typeId}
          name="crisisType"
          className="select"
          value={type}
          aria-describedby={`${typeId}-definition`}
          onChange={(event) => {
            const next = event.target.value;
            onChange(next === '' ? cluster : (clusterOfCrisisType(next) ?? cluster), next);
          }}
        >
          <option value="">Not coded</option>
          {unknownType && <option value={type}>{type}</option>}
          {types.map((option) => (
            <option key={option.id} value={option.id} title={option.definition}>
              {option.retired ? `${option.label} (retired)` : option.label}
            </option>
          ))}
        </select>
        <p id={`${typeId}-definition`} className="field-definition" hidden={shown !== 'type'}>
          {typeDefinition}
        </p>
      </div>
    </>
  );
}
