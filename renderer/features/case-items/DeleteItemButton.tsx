/** The × button of a row; `label` is its accessible name and tooltip ("Delete fact 3"). */
export function DeleteItemButton({ label, onClick }: { readonly label: string; readonly onClick: () => void }) {
  return (
    <button type="button" className="icon-button icon-button-danger" aria-label={label} title={label} onClick={onClick}>
      ×
    </button>
  );
}
