import type { ATTACHMENT_MEDIA_TYPES } from '../../shared/contract/procedures.ts';

type ImageMediaType = (typeof ATTACHMENT_MEDIA_TYPES)[number];

interface ImageSignature {
  readonly name: string;
  readonly matches: (bytes: Buffer) => boolean;
}

const startsWith = (bytes: Buffer, offset: number, expected: readonly number[] | string): boolean => {
  const signature = typeof expected === 'string' ? Buffer.from(expected, 'latin1') : Buffer.from(expected);
  return (
    bytes.length >= offset + signature.length && bytes.subarray(offset, offset + signature.length).equals(signature)
  );
};

/** The magic numbers that open each image format, so that a file's bytes are what its media type says. */
export const IMAGE_SIGNATURES: Record<ImageMediaType, ImageSignature> = {
  'image/png': { name: 'PNG', matches: (b) => startsWith(b, 0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  'image/jpeg': { name: 'JPEG', matches: (b) => startsWith(b, 0, [0xff, 0xd8, 0xff]) },
  'image/gif': { name: 'GIF', matches: (b) => startsWith(b, 0, 'GIF87a') || startsWith(b, 0, 'GIF89a') },
  'image/webp': { name: 'WebP', matches: (b) => startsWith(b, 0, 'RIFF') && startsWith(b, 8, 'WEBP') },
};
