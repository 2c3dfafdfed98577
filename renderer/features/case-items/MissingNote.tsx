/** What a new item still needs before it can be written ("Not saved yet: add a name."). */
export function MissingNote({ text }: { readonly text: string | null }) {
  return (
    <p className="item-missing" role="status">
      {text}
    </p>
  );
}
