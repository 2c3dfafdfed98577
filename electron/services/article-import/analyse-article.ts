import type { ParsedRequestOf } from '../../../shared/contract/procedures.ts';
import type { ImportPhase } from '../../../shared/contract/events.ts';
import { lexicalPlainText } from '../lexical-text.ts';
import { snapshotFromHtml, type Capture } from '../snapshots/capture.ts';
import { isCasebookExport, readCasebookExport, type CasebookExportParts } from './casebook-export.ts';
import { articleClaimsInput } from './claims-input.ts';
import { extractClaims, type ExtractedClaims } from './claims/extract-claims.ts';
import type { FoundIssueRow } from './issue-table.ts';
import { parseArticle } from './parse-article.ts';
import { readArticleInput, type ArticleInput } from './read-article-input.ts';
import { toLexical } from './to-lexical.ts';

export type ArticleImportRequest = Pick<
  ParsedRequestOf<'cases.importArticle'>,
  'fileName' | 'format' | 'text' | 'base64'
>;

/**
 * Everything an article import works out before it writes: the heavy, pure part (decoding, parsing,
 * finding claims). Plain data, so a worker thread can compute it and post it back.
 */
export interface AnalysedArticle {
  readonly input: ArticleInput;
  readonly title: string;
  readonly lexical: Record<string, unknown>;
  /** The narrative's plain text, for search. */
  readonly text: string;
  readonly rows: FoundIssueRow[];
  /** Casebook's own Markdown export read back, or null for any other article. */
  readonly exported: CasebookExportParts | null;
  readonly claims: ExtractedClaims;
  readonly warnings: string[];
  /** A saved page's sanitized snapshot, for the article's source (null for Markdown and text). */
  readonly capture: Capture | null;
}

export type PhaseListener = (phase: ImportPhase, fraction: number) => void;

/** How far the whole import is when each phase starts (the write takes the rest). */
export const PHASE_START: Readonly<Record<ImportPhase, number>> = {
  reading: 0,
  parsing: 0.05,
  'finding-claims': 0.55,
  writing: 0.7,
  done: 1,
};

/** Decodes, parses and reads the claims of one article. Throws a CasebookError for input it cannot import. */
export function analyseArticle(
  request: ArticleImportRequest,
  onPhase: PhaseListener = () => undefined,
): AnalysedArticle {
  onPhase('reading', PHASE_START.reading);
  const input = readArticleInput(request);
  onPhase('parsing', PHASE_START.parsing);
  const parsed = parseArticle({
    text: input.text,
    format: input.format,
    ...(input.fileName ? { fileName: input.fileName } : {}),
  });
  // A saved page is also kept as the source's snapshot: sanitized here, so the write only stores it.
  const capture =
    input.format === 'html'
      ? snapshotFromHtml({ html: input.text, url: null, fileName: input.fileName, contentType: null })
      : null;
  onPhase('finding-claims', PHASE_START['finding-claims']);
  const exported = isCasebookExport(parsed.frontMatter)
    ? readCasebookExport(parsed.model.blocks, parsed.frontMatter ?? '')
    : null;
  const claims = exported
    ? {
        ...extractClaims({
          paragraphs: [],
          listItems: [],
          blockQuotes: exported.quotes.map((quote) => ({ text: quote.text, attribution: null })),
        }),
        events: [],
        facts: [],
      }
    : extractClaims(articleClaimsInput(parsed.model.blocks));
  const lexical = exported ? toLexical(exported.narrative) : parsed.lexical;
  return {
    capture,
    input,
    title: parsed.model.title,
    lexical,
    text: exported ? lexicalPlainText(lexical) : parsed.text,
    rows: parsed.rows,
    exported,
    claims,
    warnings: [...input.warnings, ...parsed.warnings, ...claims.warnings],
  };
}
