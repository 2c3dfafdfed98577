import { useEffect, useState } from 'react';
import type { CaseSummary } from '../shared/contract/procedures.ts';
import { normalizeUrl } from '../shared/domain/url.ts';

export function CaseTitle({ summary, link }: { summary: CaseSummary; link: string }) {
  const [shown, setShown] = useState(summary.title);
  useEffect(() => {
    const timer = setTimeout(() => setShown(summary.title), 100);
    return () => clearTimeout(timer);
  }, [summary.title]);
  return <a href={normalizeUrl(link) ?? undefined}>{shown}</a>;
}
