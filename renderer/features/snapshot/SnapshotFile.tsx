import type { ResponseOf } from '../../../shared/contract/procedures.ts';

/**
 * The file an image or PDF source was made from. An image shows as itself (a data: URL, which the
 * window's CSP allows for images) with its alt text; a PDF is read through its extracted text below.
 */
export function SnapshotFile({ file }: { file: ResponseOf<'sources.getFile'> }) {
  const { mediaType, fileName, base64, altText } = file;
  if (mediaType === 'application/pdf')
    return (
      <p className="snapshot-file-note">
        From the PDF <strong>{fileName}</strong>: its extracted text is shown below, to search and quote.
      </p>
    );
  return (
    <figure className="snapshot-image">
      <img src={`data:${mediaType};base64,${base64}`} alt={altText ?? fileName} />
      <figcaption>{fileName}</figcaption>
    </figure>
  );
}
