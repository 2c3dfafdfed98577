import { z } from 'zod';
import { normalizeUrl } from './domain/url.ts';

export const linkSchema = z.object({ url: z.string().transform((url) => normalizeUrl(url) ?? url) });

export function firstDigits(text: string): string | null {
  return /\d+/.exec(text)?.[0] ?? null;
}
