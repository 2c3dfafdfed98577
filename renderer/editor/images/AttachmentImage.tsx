import { useEffect, useState } from 'react';
import { errorMessage } from '../../api.ts';
import { attachmentUrl } from './attachment-urls.ts';

type Loaded = { readonly id: string; readonly url: string | null; readonly error: string | null };

/** An image stored in the notebook, shown from a blob: URL. */
export function AttachmentImage({ attachmentId, altText }: { attachmentId: string; altText: string }) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  useEffect(() => {
    let current = true;
    attachmentUrl(attachmentId).then(
      (url) => current && setLoaded({ id: attachmentId, url, error: null }),
      (error: unknown) => current && setLoaded({ id: attachmentId, url: null, error: errorMessage(error) }),
    );
    return () => {
      current = false;
    };
  }, [attachmentId]);
  const state = loaded?.id === attachmentId ? loaded : null;
  if (state?.url) return <img className="editor-image" src={state.url} alt={altText} draggable={false} />;
  return (
    <span className="editor-image-placeholder" role="img" aria-label={altText || 'Image'}>
      {state?.error ? `The image could not be shown: ${state.error}` : 'Loading image…'}
    </span>
  );
}
