import type { CaseDocument } from '../../../shared/domain/case-document.ts';
import { CaseAnalysisSections } from '../analysis/CaseAnalysisSections.tsx';
import { IssueGrid } from './issue-table/IssueGrid.tsx';
import { OverviewForm } from './overview/OverviewForm.tsx';
import { ActorsSection } from './sections/ActorsSection.tsx';
import { FactsSection } from './sections/FactsSection.tsx';
import { LessonsSection } from './sections/LessonsSection.tsx';
import { NarrativeSection } from './sections/NarrativeSection.tsx';
import { QuotesSection } from './sections/QuotesSection.tsx';
import { SourcesSection } from './sections/SourcesSection.tsx';
import { TimelineSection } from './sections/TimelineSection.tsx';
import { SECTIONS } from './sections.ts';
import type { SectionId } from './sections.ts';
import { panelId, tabId } from './SectionTabs.tsx';

export interface SectionPanelProps {
  readonly section: SectionId;
  readonly document: CaseDocument;
  readonly focusTitle: boolean;
  readonly onTitleFocused: () => void;
}

export function SectionPanel({ section, document, focusTitle, onTitleFocused }: SectionPanelProps) {
  const label = SECTIONS.find((candidate) => candidate.id === section)?.label ?? '';
  return (
    <section id={panelId(section)} role="tabpanel" aria-labelledby={tabId(section)} className="section-panel">
      <h2 className="section-heading">{label}</h2>
      {section === 'overview' && (
        <>
          <OverviewForm overview={document.case} focusTitle={focusTitle} onTitleFocused={onTitleFocused} />
          <CaseAnalysisSections caseId={document.case.id} />
        </>
      )}
      {section === 'narrative' && <NarrativeSection caseId={document.case.id} narrative={document.narrative} />}
      {section === 'issues' && (
        <IssueGrid
          caseId={document.case.id}
          rows={document.issueRows}
          sources={document.sources}
          actors={document.actors}
        />
      )}
      {section === 'timeline' && <TimelineSection document={document} />}
      {section === 'actors' && <ActorsSection document={document} />}
      {section === 'quotes' && <QuotesSection document={document} />}
      {section === 'facts' && <FactsSection document={document} />}
      {section === 'lessons' && <LessonsSection document={document} />}
      {section === 'sources' && <SourcesSection document={document} />}
    </section>
  );
}
