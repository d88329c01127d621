import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { richTextBlockSchema, type RichTextBlock, type TextRun } from '@shared/export';
import { blocksFromEditor, editorFromBlocks, normalizeBlocks, type EditorDoc } from '@shared/proposal';

const run = (text: string, marks: ('bold' | 'italic')[] = []) => ({
  type: 'text',
  text,
  ...(marks.length > 0 ? { marks: marks.map((type) => ({ type })) } : {}),
});

describe('TipTap JSON ⇄ rich-text blocks', () => {
  it('maps each editor construct to its block', () => {
    const doc: EditorDoc = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [run('现状')] },
        {
          type: 'paragraph',
          content: [run('认知度处于'), run('第二梯队', ['bold']), run('，', []), run('需改善', ['italic'])],
        },
        {
          type: 'bulletList',
          content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [run('渠道分散')] }] }],
        },
        {
          type: 'orderedList',
          attrs: { start: 1 },
          content: [
            { type: 'listItem', content: [{ type: 'paragraph', content: [run('调研')] }] },
            { type: 'listItem', content: [{ type: 'paragraph', content: [run('执行', ['bold', 'italic'])] }] },
          ],
        },
        {
          type: 'table',
          content: [
            {
              type: 'tableRow',
              content: [
                { type: 'tableHeader', content: [{ type: 'paragraph', content: [run('指标')] }] },
                { type: 'tableHeader', content: [{ type: 'paragraph', content: [run('现状')] }] },
              ],
            },
            {
              type: 'tableRow',
              content: [
                { type: 'tableCell', content: [{ type: 'paragraph', content: [run('搜索指数')] }] },
                { type: 'tableCell', content: [{ type: 'paragraph' }] },
              ],
            },
          ],
        },
      ],
    };
    expect(blocksFromEditor(doc)).toEqual([
      { type: 'heading', level: 2, runs: [{ text: '现状' }] },
      {
        type: 'paragraph',
        runs: [
          { text: '认知度处于' },
          { text: '第二梯队', bold: true },
          { text: '，' },
          { text: '需改善', italic: true },
        ],
      },
      { type: 'bulletList', items: [[{ text: '渠道分散' }]] },
      { type: 'numberedList', items: [[{ text: '调研' }], [{ text: '执行', bold: true, italic: true }]] },
      {
        type: 'table',
        headerRow: true,
        rows: [
          [[{ text: '指标' }], [{ text: '现状' }]],
          [[{ text: '搜索指数' }], []],
        ],
      },
    ]);
  });

  it('merges split text with the same marks, drops marks blocks cannot hold, flattens nested lists', () => {
    const doc: EditorDoc = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [run('a', ['bold']), run('b', ['bold']), { type: 'text', text: 'c', marks: [{ type: 'strike' }] }],
        },
        {
          type: 'bulletList',
          content: [
            {
              type: 'listItem',
              content: [
                { type: 'paragraph', content: [run('一')] },
                {
                  type: 'bulletList',
                  content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [run('二')] }] }],
                },
              ],
            },
          ],
        },
        { type: 'horizontalRule' },
      ],
    };
    expect(blocksFromEditor(doc)).toEqual([
      { type: 'paragraph', runs: [{ text: 'ab', bold: true }, { text: 'c' }] },
      { type: 'bulletList', items: [[{ text: '一 二' }]] },
    ]);
  });

  it('an empty editor is no blocks, and no blocks is an empty editor', () => {
    expect(blocksFromEditor({ type: 'doc', content: [{ type: 'paragraph' }] })).toEqual([]);
    expect(editorFromBlocks([])).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
  });

  // Blocks in the normal form the converter writes: runs merged, no empty runs, tables and lists not empty.
  const text = fc.string({ minLength: 1, maxLength: 6 });
  const runArb: fc.Arbitrary<TextRun> = fc
    .record({ text, bold: fc.boolean(), italic: fc.boolean() })
    .map(({ text, bold, italic }) => ({ text, ...(bold ? { bold } : {}), ...(italic ? { italic } : {}) }));
  const runs = fc.array(runArb, { maxLength: 4 });
  const blockArb: fc.Arbitrary<RichTextBlock> = fc.oneof(
    runs.map((r) => ({ type: 'paragraph' as const, runs: r })),
    fc
      .record({ level: fc.constantFrom(1 as const, 2 as const, 3 as const), runs })
      .map((b) => ({ type: 'heading' as const, ...b })),
    fc.array(runs, { minLength: 1, maxLength: 3 }).map((items) => ({ type: 'bulletList' as const, items })),
    fc.array(runs, { minLength: 1, maxLength: 3 }).map((items) => ({ type: 'numberedList' as const, items })),
    fc
      .record({
        rows: fc.array(fc.array(runs, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }),
        headerRow: fc.boolean(),
      })
      .map(({ rows, headerRow }) => ({ type: 'table' as const, rows, ...(headerRow ? { headerRow } : {}) })),
  );

  it('round-trips: blocks → editor → blocks gives the normal form, and the normal form is a fixed point', () => {
    fc.assert(
      fc.property(fc.array(blockArb, { minLength: 1, maxLength: 6 }), (blocks) => {
        const normal = normalizeBlocks(blocks);
        expect(blocksFromEditor(editorFromBlocks(normal))).toEqual(normal);
        for (const b of normal) expect(richTextBlockSchema.safeParse(b).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every character of text through the round trip', () => {
    fc.assert(
      fc.property(fc.array(blockArb, { minLength: 1, maxLength: 6 }), (blocks) => {
        const flat = (bs: RichTextBlock[]) =>
          bs
            .flatMap((b) =>
              b.type === 'table'
                ? b.rows.flat()
                : b.type.endsWith('List')
                  ? (b as { items: TextRun[][] }).items
                  : [(b as { runs: TextRun[] }).runs],
            )
            .flat()
            .map((r) => r.text)
            .join('');
        expect(flat(normalizeBlocks(blocks))).toBe(flat(blocks));
      }),
    );
  });
});
