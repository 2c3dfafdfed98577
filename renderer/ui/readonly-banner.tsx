/** Says, above everything, that the open notebook cannot be changed, and why. */
export function ReadonlyBanner({ path }: { readonly path: string }) {
  return (
    <div role="status" className="readonly-banner">
      <strong>Read-only.</strong> This notebook ({path}) is on a disk or in a folder Casebook cannot write to. You can
      read, search and export it; changes cannot be saved. To edit it, copy the file to a folder you can write to and
      open the copy.
    </div>
  );
}
