import { runsText, type ArticleBlock } from './article-model.ts';
import { isHeadingLike } from './heading-like.ts';

export interface ChosenTitle {
  readonly title: string;
  readonly guessed: boolean;
  /** Index of the block the title came from when that block is the article's opening h1 (it then leaves the narrative). */
  readonly openingHeading: number | null;
}

const MAX_TITLE_CHARS = 200;

/**
 * The article's title: a title the format states (HTML reader view), else the first level-1 heading, else
 * the first heading, else the first short paragraph that reads as a heading (guessed), else the file name
 * (guessed), else the opening words of the text (guessed).
 */
export function chooseTitle(
  blocks: readonly ArticleBlock[],
  options: { stated?: string | null; headingsAreMarked: boolean; fileName?: string },
): ChosenTitle {
  const opening = blocks[0]?.type === 'heading' && blocks[0].level === 1 ? runsText(blocks[0].runs).trim() : null;
  const stated = options.stated?.trim();
  if (stated) return { title: clip(stated), guessed: false, openingHeading: opening === stated ? 0 : null };
  const headings = blocks.flatMap((block, index) => (block.type === 'heading' ? [{ block, index }] : []));
  const chosen = headings.find(({ block }) => block.level === 1) ?? headings[0];
  if (chosen && chosen.block.type === 'heading') {
    const text = runsText(chosen.block.runs).replace(/\s+/g, ' ').trim();
    if (text) {
      return {
        title: clip(text),
        guessed: !options.headingsAreMarked,
        openingHeading: chosen.index === 0 && chosen.block.level === 1 ? 0 : null,
      };
    }
  }
  for (const block of blocks) {
    if (block.type !== 'paragraph') continue;
    const text = runsText(block.runs).trim();
    if (!text.includes('\n') && isHeadingLike(text)) return { title: clip(text), guessed: true, openingHeading: null };
  }
  const fromFile = options.fileName
    ?.replace(/^.*[\\/]/, '')
    .replace(/\.(?:md|markdown|txt|html?|text)$/i, '')
    .replace(/[-_]+/g, ' ')
    .trim();
  if (fromFile) return { title: clip(fromFile), guessed: true, openingHeading: null };
  const firstText = blocks
    .map((block) => (block.type === 'paragraph' || block.type === 'quote' ? runsText(block.runs) : ''))
    .find((text) => text.trim() !== '');
  const words = (firstText ?? '').trim().split(/\s+/).slice(0, 8).join(' ');
  return { title: words ? `${words}…` : 'Untitled article', guessed: true, openingHeading: null };
}

function clip(title: string): string {
  return title.length > MAX_TITLE_CHARS ? `${title.slice(0, MAX_TITLE_CHARS - 1)}…` : title;
}
