import { extractClaims, type ClaimsInput } from '../../../../electron/services/article-import/claims/extract-claims.ts';

/** Claims from prose alone: each string is one paragraph. */
export function fromProse(...paragraphs: string[]): ReturnType<typeof extractClaims> {
  return extractClaims({ paragraphs, listItems: [], blockQuotes: [] });
}

export function claimsOf(input: Partial<ClaimsInput>): ReturnType<typeof extractClaims> {
  return extractClaims({ paragraphs: [], listItems: [], blockQuotes: [], ...input });
}
