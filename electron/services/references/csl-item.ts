/** The parts of a CSL-JSON item Casebook reads and writes (https://citationstyles.org/ CSL 1.0.2 schema). */
export interface CslName {
  family?: string;
  given?: string;
  'non-dropping-particle'?: string;
  'dropping-particle'?: string;
  suffix?: string;
  literal?: string;
}

export interface CslDate {
  'date-parts'?: (number | string)[][];
  raw?: string;
  literal?: string;
}

export interface CslItem {
  id: string;
  type: string;
  title?: string;
  URL?: string;
  DOI?: string;
  author?: CslName[];
  'container-title'?: string;
  publisher?: string;
  genre?: string;
  issued?: CslDate;
  accessed?: CslDate;
  language?: string;
  note?: string;
  [field: string]: unknown;
}
