import { useRef } from 'react';
import type { KeyboardEvent } from 'react';
import type { CaseDocument } from '../../../shared/domain/case-document.ts';
import { SECTIONS, sectionCount } from './sections.ts';
import type { SectionId } from './sections.ts';

export function tabId(section: SectionId): string {
  return `section-tab-${section}`;
}
export function panelId(section: SectionId): string {
  return `section-panel-${section}`;
}

/** Section navigation as tabs: arrows move between them (automatic activation), Home/End jump. */
export function SectionTabs({
  active,
  document,
  onSelect,
}: {
  active: SectionId;
  document: CaseDocument;
  onSelect: (section: SectionId) => void;
}) {
  const listRef = useRef<HTMLDivElement>(null);
  function onKeyDown(event: KeyboardEvent): void {
    if (event.nativeEvent.isComposing) return;
    const index = SECTIONS.findIndex((section) => section.id === active);
    const targets: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowLeft: index - 1,
      Home: 0,
      End: SECTIONS.length - 1,
    };
    const target = targets[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const next = SECTIONS[(target + SECTIONS.length) % SECTIONS.length];
    if (!next) return;
    onSelect(next.id);
    listRef.current?.querySelector<HTMLElement>(`#${tabId(next.id)}`)?.focus();
  }
  return (
    <div ref={listRef} role="tablist" aria-label="Case sections" className="section-tabs" onKeyDown={onKeyDown}>
      {SECTIONS.map((section) => {
        const count = sectionCount(section.id, document);
        const selected = section.id === active;
        return (
          <button
            key={section.id}
            id={tabId(section.id)}
            type="button"
            role="tab"
            aria-selected={selected}
            aria-controls={panelId(section.id)}
            tabIndex={selected ? 0 : -1}
            className="section-tab"
            onClick={() => onSelect(section.id)}
          >
            {section.label}
            {count !== null && count > 0 && (
              <span className="section-tab-count" aria-hidden="true">
                {count}
              </span>
            )}
          </button>
        );
      })}
    </div>
  );
}
