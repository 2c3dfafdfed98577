/**
 * <CodingPicker scheme value onChange label? showDefinition? tabIndex? disabled?>
 * - scheme: 'scct' (label "Strategy", grouped by posture) or 'benoit' (label "Benoit strategy", grouped
 *   by family); options from shared/domain/codebook.ts, plus "None".
 * - value: the code id or null; onChange(id | null) on every choice (the caller saves and records undo).
 * - showDefinition: 'focus' (default: the chosen code's definition floats under the picker while it is
 *   hovered or focused, moving nothing else) or 'always' (in the flow, below the picker). The definition
 *   is also the select's accessible description.
 * Options come from the notebook's codebook: renamed labels, its own codes, and no retired code unless it is
 * the value already chosen (then marked "(retired)"). An id the codebook does not know stays selectable as itself.
 */
import { useId, useState } from 'react';
import { useCodebook } from '../codebook/codebook-store.ts';
import { codeGroups, findCode, findNotebookCode, notebookCodeGroups } from './codebook-groups.ts';
import type { CodingScheme, NotebookCode } from './codebook-groups.ts';
import './coding.css';

export interface CodingPickerProps {
  readonly scheme: CodingScheme;
  readonly value: string | null;
  readonly onChange: (id: string | null) => void;
  readonly label?: string;
  readonly showDefinition?: 'focus' | 'always';
  readonly tabIndex?: number;
  readonly disabled?: boolean;
}

const DEFAULT_LABELS: Readonly<Record<CodingScheme, string>> = { scct: 'Strategy', benoit: 'Benoit strategy' };
const NOT_CODED: Readonly<Record<CodingScheme, string>> = {
  scct: 'Not coded. Choose the SCCT response strategy this response uses.',
  benoit: 'Not coded. Optionally choose the image repair strategy (Benoit) this response uses.',
};

export function codeDefinitionText(
  scheme: CodingScheme,
  value: string | null,
  codes?: readonly NotebookCode[],
): string {
  if (value === null) return NOT_CODED[scheme];
  const found = codes ? findNotebookCode(scheme, codes, value) : findCode(scheme, value);
  if (!found) return `“${value}” is a code from this notebook’s own codebook.`;
  const group = found.group.toLowerCase() === found.code.label.toLowerCase() ? '' : ` (${found.group})`;
  return `${found.code.label}${group}: ${found.code.definition}`;
}

export function CodingPicker({
  scheme,
  value,
  onChange,
  label = DEFAULT_LABELS[scheme],
  showDefinition = 'focus',
  tabIndex,
  disabled,
}: CodingPickerProps) {
  const id = useId();
  const [focused, setFocused] = useState(false);
  const [hovered, setHovered] = useState(false);
  const codes = useCodebook();
  const groups = codes.length > 0 ? notebookCodeGroups(scheme, codes, value) : codeGroups(scheme);
  const custom = value !== null && !groups.some((group) => group.options.some((option) => option.id === value));
  const visible = showDefinition === 'always' || focused || hovered;
  return (
    <div className="field coding-picker" onMouseEnter={() => setHovered(true)} onMouseLeave={() => setHovered(false)}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        className="select"
        value={value ?? ''}
        tabIndex={tabIndex}
        disabled={disabled}
        aria-describedby={`${id}-definition`}
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
        onChange={(event) => onChange(event.target.value === '' ? null : event.target.value)}
      >
        <option value="">None</option>
        {custom && <option value={value}>{value} (own code)</option>}
        {groups.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.options.map((option) => (
              <option key={option.id} value={option.id} title={option.definition}>
                {option.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <p
        id={`${id}-definition`}
        className={
          showDefinition === 'always'
            ? 'field-definition coding-definition'
            : 'field-definition coding-definition coding-definition-floating'
        }
        hidden={!visible}
      >
        {codeDefinitionText(scheme, value, codes)}
      </p>
    </div>
  );
}
