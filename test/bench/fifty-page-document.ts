import { createHeadlessEditor } from '@lexical/headless';
import { $createLinkNode, LinkNode } from '@lexical/link';
import { $createListItemNode, $createListNode, ListItemNode, ListNode } from '@lexical/list';
import { $createHeadingNode, HeadingNode, QuoteNode } from '@lexical/rich-text';
import {
  $createTableCellNode,
  $createTableNode,
  $createTableRowNode,
  TableCellHeaderStates,
  TableCellNode,
  TableNode,
  TableRowNode,
} from '@lexical/table';
import { $createParagraphNode, $createTextNode, $getRoot, type ElementNode } from 'lexical';
import { NARRATIVE_FORMAT_VERSION, type Narrative } from '../../shared/domain/case-document.ts';

/** A page of a case narrative, as a word processor would count it. */
export const WORDS_PER_PAGE = 500;

/** The one short paragraph in the middle of the document where the typing benchmark puts its caret. */
export const TYPING_ANCHOR = 'The typing benchmark writes here.';

/** The sentence that closes the document, so "the end of the narrative" is plain text after a paragraph. */
export const CLOSING_SENTENCE = 'This is where the narrative ends for now.';

export interface GeneratedDocument {
  /** Serialized Lexical editor state (`editorState.toJSON()`): `{ root: … }`. */
  readonly lexical: Record<string, unknown>;
  /** The document's plain text, as Lexical's root text content. */
  readonly text: string;
  readonly words: number;
  readonly pages: number;
}

const VOCABULARY = (
  'the company statement crisis response apology regulator customers press release spokesperson board ' +
  'shares fell investigation report timeline weekend social media video viral complaints hotline recall ' +
  'product safety data breach passengers notified months later inquiry chairman resigned statement issued ' +
  'stakeholders trust reputation damage control interview journalists readers employees union strike ' +
  'factory supplier contract audit findings compensation refund policy review lawmakers hearing evidence ' +
  'witness account quoted anonymous source internal memo leaked email draft version minister comment ' +
  'market analysts forecast losses quarter earnings call denial correction clarification retraction ' +
  'follow-up coverage headline front page editorial opinion column critics praised delayed quickly ' +
  'transparent defensive tone message channel weibo twitter forum livestream influencer campaign paid ' +
  'posts accounts suspended platform moderators removed thousands comments trending hashtag boycott'
).split(' ');

/** Deterministic words (a linear congruential generator), so every run measures the same document. */
function wordSource(seed: number): (count: number) => string {
  let state = seed >>> 0;
  return (count) => {
    const words: string[] = [];
    for (let index = 0; index < count; index += 1) {
      state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
      words.push(VOCABULARY[state % VOCABULARY.length]!);
    }
    return words.join(' ');
  };
}

function sentence(words: string): string {
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}.`;
}

const nodes = [HeadingNode, QuoteNode, ListNode, ListItemNode, LinkNode, TableNode, TableRowNode, TableCellNode];

/**
 * A case narrative of `pages` pages of WORDS_PER_PAGE words: every page has a heading, paragraphs (one
 * with a link), a bulleted list; every other page a numbered list; every fifth page a table. The middle
 * page holds the TYPING_ANCHOR paragraph; the document ends with CLOSING_SENTENCE in a paragraph.
 * Built with Lexical's own nodes in a headless editor, so the state is exactly what an editor serializes.
 */
export function generateDocument(pages = 50): GeneratedDocument {
  const editor = createHeadlessEditor({
    namespace: 'fifty-page-document',
    nodes,
    onError: (error) => {
      throw error;
    },
  });
  const words = wordSource(20_170_409);
  let wordCount = 0;
  const take = (count: number): string => {
    wordCount += count;
    return words(count);
  };
  const textParagraph = (text: string): ElementNode => $createParagraphNode().append($createTextNode(text));

  editor.update(
    () => {
      const root = $getRoot();
      for (let page = 1; page <= pages; page += 1) {
        const budget = page * WORDS_PER_PAGE;
        root.append($createHeadingNode(page % 5 === 1 ? 'h2' : 'h3').append($createTextNode(sentence(take(5)))));
        root.append(
          $createParagraphNode().append(
            $createTextNode(`${sentence(take(40))} ${sentence(take(12))} `),
            $createLinkNode(`https://example.org/case/${page}`).append($createTextNode(take(3))),
            $createTextNode(` ${sentence(take(30))}`),
          ),
        );
        const bullets = $createListNode('bullet');
        for (let item = 0; item < 4; item += 1) bullets.append($createListItemNode().append($createTextNode(take(10))));
        root.append(bullets);
        if (page % 2 === 0) {
          const numbered = $createListNode('number');
          for (let item = 0; item < 3; item += 1)
            numbered.append($createListItemNode().append($createTextNode(sentence(take(8)))));
          root.append(numbered);
        }
        if (page % 5 === 0) {
          const table = $createTableNode();
          for (let row = 0; row < 4; row += 1) {
            const tableRow = $createTableRowNode();
            for (let column = 0; column < 3; column += 1) {
              const cell = $createTableCellNode(
                row === 0 ? TableCellHeaderStates.ROW : TableCellHeaderStates.NO_STATUS,
              );
              tableRow.append(cell.append(textParagraph(take(row === 0 ? 2 : 4))));
            }
            table.append(tableRow);
          }
          root.append(table);
        }
        if (page === Math.ceil(pages / 2)) root.append(textParagraph(TYPING_ANCHOR));
        while (wordCount < budget) root.append(textParagraph(sentence(take(Math.min(60, budget - wordCount)))));
      }
      root.append(textParagraph(CLOSING_SENTENCE));
    },
    { discrete: true },
  );

  const lexical = editor.getEditorState().toJSON() as unknown as Record<string, unknown>;
  const text = editor.getEditorState().read(() => $getRoot().getTextContent());
  return { lexical, text, words: wordCount, pages };
}

/** The document as a narrative the `narrative.save` procedure accepts. */
export function generateNarrative(pages = 50): Narrative {
  const { lexical, text } = generateDocument(pages);
  return { formatVersion: NARRATIVE_FORMAT_VERSION, lexical, text };
}
