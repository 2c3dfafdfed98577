import { ATTACHMENT_MEDIA_TYPES, MAX_ATTACHMENT_BYTES } from '../../../shared/contract/procedures.ts';

export type AttachmentMediaType = (typeof ATTACHMENT_MEDIA_TYPES)[number];

export function isAttachmentMediaType(type: string): type is AttachmentMediaType {
  return (ATTACHMENT_MEDIA_TYPES as readonly string[]).includes(type);
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Why an image file cannot be stored in the notebook, or null when it can. */
export function imageFileProblem(file: File): string | null {
  if (!isAttachmentMediaType(file.type))
    return `“${file.name}” is not a PNG, JPEG, GIF or WebP image, so it was not added.`;
  if (file.size > MAX_ATTACHMENT_BYTES)
    return `“${file.name}” is ${megabytes(file.size)}; images can be at most ${megabytes(MAX_ATTACHMENT_BYTES)}. It was not added.`;
  return null;
}
