import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $setBlocksType } from '@lexical/selection';
import { mergeRegister } from '@lexical/utils';
import {
  $createLineBreakNode,
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $getSelection,
  $isParagraphNode,
  $isRangeSelection,
  COMMAND_PRIORITY_LOW,
} from 'lexical';
import { useEffect } from 'react';
import type { AppEventDetails } from '../../app-events.ts';
import { OPEN_CITATION_PICKER_COMMAND, TOGGLE_PULL_QUOTE_COMMAND } from '../editor-commands.ts';
import { $createCitationNode } from '../nodes/CitationNode.tsx';
import { $createPullQuoteNode, $isPullQuoteNode } from '../nodes/PullQuoteNode.ts';
import { takeEditorRequests } from '../pending-requests.ts';

type PullQuoteRequest = AppEventDetails['casebook:insert-pull-quote'];

function quoted(text: string): string {
  const trimmed = text.trim();
  return /^["“«「『]/.test(trimmed) ? trimmed : `“${trimmed}”`;
}

/** Appends a pull quote at the end of the narrative: the quote, "— speaker", and a citation of its source. */
export function $appendPullQuote({ text, speaker, sourceId }: PullQuoteRequest): void {
  const quote = $createPullQuoteNode().append($createTextNode(quoted(text)));
  if (speaker) quote.append($createLineBreakNode(), $createTextNode(`— ${speaker.trim()}`));
  if (sourceId) quote.append($createCitationNode(sourceId, null));
  const root = $getRoot();
  const last = root.getLastChild();
  if ($isParagraphNode(last) && last.isEmpty()) {
    last.insertBefore(quote);
    last.selectStart();
  } else {
    const after = $createParagraphNode();
    root.append(quote, after);
    after.selectStart();
  }
}

/** The "Pull quote" block style, and the requests other sections send the editor. */
export function PullQuotePlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          TOGGLE_PULL_QUOTE_COMMAND,
          () => {
            const selection = $getSelection();
            if (!$isRangeSelection(selection)) return false;
            const inPullQuote = selection.getNodes().every((node) => $isPullQuoteNode(node.getTopLevelElement()));
            if (inPullQuote) $setBlocksType(selection, $createParagraphNode);
            else $setBlocksType(selection, $createPullQuoteNode);
            return true;
          },
          COMMAND_PRIORITY_LOW,
        ),
        takeEditorRequests((request) => {
          if (request.kind === 'citation') editor.dispatchCommand(OPEN_CITATION_PICKER_COMMAND, undefined);
          else editor.update(() => $appendPullQuote(request.detail));
        }),
      ),
    [editor],
  );
  return null;
}
