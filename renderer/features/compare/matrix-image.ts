import type { ComparedCase } from '../../../shared/contract/compare.ts';
import { compareMatrixRows } from '../../../shared/domain/compare-matrix.ts';

/**
 * The comparison matrix as a stand-alone SVG (so it renders without the page's CSS), and that SVG drawn
 * onto a canvas as PNG bytes. Text is wrapped by an estimate of its width: the SVG is never shown as
 * HTML, only rasterized, so a rough wrap is enough.
 */
const LABEL_WIDTH = 190;
const COLUMN_WIDTH = 240;
const LINE_HEIGHT = 18;
const PAD = 10;
const CHARS_PER_LINE = 33;
const FONT = `-apple-system, 'Segoe UI', 'Noto Sans', Arial, 'Liberation Sans', 'Noto Sans CJK SC', sans-serif`;

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Wraps at spaces (or anywhere, for text without spaces like CJK) to about `width` characters. */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/(\s+)/)) {
    if (/^\s+$/.test(word)) {
      if (line !== '') line += ' ';
      continue;
    }
    let rest = word;
    while (line.length + rest.length > width) {
      if (line.trim() !== '') {
        lines.push(line.trimEnd());
        line = '';
        continue;
      }
      lines.push(rest.slice(0, width));
      rest = rest.slice(width);
    }
    line += rest;
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines.length === 0 ? [''] : lines;
}

export interface MatrixSvg {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
}

export function matrixSvg(cases: readonly ComparedCase[], dark: boolean): MatrixSvg {
  const colors = dark
    ? { bg: '#1b1c1f', text: '#e6e6e8', muted: '#a2a5ab', rule: '#3d3f44', head: '#232428' }
    : { bg: '#ffffff', text: '#1f2328', muted: '#5f6670', rule: '#cfcfca', head: '#f4f4f2' };
  const width = LABEL_WIDTH + COLUMN_WIDTH * cases.length;
  const header = cases.map((compared) => wrapText(compared.title, CHARS_PER_LINE - 4));
  const rows = compareMatrixRows(cases).map((row) => ({
    label: wrapText(row.label, 24),
    cells: row.cells.map((cell) => cell.flatMap((value) => wrapText(value, CHARS_PER_LINE))),
  }));
  const parts: string[] = [];
  const textLines = (lines: readonly string[], x: number, y: number, weight: number, fill: string) =>
    lines
      .map(
        (line, index) =>
          `<text x="${x}" y="${y + PAD + 13 + index * LINE_HEIGHT}" font-weight="${weight}" fill="${fill}">${escapeXml(line)}</text>`,
      )
      .join('');
  let y = 0;
  const headerHeight = Math.max(...header.map((lines) => lines.length)) * LINE_HEIGHT + PAD * 2;
  parts.push(`<rect x="0" y="0" width="${width}" height="${headerHeight}" fill="${colors.head}"/>`);
  header.forEach((lines, index) =>
    parts.push(textLines(lines, LABEL_WIDTH + index * COLUMN_WIDTH + PAD, y, 650, colors.text)),
  );
  y += headerHeight;
  for (const row of rows) {
    const height = Math.max(row.label.length, ...row.cells.map((cell) => cell.length)) * LINE_HEIGHT + PAD * 2;
    parts.push(`<line x1="0" x2="${width}" y1="${y}" y2="${y}" stroke="${colors.rule}"/>`);
    parts.push(textLines(row.label, PAD, y, 600, colors.muted));
    row.cells.forEach((cell, index) =>
      parts.push(textLines(cell, LABEL_WIDTH + index * COLUMN_WIDTH + PAD, y, 400, colors.text)),
    );
    y += height;
  }
  const height = y + 1;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
    `font-family="${escapeXml(FONT)}" font-size="13"><rect width="100%" height="100%" fill="${colors.bg}"/>${parts.join('')}</svg>`;
  return { svg, width, height };
}

/** Rasterizes the SVG at twice its size (sharp on high-density screens) and gives the PNG in base64. */
export async function svgToPngBase64({ svg, width, height }: MatrixSvg): Promise<string> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width * 2;
    canvas.height = height * 2;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('the window cannot draw images');
    context.scale(2, 2);
    context.drawImage(image, 0, 0, width, height);
    return canvas.toDataURL('image/png').replace(/^data:image\/png;base64,/, '');
  } finally {
    URL.revokeObjectURL(url);
  }
}
