import { call } from '../../api.ts';

/**
 * Images in the narrative are attachments stored in the notebook; the window shows them from blob: URLs
 * made from the stored bytes, never from the web. One URL per attachment for the window's lifetime.
 */
const urls = new Map<string, Promise<string>>();

function blobOf(base64: string, mediaType: string): Blob {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return new Blob([bytes], { type: mediaType });
}

export function attachmentUrl(attachmentId: string): Promise<string> {
  let url = urls.get(attachmentId);
  if (url === undefined) {
    url = call('attachments.get', { id: attachmentId }).then((attachment) =>
      URL.createObjectURL(blobOf(attachment.base64, attachment.mediaType)),
    );
    url.catch(() => urls.delete(attachmentId));
    urls.set(attachmentId, url);
  }
  return url;
}
