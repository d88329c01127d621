import type { RichTextBlock, TextRun } from '../export/rich-text';

/**
 * The proposal editor (TipTap) writes ProseMirror JSON; the store and the Word export read
 * rich-text blocks. These two pure functions convert between them. The editor is configured with
 * exactly what blocks can hold (headings 1–3, paragraphs, bold and italic, bullet and numbered
 * lists, tables), so a round trip blocks → editor → blocks gives the same blocks back.
 */
export interface EditorNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: EditorNode[];
  text?: string;
  marks?: { type: string; attrs?: Record<string, unknown> }[];
}

export interface EditorDoc extends EditorNode {
  type: 'doc';
  content: EditorNode[];
}

// ---- editor → blocks

function runsOfInline(nodes: EditorNode[] | undefined): TextRun[] {
  const runs: TextRun[] = [];
  for (const node of nodes ?? []) {
    if (node.type !== 'text' || !node.text) continue;
    const marks = new Set((node.marks ?? []).map((m) => m.type));
    const run: TextRun = { text: node.text };
    if (marks.has('bold')) run.bold = true;
    if (marks.has('italic')) run.italic = true;
    const last = runs.at(-1);
    // Adjacent text with the same marks is one run: ProseMirror may split it, blocks never do.
    if (last && Boolean(last.bold) === Boolean(run.bold) && Boolean(last.italic) === Boolean(run.italic))
      last.text += run.text;
    else runs.push(run);
  }
  return runs;
}

/** A container's text blocks as one run list (a list item or a cell holds paragraphs). */
function runsOfContainer(node: EditorNode): TextRun[] {
  const runs: TextRun[] = [];
  for (const child of node.content ?? []) {
    if (child.type === 'paragraph' || child.type === 'heading') {
      const next = runsOfInline(child.content);
      // Two paragraphs in one cell read as one line with a space between.
      if (runs.length > 0 && next.length > 0) runs.push({ text: ' ' });
      runs.push(...next);
    } else if (child.type === 'bulletList' || child.type === 'orderedList') {
      // Nested lists are flattened into their parent item: blocks have one list level.
      for (const item of child.content ?? []) {
        const nested = runsOfContainer(item);
        if (runs.length > 0 && nested.length > 0) runs.push({ text: ' ' });
        runs.push(...nested);
      }
    }
  }
  return mergeRuns(runs);
}

function mergeRuns(runs: TextRun[]): TextRun[] {
  const out: TextRun[] = [];
  for (const run of runs) {
    if (run.text === '') continue;
    const last = out.at(-1);
    if (last && Boolean(last.bold) === Boolean(run.bold) && Boolean(last.italic) === Boolean(run.italic))
      last.text += run.text;
    else out.push({ ...run });
  }
  return out;
}

function headingLevel(node: EditorNode): 1 | 2 | 3 {
  const level = Number(node.attrs?.level ?? 1);
  return level <= 1 ? 1 : level === 2 ? 2 : 3;
}

function blockOf(node: EditorNode): RichTextBlock | null {
  switch (node.type) {
    case 'paragraph':
      return { type: 'paragraph', runs: runsOfInline(node.content) };
    case 'heading':
      return { type: 'heading', level: headingLevel(node), runs: runsOfInline(node.content) };
    case 'bulletList':
      return { type: 'bulletList', items: (node.content ?? []).map(runsOfContainer) };
    case 'orderedList':
      return { type: 'numberedList', items: (node.content ?? []).map(runsOfContainer) };
    case 'table': {
      const rows = node.content ?? [];
      const headerRow =
        rows.length > 0 &&
        (rows[0]!.content ?? []).length > 0 &&
        rows[0]!.content!.every((c) => c.type === 'tableHeader');
      const block: RichTextBlock = { type: 'table', rows: rows.map((r) => (r.content ?? []).map(runsOfContainer)) };
      if (headerRow) block.headerRow = true;
      return block;
    }
    default:
      return null;
  }
}

/** The editor's document as blocks. A document that is one empty paragraph (a blank editor) is no blocks. */
export function blocksFromEditor(doc: EditorDoc): RichTextBlock[] {
  const blocks = (doc.content ?? []).map(blockOf).filter((b): b is RichTextBlock => b !== null);
  if (blocks.length === 1 && blocks[0]!.type === 'paragraph' && blocks[0]!.runs.length === 0) return [];
  return blocks;
}

// ---- blocks → editor

function inlineOf(runs: TextRun[]): EditorNode[] {
  return runs
    .filter((r) => r.text !== '')
    .map((r) => {
      const node: EditorNode = { type: 'text', text: r.text };
      const marks = [...(r.bold ? [{ type: 'bold' }] : []), ...(r.italic ? [{ type: 'italic' }] : [])];
      if (marks.length > 0) node.marks = marks;
      return node;
    });
}

function paragraph(runs: TextRun[]): EditorNode {
  const content = inlineOf(runs);
  return content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' };
}

function listItems(items: TextRun[][]): EditorNode[] {
  return items.map((runs) => ({ type: 'listItem', content: [paragraph(runs)] }));
}

function nodeOf(block: RichTextBlock): EditorNode {
  switch (block.type) {
    case 'paragraph':
      return paragraph(block.runs);
    case 'heading': {
      const content = inlineOf(block.runs);
      return { type: 'heading', attrs: { level: block.level }, ...(content.length > 0 ? { content } : {}) };
    }
    case 'bulletList':
      return { type: 'bulletList', content: listItems(block.items) };
    case 'numberedList':
      return { type: 'orderedList', attrs: { start: 1 }, content: listItems(block.items) };
    case 'table':
      return {
        type: 'table',
        content: block.rows
          .filter((row) => row.length > 0)
          .map((row, r) => ({
            type: 'tableRow',
            content: row.map((cell) => ({
              type: block.headerRow && r === 0 ? 'tableHeader' : 'tableCell',
              content: [paragraph(cell)],
            })),
          })),
      };
  }
}

/** Blocks as the editor's document; no blocks is one empty paragraph (what an empty editor holds). */
export function editorFromBlocks(blocks: readonly RichTextBlock[]): EditorDoc {
  // An empty list or table has no valid editor form (ProseMirror needs an item, a row, a cell).
  const content = blocks
    .filter((b) =>
      b.type === 'table'
        ? b.rows.some((r) => r.length > 0)
        : b.type.endsWith('List')
          ? 'items' in b && b.items.length > 0
          : true,
    )
    .map(nodeOf);
  return { type: 'doc', content: content.length > 0 ? content : [{ type: 'paragraph' }] };
}

/** Blocks with runs merged and empty runs dropped: the form blocksFromEditor always gives. */
export function normalizeBlocks(blocks: readonly RichTextBlock[]): RichTextBlock[] {
  return blocksFromEditor(editorFromBlocks(blocks));
}

/** The plain text of blocks, for search and for a short preview. */
export function plainTextOf(blocks: readonly RichTextBlock[]): string {
  const text = (runs: TextRun[]) => runs.map((r) => r.text).join('');
  return blocks
    .map((b) => {
      if (b.type === 'paragraph' || b.type === 'heading') return text(b.runs);
      if (b.type === 'table') return b.rows.map((row) => row.map(text).join('\t')).join('\n');
      return b.items.map(text).join('\n');
    })
    .join('\n');
}
