/** Tag colours that read as a border and a dot in both themes. */
export const TAG_COLORS = [
  { name: 'Blue', value: '#3b82f6' },
  { name: 'Green', value: '#22a06b' },
  { name: 'Amber', value: '#d97706' },
  { name: 'Red', value: '#dc2626' },
  { name: 'Purple', value: '#8b5cf6' },
  { name: 'Pink', value: '#db2777' },
  { name: 'Teal', value: '#0d9488' },
  { name: 'Grey', value: '#6b7280' },
] as const;

/** The colour a new tag gets: the same one every time for the same name, so tags look stable. */
export function defaultTagColor(name: string): string {
  let hash = 0;
  for (const char of name.toLowerCase()) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return TAG_COLORS[hash % TAG_COLORS.length]!.value;
}

export function tagColorName(value: string | null): string {
  if (value === null) return 'No colour';
  return TAG_COLORS.find((color) => color.value.toLowerCase() === value.toLowerCase())?.name ?? value;
}
