import { useQuery } from '../../api.ts';

/** "Case": where Quote this and Cite in row/event write, when the viewer was opened outside a case. */
export function CaseChooser({ value, onChange }: { value: string; onChange: (caseId: string, title: string) => void }) {
  const cases = useQuery('cases.list', { limit: 500 }, ['cases']);
  const list = cases.data?.cases ?? [];
  return (
    <label className="snapshot-case-chooser">
      <span>Case</span>
      <select
        className="select select-small"
        value={value}
        disabled={list.length === 0}
        onChange={(event) => {
          const chosen = list.find((item) => item.id === event.target.value);
          onChange(event.target.value, chosen?.title ?? '');
        }}
      >
        <option value="">
          {cases.status === 'loading' ? 'Loading cases…' : list.length === 0 ? 'No cases yet' : 'Choose a case'}
        </option>
        {list.map((item) => (
          <option key={item.id} value={item.id}>
            {item.title}
          </option>
        ))}
      </select>
    </label>
  );
}
