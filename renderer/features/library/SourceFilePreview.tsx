import { useQuery } from '../../api.ts';

/** An image source shown inline with its alt text; a PDF is named (the snapshot view shows its text). */
export function SourceFilePreview({ sourceId }: { sourceId: string }) {
  const file = useQuery('sources.getFile', { sourceId }, ['sources']);
  if (file.status === 'error') return <p role="alert">The file could not be read: {file.error.message}</p>;
  if (!file.data) return <p className="library-muted">Reading the file…</p>;
  const { mediaType, fileName, base64, altText } = file.data;
  if (mediaType === 'application/pdf')
    return (
      <p className="library-file-note">
        <span className="badge library-mark">PDF</span> {fileName} — kept in the notebook; its text is in the snapshot.
      </p>
    );
  return (
    <figure className="library-figure">
      <img className="library-image" src={`data:${mediaType};base64,${base64}`} alt={altText ?? ''} />
      <figcaption className="library-muted">
        {fileName}
        {altText ? '' : ' (no alt text)'}
      </figcaption>
    </figure>
  );
}
