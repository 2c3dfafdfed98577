import './welcome.css';

export interface WelcomePageProps {
  readonly sampleAvailable: boolean;
  readonly busy: boolean;
  readonly onNewCase: () => void;
  readonly onOpenSample: () => void;
  readonly onImportArticle: () => void;
  readonly onNewFromTemplate?: () => void;
}

/** First run of an empty notebook. It offers a start; the sidebar and menus stay usable beside it. */
export function WelcomePage({
  sampleAvailable,
  busy,
  onNewCase,
  onOpenSample,
  onImportArticle,
  onNewFromTemplate,
}: WelcomePageProps) {
  return (
    <section className="welcome" aria-labelledby="welcome-title">
      <h1 id="welcome-title" className="welcome-title">
        Welcome to Casebook
      </h1>
      <p className="welcome-lead">
        A notebook for incident case studies: the story, the issue / response / impact table, the timeline, the people
        involved, and the sources behind every claim — kept offline on this computer.
      </p>
      <div className="welcome-actions">
        <button type="button" className="welcome-card" disabled={busy} onClick={onNewCase}>
          <span className="welcome-card-title">New case</span>
          <span className="welcome-card-detail" aria-hidden="true">
            Start an empty case file and fill in the overview.
          </span>
        </button>
        {onNewFromTemplate && (
          <button type="button" className="welcome-card" disabled={busy} onClick={onNewFromTemplate}>
            <span className="welcome-card-title">Start from a template…</span>
            <span className="welcome-card-detail" aria-hidden="true">
              PR crisis, product recall, data breach, influencer incident or outage review: headings and prompts to fill
              in.
            </span>
          </button>
        )}
        {sampleAvailable && (
          <button type="button" className="welcome-card" disabled={busy} onClick={onOpenSample}>
            <span className="welcome-card-title">Open the sample case</span>
            <span className="welcome-card-detail" aria-hidden="true">
              The January 2026 Xiaomi KOL controversy, with actors, sources and a quote.
            </span>
          </button>
        )}
        <button type="button" className="welcome-card" disabled={busy} onClick={onImportArticle}>
          <span className="welcome-card-title">Import an article</span>
          <span className="welcome-card-detail" aria-hidden="true">
            A Markdown, text or saved web page becomes a draft case; or drop the file on the window.
          </span>
        </button>
      </div>
    </section>
  );
}

/** The notebook has cases but none is open. */
export function NoCaseSelected() {
  return (
    <section className="no-case" aria-label="No case open">
      <p className="no-case-title">No case open</p>
      <p className="no-case-detail">Pick a case in the sidebar, or start a new one.</p>
    </section>
  );
}
