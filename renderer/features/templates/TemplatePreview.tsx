import { EVENT_KIND_LABELS } from '../timeline/event-kinds.ts';
import type { CaseTemplate } from '../../../shared/contract/codebook.ts';

/** What a case from this template starts with: its sections with their prompts, issue rows, timeline and lessons. */
export function TemplatePreview({ template }: { template: CaseTemplate }) {
  const { body } = template;
  return (
    /* Focusable so that a long preview scrolls from the keyboard. */
    <section className="template-preview" aria-label={`Preview of ${template.name}`} tabIndex={0}>
      <h3 className="template-preview-title">{template.name}</h3>
      <p className="template-preview-description">{template.description}</p>
      {body.sections.length === 0 ? (
        <p className="template-preview-empty">No narrative sections.</p>
      ) : (
        <ol className="template-preview-sections">
          {body.sections.map((part, index) => (
            <li key={`${index} ${part.heading}`}>
              <span className="template-preview-heading">{part.heading}</span>
              {part.prompts.length > 0 && (
                <ul className="template-preview-prompts">
                  {part.prompts.map((prompt) => (
                    <li key={prompt}>{prompt}</li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
      {body.issuePrompts.length > 0 && (
        <p className="template-preview-line">
          <strong>Issue rows:</strong> {body.issuePrompts.join(' · ')}
        </p>
      )}
      {body.eventKinds.length > 0 && (
        <p className="template-preview-line">
          <strong>Timeline to expect:</strong> {body.eventKinds.map((kind) => EVENT_KIND_LABELS[kind]).join(', ')}
        </p>
      )}
      {body.lessonPrompts.length > 0 && (
        <p className="template-preview-line">
          <strong>Lessons:</strong> {body.lessonPrompts.join(' · ')}
        </p>
      )}
    </section>
  );
}
