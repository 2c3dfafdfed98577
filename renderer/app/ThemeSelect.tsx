import type { ThemeChoice } from './theme.ts';

export function ThemeSelect({ choice, onChange }: { choice: ThemeChoice; onChange: (choice: ThemeChoice) => void }) {
  return (
    <label className="theme-select">
      <span className="theme-select-label">Theme</span>
      <select
        className="select select-small"
        value={choice}
        onChange={(event) => onChange(event.target.value as ThemeChoice)}
      >
        <option value="system">Follow system</option>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </select>
    </label>
  );
}
