import type { ResponseOf } from '../../../shared/contract/procedures.ts';

type Capture = ResponseOf<'sources.captureUrl'>;

/** What a person is told after a source was added: new, or merged into one the library had. */
export function addedMessage(title: string, merged: boolean): string {
  return merged ? `Already in the library: merged with “${title}”.` : `Added “${title}”.`;
}

export const OFFLINE_MESSAGE = 'You are offline; the URL is kept and can be captured later.';

/** The service's reason without its closing remark that the address is kept (said once, by us). */
function reasonOf(message: string | null): string | null {
  const reason = message?.replace(/\s*The address is kept so the page can be captured later\.\s*$/, '').trim() ?? '';
  return reason === '' ? null : reason;
}

/** The outcome of a capture as a sentence, and whether it went wrong. */
export function captureMessage(
  result: Capture,
  again: boolean,
): { readonly message: string; readonly tone: 'info' | 'error' } {
  if (result.outcome === 'captured')
    return {
      message: again ? `Captured “${result.source.title}” again.` : addedMessage(result.source.title, result.merged),
      tone: 'info',
    };
  if (again) return { message: `Not captured: ${result.message ?? 'the page could not be fetched.'}`, tone: 'error' };
  const reason = reasonOf(result.message);
  const lead =
    result.outcome === 'offline'
      ? OFFLINE_MESSAGE
      : 'The page could not be captured; the URL is kept and can be captured later.';
  return { message: reason ? `${lead} (${reason})` : lead, tone: 'error' };
}
