import type { ArticleBlock, InlineRun, TableBlock } from './article-model.ts';

/**
 * Article blocks → the serialized Lexical state a narrative stores (the node shapes Lexical 0.52 exports
 * for the nodes in renderer/editor/editor-nodes.ts: heading, quote, list/listitem, link, table/tablerow/
 * tablecell, horizontalrule, paragraph, text, linebreak).
 */
type Json = Record<string, unknown>;

/** Lexical's text format bits. */
const BOLD = 1;
const ITALIC = 2;
const STRIKETHROUGH = 4;
const CODE = 16;
/** TableCellHeaderStates.ROW */
const HEADER_ROW = 1;

export function toLexical(blocks: readonly ArticleBlock[]): Json {
  const children = blocks.map(blockNode);
  return { root: element('root', children.length > 0 ? children : [paragraph([])]) };
}

function element(type: string, children: Json[], extra: Json = {}): Json {
  return { children, direction: 'ltr', format: '', indent: 0, type, version: 1, ...extra };
}

/** A paragraph; like Lexical, its textFormat is that of its first text (what typing at its start continues). */
function paragraph(children: Json[]): Json {
  const first = children.find((child) => child.type === 'text') ?? firstLinkText(children);
  return element('paragraph', children, {
    textFormat: typeof first?.format === 'number' ? first.format : 0,
    textStyle: '',
  });
}

function firstLinkText(children: Json[]): Json | undefined {
  const link = children.find((child) => child.type === 'link');
  return (link?.children as Json[] | undefined)?.[0];
}

function blockNode(block: ArticleBlock): Json {
  switch (block.type) {
    case 'heading':
      return element('heading', inline(block.runs), { tag: `h${block.level}` });
    case 'paragraph':
      return paragraph(inline(block.runs));
    case 'quote':
      return element('quote', inline(block.runs));
    case 'list':
      return element(
        'list',
        block.items.map((runs, i) => element('listitem', inline(runs), { value: block.start + i })),
        { listType: block.ordered ? 'number' : 'bullet', start: block.start, tag: block.ordered ? 'ol' : 'ul' },
      );
    case 'table':
      return table(block);
    case 'rule':
      return { type: 'horizontalrule', version: 1 };
  }
}

function table(block: TableBlock): Json {
  const row = (cells: readonly string[], header: boolean): Json =>
    element(
      'tablerow',
      cells.map((cell) =>
        element('tablecell', [paragraph(cell === '' ? [] : [text({ text: cell })])], {
          backgroundColor: null,
          colSpan: 1,
          headerState: header ? HEADER_ROW : 0,
          rowSpan: 1,
        }),
      ),
    );
  // Cells beyond the header's width (GFM does not show them) become extra columns, so no text is lost.
  const extraColumns = Math.max(0, ...block.overflow.map((cells) => cells.length));
  const pad = (cells: readonly string[]): string[] =>
    [...cells, ...Array<string>(extraColumns).fill('')].slice(0, block.header.length + extraColumns);
  return element('table', [
    row(pad(block.header), true),
    ...block.rows.map((cells, i) => row(pad([...cells, ...(block.overflow[i] ?? [])]), false)),
  ]);
}

function inline(runs: readonly InlineRun[]): Json[] {
  const nodes: Json[] = [];
  for (const run of runs) {
    if (run.text === '') continue;
    if (run.text === '\n') {
      nodes.push({ type: 'linebreak', version: 1 });
      continue;
    }
    const node = text(run);
    const last = nodes.at(-1);
    if (run.link !== undefined) {
      if (last?.type === 'link' && last.url === run.link) (last.children as Json[]).push(node);
      else nodes.push(element('link', [node], { rel: null, target: null, title: null, url: run.link }));
    } else {
      nodes.push(node);
    }
  }
  return nodes;
}

function text(run: InlineRun): Json {
  const format =
    (run.bold ? BOLD : 0) | (run.italic ? ITALIC : 0) | (run.strikethrough ? STRIKETHROUGH : 0) | (run.code ? CODE : 0);
  return { detail: 0, format, mode: 'normal', style: '', text: run.text, type: 'text', version: 1 };
}
