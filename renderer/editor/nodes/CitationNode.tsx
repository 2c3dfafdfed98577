import { $applyNodeReplacement, $getEditor, $getRoot, $isElementNode, DecoratorNode } from 'lexical';
import type {
  DOMConversionMap,
  DOMConversionOutput,
  DOMExportOutput,
  LexicalNode,
  SerializedPartial,
  NodeKey,
} from 'lexical';
import type { JSX } from 'react';
import { CitationMarker } from '../citations/CitationMarker.tsx';
import { numberingOf } from '../citations/citation-numbering.ts';
import type { CitationNumbering } from '../citations/citation-numbering.ts';

/**
 * The exact serialized shape: the services index narrative citations by it (see
 * electron/services/lexical-citations.ts) and the sample case's narrative contains it.
 */
export interface SerializedCitationNode {
  type: 'citation';
  version: 1;
  sourceId: string;
  locator: string | null;
}

const CITATION_ATTRIBUTE = 'data-lexical-citation';

/** An inline pointer at a source, shown as a numbered marker [n]. */
export class CitationNode extends DecoratorNode<JSX.Element> {
  __sourceId: string;
  __locator: string | null;

  static override getType(): string {
    return 'citation';
  }

  static override clone(node: CitationNode): CitationNode {
    return new CitationNode(node.__sourceId, node.__locator, node.__key);
  }

  static override importJSON(serialized: SerializedPartial<SerializedCitationNode>): CitationNode {
    const locator = typeof serialized.locator === 'string' ? serialized.locator : null;
    return $createCitationNode(String(serialized.sourceId), locator);
  }

  static override importDOM(): DOMConversionMap | null {
    return {
      span: (element: HTMLElement) =>
        element.hasAttribute(CITATION_ATTRIBUTE) && element.getAttribute('data-source-id')
          ? { conversion: convertCitationElement, priority: 2 }
          : null,
    };
  }

  constructor(sourceId: string, locator: string | null = null, key?: NodeKey) {
    super(key);
    this.__sourceId = sourceId;
    this.__locator = locator;
  }

  override exportJSON(): SerializedCitationNode {
    return { type: 'citation', version: 1, sourceId: this.__sourceId, locator: this.__locator };
  }

  override exportDOM(): DOMExportOutput {
    const element = document.createElement('span');
    element.setAttribute(CITATION_ATTRIBUTE, 'true');
    element.setAttribute('data-source-id', this.__sourceId);
    if (this.__locator !== null) element.setAttribute('data-locator', this.__locator);
    element.textContent = this.getTextContent();
    return { element };
  }

  override createDOM(): HTMLElement {
    const element = document.createElement('span');
    element.className = 'editor-citation';
    element.contentEditable = 'false';
    return element;
  }

  override updateDOM(): false {
    return false;
  }

  override isInline(): true {
    return true;
  }

  override isKeyboardSelectable(): boolean {
    return true;
  }

  /** "[n]": copy as plain text and every text export see the marker's number. */
  override getTextContent(): string {
    const number = $citationNumbering().get(this.__sourceId);
    return number === undefined ? '[?]' : `[${number}]`;
  }

  getSourceId(): string {
    return this.getLatest().__sourceId;
  }

  getLocator(): string | null {
    return this.getLatest().__locator;
  }

  setLocator(locator: string | null): this {
    const writable = this.getWritable();
    writable.__locator = locator;
    return writable;
  }

  override decorate(): JSX.Element {
    return <CitationMarker sourceId={this.__sourceId} locator={this.__locator} />;
  }
}

function convertCitationElement(element: HTMLElement): DOMConversionOutput {
  const sourceId = element.getAttribute('data-source-id') ?? '';
  return { node: $createCitationNode(sourceId, element.getAttribute('data-locator')) };
}

export function $createCitationNode(sourceId: string, locator: string | null = null): CitationNode {
  return $applyNodeReplacement(new CitationNode(sourceId, locator));
}

export function $isCitationNode(node: LexicalNode | null | undefined): node is CitationNode {
  return node instanceof CitationNode;
}

/** Numbers every cited source by the order of its first citation in the document (walks the tree). */
export function $computeCitationNumbering(): Map<string, number> {
  const numbering = new Map<string, number>();
  const stack: LexicalNode[] = [$getRoot()];
  while (stack.length > 0) {
    const node = stack.pop() as LexicalNode;
    if ($isCitationNode(node)) {
      if (!numbering.has(node.__sourceId)) numbering.set(node.__sourceId, numbering.size + 1);
    } else if ($isElementNode(node)) {
      const children = node.getChildren();
      for (let index = children.length - 1; index >= 0; index--) stack.push(children[index] as LexicalNode);
    }
  }
  return numbering;
}

/**
 * The editor's stored numbering (kept current by the citation plugin); without one (a headless editor,
 * or the first render before the plugin ran) it is computed from the tree.
 */
function $citationNumbering(): CitationNumbering {
  let stored: CitationNumbering | undefined;
  try {
    stored = numberingOf($getEditor());
  } catch {
    stored = undefined; // an editor state read without its editor
  }
  return stored ?? $computeCitationNumbering();
}
