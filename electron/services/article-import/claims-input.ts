import { runsText, type ArticleBlock } from './article-model.ts';
import type { ClaimsInput } from './claims/extract-claims.ts';

/** The article's text as the claims extractor reads it: paragraphs, list items with their section, quotes. */
export function articleClaimsInput(blocks: readonly ArticleBlock[]): ClaimsInput {
  const paragraphs: string[] = [];
  const listItems: { text: string; section: string | null }[] = [];
  const blockQuotes: { text: string; attribution: string | null }[] = [];
  let section: string | null = null;
  for (const block of blocks) {
    if (block.type === 'heading') section = runsText(block.runs).trim();
    else if (block.type === 'paragraph') paragraphs.push(runsText(block.runs));
    else if (block.type === 'list') for (const item of block.items) listItems.push({ text: runsText(item), section });
    else if (block.type === 'quote') blockQuotes.push({ text: runsText(block.runs), attribution: null });
  }
  return { paragraphs, listItems, blockQuotes };
}
