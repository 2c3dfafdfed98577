import type { ReactNode } from 'react';

/**
 * The toolbar's pictures as inline SVG: a glyph from a font (🔗, 🖼) depends on what the machine has
 * installed and shows as an empty box where it is missing. Strokes use currentColor, so they follow the
 * theme and the pressed state. Decorative: the buttons carry the accessible names.
 */
function Icon({ children }: { readonly children: ReactNode }) {
  return (
    <svg
      className="editor-toolbar-icon"
      width="16"
      height="16"
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

export const UndoIcon = () => (
  <Icon>
    <path d="M5.5 3.5 2.5 6.5l3 3" />
    <path d="M2.5 6.5h7a4 4 0 0 1 0 8H7" />
  </Icon>
);

export const RedoIcon = () => (
  <Icon>
    <path d="m10.5 3.5 3 3-3 3" />
    <path d="M13.5 6.5h-7a4 4 0 0 0 0 8H9" />
  </Icon>
);

export const LinkIcon = () => (
  <Icon>
    <path d="M6.5 9.5a3 3 0 0 0 4.2 0l2.3-2.3a3 3 0 0 0-4.2-4.2l-.9.9" />
    <path d="M9.5 6.5a3 3 0 0 0-4.2 0L3 8.8A3 3 0 0 0 7.2 13l.9-.9" />
  </Icon>
);

export const BulletListIcon = () => (
  <Icon>
    <circle cx="3" cy="4" r="0.9" fill="currentColor" stroke="none" />
    <circle cx="3" cy="8" r="0.9" fill="currentColor" stroke="none" />
    <circle cx="3" cy="12" r="0.9" fill="currentColor" stroke="none" />
    <path d="M6 4h8M6 8h8M6 12h8" />
  </Icon>
);

export const NumberedListIcon = () => (
  <Icon>
    <path d="M2.5 2.8 3.4 2.3v3.4" strokeWidth="1.2" />
    <path d="M2.3 9.3a1 1 0 0 1 1.9.3c0 .7-1.9 1.6-1.9 2.2h2" strokeWidth="1.2" />
    <path d="M7 4h7M7 8h7M7 12h7" />
  </Icon>
);

export const QuoteIcon = () => (
  <Icon>
    <path d="M3 3v10" strokeWidth="2" />
    <path d="M6.5 5h7M6.5 8h7M6.5 11h5" />
  </Icon>
);

export const PullQuoteIcon = () => (
  <Icon>
    <path d="M3.2 7.5c0-2 1-3.2 2.6-3.7M3.2 7.5h2.3v3H3.2zM9 7.5c0-2 1-3.2 2.6-3.7M9 7.5h2.3v3H9z" />
    <path d="M2.5 13.5h11" />
  </Icon>
);

export const TableIcon = () => (
  <Icon>
    <rect x="2" y="3" width="12" height="10" rx="1.5" />
    <path d="M2 6.5h12M2 10h12M6 6.5V13M10 6.5V13" />
  </Icon>
);

export const ImageIcon = () => (
  <Icon>
    <rect x="2" y="3" width="12" height="10" rx="1.5" />
    <circle cx="5.8" cy="6.3" r="1.1" />
    <path d="m2.5 12 3.5-3.5 2.5 2.5 2-2 3 3" />
  </Icon>
);

export const HorizontalRuleIcon = () => (
  <Icon>
    <path d="M2 8h12" />
    <path d="M4 4.5h8M4 11.5h8" strokeWidth="1" opacity="0.45" />
  </Icon>
);

export const CitationIcon = () => (
  <Icon>
    <path d="M5 3H3v10h2M11 3h2v10h-2" />
    <path d="M7.6 6.2 8.6 5.7v4.6" strokeWidth="1.3" />
  </Icon>
);
