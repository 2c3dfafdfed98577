/**
 * The names writes announce when they change data ("tables changed" event). Query hooks in the window
 * name the tables they read and fetch again when one of them changes.
 */
export const TABLES = [
  'cases',
  'tags',
  'narratives',
  'actors',
  'issue_rows',
  'events',
  'quotes',
  'facts',
  'lessons',
  'sources',
  'citations',
  'conflicts',
  'trash',
  'attachments',
  'custom_codes',
  'code_overrides',
  'case_templates',
  'case_versions',
  'notebook_settings',
] as const;
export type TableName = (typeof TABLES)[number];

/** Every table that holds part of a case document. */
export const CASE_CONTENT_TABLES: readonly TableName[] = [
  'cases', 'tags', 'narratives', 'actors', 'issue_rows', 'events', 'quotes', 'facts', 'lessons', 'citations', 'conflicts', 'sources',
];
