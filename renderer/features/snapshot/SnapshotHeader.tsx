import { useState } from 'react';

export interface SnapshotHeaderProps {
  readonly title: string;
  readonly capturedAt: string | null;
  readonly sha256: string | null;
  readonly verified: boolean | null;
}

function formatCaptured(timestamp: string): string {
  const date = new Date(timestamp);
  if (Number.isNaN(date.getTime())) return timestamp;
  return date.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }) + ' UTC';
}

/** The viewer's title, when the page was captured, its hash, and a loud alert when the hash no longer matches. */
export function SnapshotHeader({ title, capturedAt, sha256, verified }: SnapshotHeaderProps) {
  const [copied, setCopied] = useState(false);
  async function copyHash(): Promise<void> {
    if (sha256 === null) return;
    try {
      await navigator.clipboard.writeText(sha256);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }
  return (
    <div className="snapshot-header-text">
      <h2 className="dialog-title snapshot-title">
        Snapshot of “<bdi>{title}</bdi>”
      </h2>
      {capturedAt !== null && sha256 !== null && (
        <p className="snapshot-meta">
          <span>Captured {formatCaptured(capturedAt)}</span>
          <span aria-hidden="true"> · </span>
          <span className="snapshot-hash" title={`SHA-256 ${sha256}`}>
            SHA-256 <code>{sha256.slice(0, 12)}…</code>
          </span>
          <button
            type="button"
            className="button button-small button-quiet"
            aria-label={copied ? 'Hash copied' : 'Copy the full SHA-256'}
            onClick={() => void copyHash()}
          >
            {copied ? 'Copied' : 'Copy hash'}
          </button>
          {verified === true && <span className="snapshot-verified"> · Hash verified</span>}
        </p>
      )}
      {verified === false && (
        <p role="alert" className="snapshot-mismatch">
          The snapshot does not match the hash recorded when it was captured: it has changed since.
        </p>
      )}
    </div>
  );
}
