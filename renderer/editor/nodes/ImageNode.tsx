import { $applyNodeReplacement, DecoratorNode } from 'lexical';
import type {
  DOMConversionMap,
  DOMConversionOutput,
  DOMExportOutput,
  LexicalNode,
  SerializedPartial,
  NodeKey,
  SerializedLexicalNode,
} from 'lexical';
import type { JSX } from 'react';
import { AttachmentImage } from '../images/AttachmentImage.tsx';

/** An image stored in the notebook as an attachment: only its id is kept, never a URL. */
export type SerializedImageNode = SerializedLexicalNode & {
  type: 'image';
  version: 1;
  attachmentId: string;
  altText: string;
};

export const ATTACHMENT_ATTRIBUTE = 'data-casebook-attachment';

export class ImageNode extends DecoratorNode<JSX.Element> {
  __attachmentId: string;
  __altText: string;

  static override getType(): string {
    return 'image';
  }

  static override clone(node: ImageNode): ImageNode {
    return new ImageNode(node.__attachmentId, node.__altText, node.__key);
  }

  static override importJSON(serialized: SerializedPartial<SerializedImageNode>): ImageNode {
    return $createImageNode(
      String(serialized.attachmentId),
      typeof serialized.altText === 'string' ? serialized.altText : '',
    );
  }

  /** Only images copied from a narrative (carrying an attachment id) come back; other <img> are dropped. */
  static override importDOM(): DOMConversionMap | null {
    return {
      img: (element: HTMLElement) =>
        element.getAttribute(ATTACHMENT_ATTRIBUTE) ? { conversion: convertImageElement, priority: 2 } : null,
    };
  }

  constructor(attachmentId: string, altText = '', key?: NodeKey) {
    super(key);
    this.__attachmentId = attachmentId;
    this.__altText = altText;
  }

  override exportJSON(): SerializedImageNode {
    return { type: 'image', version: 1, attachmentId: this.__attachmentId, altText: this.__altText };
  }

  override exportDOM(): DOMExportOutput {
    const element = document.createElement('img');
    element.setAttribute(ATTACHMENT_ATTRIBUTE, this.__attachmentId);
    element.setAttribute('alt', this.__altText);
    return { element };
  }

  override createDOM(): HTMLElement {
    const element = document.createElement('span');
    element.className = 'editor-image-frame';
    element.contentEditable = 'false';
    return element;
  }

  override updateDOM(): false {
    return false;
  }

  override isInline(): true {
    return true;
  }

  /** Images add no text: the word count and the narrative's plain text leave them out. */
  override getTextContent(): string {
    return '';
  }

  getAttachmentId(): string {
    return this.getLatest().__attachmentId;
  }

  override decorate(): JSX.Element {
    return <AttachmentImage attachmentId={this.__attachmentId} altText={this.__altText} />;
  }
}

function convertImageElement(element: HTMLElement): DOMConversionOutput {
  const attachmentId = element.getAttribute(ATTACHMENT_ATTRIBUTE) ?? '';
  return { node: $createImageNode(attachmentId, element.getAttribute('alt') ?? '') };
}

export function $createImageNode(attachmentId: string, altText = ''): ImageNode {
  return $applyNodeReplacement(new ImageNode(attachmentId, altText));
}

export function $isImageNode(node: LexicalNode | null | undefined): node is ImageNode {
  return node instanceof ImageNode;
}
