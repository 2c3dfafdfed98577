import { errorMessage, mutate } from '../../api.ts';
import { useToast } from '../../ui/toasts.tsx';

export const DAILY_CHOICES = [3, 7, 14, 30, 60, 90] as const;
export const WEEKLY_CHOICES = [0, 4, 8, 12, 26, 52, 104] as const;

interface Retention {
  readonly daily: number;
  readonly weekly: number;
}

/** A choice list that also shows a stored value that is not one of the usual choices. */
function choicesWith(choices: readonly number[], current: number): number[] {
  return choices.includes(current) ? [...choices] : [...choices, current].sort((a, b) => a - b);
}

/** "Keep the last [7] daily and [4] weekly backups": saved as soon as a choice changes. */
export function BackupRetention({ retention, disabled }: { readonly retention: Retention; readonly disabled: boolean }) {
  const toast = useToast();

  async function save(next: Retention): Promise<void> {
    try {
      await mutate('backups.setRetention', next);
      toast({ message: `Casebook now keeps ${next.daily} daily and ${next.weekly} weekly backups, from the next backup on.` });
    } catch (error) {
      toast({ message: `How many backups to keep could not be changed: ${errorMessage(error)}`, tone: 'error' });
    }
  }

  return (
    <fieldset className="backups-retention" disabled={disabled}>
      <legend className="visually-hidden">Automatic backups to keep</legend>
      <span>Keep the last</span>
      <select
        aria-label="Daily backups to keep"
        value={retention.daily}
        onChange={(event) => void save({ ...retention, daily: Number(event.target.value) })}
      >
        {choicesWith(DAILY_CHOICES, retention.daily).map((days) => (
          <option key={days} value={days}>
            {days}
          </option>
        ))}
      </select>
      <span>daily and</span>
      <select
        aria-label="Weekly backups to keep"
        value={retention.weekly}
        onChange={(event) => void save({ ...retention, weekly: Number(event.target.value) })}
      >
        {choicesWith(WEEKLY_CHOICES, retention.weekly).map((weeks) => (
          <option key={weeks} value={weeks}>
            {weeks}
          </option>
        ))}
      </select>
      <span>weekly backups. Fewer take effect at the next backup.</span>
    </fieldset>
  );
}
