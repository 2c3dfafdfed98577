/** Why a version of a case was kept. */
export const VERSION_REASONS = ['pause', 'switch', 'import', 'bulk', 'before-restore', 'manual'] as const;
export type VersionReason = (typeof VERSION_REASONS)[number];

/** Reasons the window may give when it asks for a version; the notebook records the others itself. */
export const REQUESTABLE_VERSION_REASONS = ['pause', 'switch', 'manual'] as const satisfies readonly VersionReason[];

/** The parts of a case the History view names when it says what changed, in the order of the case page. */
export const VERSION_SECTIONS = [
  'overview',
  'narrative',
  'issueRows',
  'events',
  'actors',
  'quotes',
  'facts',
  'lessons',
  'sources',
] as const;
export type VersionSection = (typeof VERSION_SECTIONS)[number];

export const VERSION_COUNTED = [
  'narrativeWords',
  'issueRows',
  'events',
  'actors',
  'quotes',
  'facts',
  'lessons',
  'sources',
] as const;
export type VersionCounted = (typeof VERSION_COUNTED)[number];
