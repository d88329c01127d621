import { describe, expect, it } from 'vitest';
import {
  clampWidth,
  DEFAULT_GRID_LAYOUT,
  gridLayoutKey,
  gridLayoutSchema,
  readGridLayout,
  type GridLayout,
} from '../../../shared/quote/grid-layout';

/*
 * gridColumns.ts is renderer code (the web TypeScript project): loaded at run time, as the editor
 * model's tests do, and typed here by what the test uses of it.
 */
const { gridTemplate, visibleColumns } = (await import(
  new URL('../../../renderer/src/features/quotes/editor/gridColumns.ts', import.meta.url).href
)) as {
  gridTemplate(layout: GridLayout): { columns: string; width: number };
  visibleColumns(layout: GridLayout): string[];
};

describe('the quote grid layout a user stores (issue 15)', () => {
  it('reads back a valid layout whole', () => {
    const stored = { hidden: ['cost', 'marketDate'], widths: { name: 248, price: 96 } };
    expect(readGridLayout(JSON.parse(JSON.stringify(stored)))).toEqual(stored);
    expect(gridLayoutSchema.safeParse(stored).success).toBe(true);
  });

  it('ignores each bad part on its own and keeps the rest', () => {
    const layout = readGridLayout({
      hidden: ['cost', 'name', 'amount', 'nonsense', 7, 'cost', 'optional'],
      widths: { name: 9999, price: 96, amount: '120', marketSource: 10.5, kind: 300, cost: 70 },
    });
    // The quote's own columns can never be hidden; a duplicate counts once.
    expect(layout.hidden).toEqual(['cost', 'optional']);
    // Out of range, not a number, not an integer, not resizable: dropped.
    expect(layout.widths).toEqual({ price: 96, cost: 70 });
  });

  it('anything that is not a layout gives the default', () => {
    for (const raw of [null, 42, 'x', [], {}, { hidden: 'cost', widths: 3 }])
      expect(readGridLayout(raw)).toEqual(DEFAULT_GRID_LAYOUT);
  });

  it('clamps a width to its column range and keys the layout by user', () => {
    expect(clampWidth('name', 40)).toBe(120);
    expect(clampWidth('name', 1000)).toBe(480);
    expect(clampWidth('name', 200.4)).toBe(200);
    expect(gridLayoutKey(3)).not.toBe(gridLayoutKey(4));
  });

  it('the template leaves hidden columns out and sums the row width', () => {
    const shipped = gridTemplate(DEFAULT_GRID_LAYOUT);
    expect(shipped.columns).toBe('24px 64px 184px 48px 48px 56px 80px 76px 96px 56px 120px 90px 130px 96px 28px 56px');
    // 16 widths (1252) + 15 gaps of 4 + 12 of padding.
    expect(shipped.width).toBe(1252 + 60 + 12);
    const narrow = gridTemplate({ hidden: ['marketSource', 'cost'], widths: { name: 232 } });
    expect(visibleColumns({ hidden: ['marketSource', 'cost'], widths: {} })).not.toContain('cost');
    expect(narrow.columns).toBe('24px 64px 232px 48px 48px 56px 80px 96px 56px 120px 90px 96px 28px 56px');
    expect(narrow.width).toBe(1252 - 130 - 76 + 48 + 13 * 4 + 12);
  });
});
