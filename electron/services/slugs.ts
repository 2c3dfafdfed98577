import { slugTaken } from '../store/cases.ts';
import type { NotebookDb } from '../store/database.ts';

const MAX_SLUG_LENGTH = 80;
/** The case document allows slugs up to 200 characters. */
const MAX_STORED_SLUG_LENGTH = 200;

/** "Xiaomi's KOL Controversy (2026)" → "xiaomis-kol-controversy-2026"; letters of any script are kept. */
export function slugify(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
  let slug = '';
  for (const word of words) {
    const next = slug === '' ? word : `${slug}-${word}`;
    if (next.length > MAX_SLUG_LENGTH) break;
    slug = next;
  }
  return slug === '' ? 'case' : slug;
}

/** The slug itself when free, else the slug with -2, -3 … appended (every case, trashed ones too, keeps its slug). */
export function uniqueSlug(db: NotebookDb, wanted: string): string {
  if (!slugTaken(db, wanted)) return wanted;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = `${wanted.slice(0, MAX_STORED_SLUG_LENGTH - suffix.length).replace(/-+$/, '')}${suffix}`;
    if (!slugTaken(db, candidate)) return candidate;
  }
}
