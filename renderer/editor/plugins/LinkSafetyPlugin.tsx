import { AutoLinkNode, LinkNode } from '@lexical/link';
import type { LinkNode as LinkNodeType } from '@lexical/link';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { useEffect } from 'react';
import { openExternalLink } from '../links/open-external.ts';
import { isAllowedLinkUrl } from '../links/link-url.ts';

/** A link to anything but http, https or mailto (pasted JSON, Markdown, old states) loses its link, keeping its text. */
function unwrapUnsafeLink(node: LinkNodeType): void {
  if (isAllowedLinkUrl(node.getURL())) return;
  for (const child of node.getChildren()) node.insertBefore(child);
  node.remove();
}

function linkOf(target: EventTarget | null, root: HTMLElement): HTMLAnchorElement | null {
  if (!(target instanceof Element)) return null;
  const anchor = target.closest('a');
  return anchor !== null && root.contains(anchor) ? anchor : null;
}

/**
 * Links never navigate the window. A plain click places the caret (the text is being edited);
 * Ctrl/Cmd+click opens the link in the system browser through window.casebook.openExternal.
 */
export function LinkSafetyPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    let currentRoot: HTMLElement | null = null;
    function onClick(event: MouseEvent): void {
      const anchor = currentRoot === null ? null : linkOf(event.target, currentRoot);
      if (anchor === null) return;
      event.preventDefault();
      if (event.type === 'click' && (event.ctrlKey || event.metaKey)) openExternalLink(anchor.href);
    }
    function listen(root: HTMLElement | null, previousRoot: HTMLElement | null): void {
      previousRoot?.removeEventListener('click', onClick);
      previousRoot?.removeEventListener('auxclick', onClick);
      root?.addEventListener('click', onClick);
      root?.addEventListener('auxclick', onClick);
      currentRoot = root;
    }
    return mergeRegister(
      editor.registerNodeTransform(LinkNode, unwrapUnsafeLink),
      editor.registerNodeTransform(AutoLinkNode, unwrapUnsafeLink),
      editor.registerRootListener(listen),
      () => listen(null, currentRoot),
    );
  }, [editor]);
  return null;
}
