import type { AppEventDetails } from '../app-events.ts';

/**
 * Requests other features send the narrative editor as window events ("insert as pull quote" from the
 * Quotes section, "insert citation" from the palette). The editor may not be on screen when they are
 * sent — the app shows the Narrative tab right after — so requests wait here, briefly, for it to mount.
 */
export type EditorRequest =
  | { readonly kind: 'pull-quote'; readonly detail: AppEventDetails['casebook:insert-pull-quote'] }
  | { readonly kind: 'citation' };

const REQUEST_LIFETIME_MS = 5_000;
let waiting: { request: EditorRequest; at: number }[] = [];
let handler: ((request: EditorRequest) => void) | null = null;

function receive(request: EditorRequest): void {
  if (handler !== null) handler(request);
  else waiting.push({ request, at: Date.now() });
}

if (typeof window !== 'undefined') {
  window.addEventListener('casebook:insert-pull-quote', (event) =>
    receive({
      kind: 'pull-quote',
      detail: (event as CustomEvent<AppEventDetails['casebook:insert-pull-quote']>).detail,
    }),
  );
  window.addEventListener('casebook:insert-citation', () => receive({ kind: 'citation' }));
}

/** The mounted editor takes requests: first the recent ones that waited for it, then each as it comes. */
export function takeEditorRequests(take: (request: EditorRequest) => void): () => void {
  handler = take;
  const fresh = waiting.filter(({ at }) => Date.now() - at < REQUEST_LIFETIME_MS);
  waiting = [];
  for (const { request } of fresh) take(request);
  return () => {
    if (handler === take) handler = null;
  };
}
