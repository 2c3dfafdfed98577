import { $applyNodeReplacement, $createParagraphNode, ElementNode } from 'lexical';
import type {
  DOMConversionMap,
  DOMConversionOutput,
  DOMExportOutput,
  EditorConfig,
  LexicalEditor,
  LexicalNode,
  SerializedPartial,
  NodeKey,
  ParagraphNode,
  RangeSelection,
  SerializedElementNode,
} from 'lexical';

/** A pull quote: a block quotation set apart from the text, serialized as its own type. */
export type SerializedPullQuoteNode = SerializedElementNode & { type: 'pull-quote'; version: 1 };

const PULL_QUOTE_ATTRIBUTE = 'data-pull-quote';

export class PullQuoteNode extends ElementNode {
  static override getType(): string {
    return 'pull-quote';
  }

  static override clone(node: PullQuoteNode): PullQuoteNode {
    return new PullQuoteNode(node.__key);
  }

  static override importJSON(serialized: SerializedPartial<SerializedPullQuoteNode>): PullQuoteNode {
    return $createPullQuoteNode().updateFromJSON(serialized);
  }

  static override importDOM(): DOMConversionMap | null {
    return {
      blockquote: (element: HTMLElement) =>
        element.hasAttribute(PULL_QUOTE_ATTRIBUTE) ? { conversion: convertPullQuoteElement, priority: 2 } : null,
    };
  }

  constructor(key?: NodeKey) {
    super(key);
  }

  override exportJSON(): SerializedPullQuoteNode {
    return { ...super.exportJSON(), type: 'pull-quote', version: 1 };
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const element = document.createElement('blockquote');
    const themeClass: unknown = config.theme.pullQuote;
    element.className = typeof themeClass === 'string' ? themeClass : 'editor-pull-quote';
    element.setAttribute(PULL_QUOTE_ATTRIBUTE, 'true');
    return element;
  }

  override updateDOM(): false {
    return false;
  }

  override exportDOM(editor: LexicalEditor): DOMExportOutput {
    const { element } = super.exportDOM(editor);
    if (element instanceof HTMLElement) element.setAttribute(PULL_QUOTE_ATTRIBUTE, 'true');
    return { element };
  }

  /** Enter at the end of a pull quote continues in a plain paragraph, as with block quotes. */
  override insertNewAfter(_selection: RangeSelection, restoreSelection?: boolean): ParagraphNode {
    const paragraph = $createParagraphNode();
    this.insertAfter(paragraph, restoreSelection);
    return paragraph;
  }

  override collapseAtStart(): true {
    const paragraph = $createParagraphNode();
    this.getChildren().forEach((child) => paragraph.append(child));
    this.replace(paragraph);
    return true;
  }

  override canMergeWhenEmpty(): true {
    return true;
  }
}

function convertPullQuoteElement(): DOMConversionOutput {
  return { node: $createPullQuoteNode() };
}

export function $createPullQuoteNode(): PullQuoteNode {
  return $applyNodeReplacement(new PullQuoteNode());
}

export function $isPullQuoteNode(node: LexicalNode | null | undefined): node is PullQuoteNode {
  return node instanceof PullQuoteNode;
}
