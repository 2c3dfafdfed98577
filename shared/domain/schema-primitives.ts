import { z } from 'zod';
import { isPartialDate } from './partial-date.ts';
import { MAX_SHORT_TEXT_BYTES, MAX_TEXT_BYTES, utf8ByteLength } from './text-limits.ts';

/** Text up to a byte limit (UTF-8), with a message that names the limit. */
export function textOf(maxBytes: number) {
  return z
    .string()
    .max(maxBytes, { message: `is longer than ${maxBytes.toLocaleString('en')} bytes` })
    .refine((value) => utf8ByteLength(value) <= maxBytes, {
      message: `is longer than ${maxBytes.toLocaleString('en')} bytes`,
    });
}

export const text = textOf(MAX_TEXT_BYTES);
export const shortText = textOf(MAX_SHORT_TEXT_BYTES);
export const requiredShortText = shortText.refine((value) => value.trim().length > 0, { message: 'must not be empty' });

export const id = z
  .string()
  .min(1, { message: 'must not be empty' })
  .max(64, { message: 'is not an id (longer than 64 characters)' })
  .regex(/^[A-Za-z0-9_-]+$/, { message: 'is not an id (letters, digits, - and _ only)' });

export const partialDate = z.string().refine(isPartialDate, {
  message: 'is not a date like "2026", "2026-01", "2026-01-05" or "2026-01-05T18:00+08:00"',
});

export const timestamp = z.string().refine((value) => !Number.isNaN(Date.parse(value)) && /T.*(Z|[+-]\d{2}:\d{2})$/.test(value), {
  message: 'is not a timestamp with a time zone',
});

export const slug = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[a-z0-9\p{L}\p{N}]+(?:-[a-z0-9\p{L}\p{N}]+)*$/u, { message: 'is not a slug (lower-case words joined by hyphens)' });

export const codeId = z
  .string()
  .max(80)
  .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, { message: 'is not a code id (lower-case words joined by hyphens)' });

export const hexColor = z.string().regex(/^#[0-9a-fA-F]{6}$/, { message: 'is not a colour like "#aabbcc"' });
