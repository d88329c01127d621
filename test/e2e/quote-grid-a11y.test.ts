import type { CDPSession, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { QuoteInterchange } from '@shared/quote';
import { startWorkbench, type Workbench } from './harness';
import { text } from './pages/text';

/** Two sections of 40 lines: far more rows than the grid draws at once. */
function bigQuote(): QuoteInterchange {
  const lines = (prefix: string) =>
    Array.from({ length: 40 }, (_, i) => ({
      kind: 'labor' as const,
      id: `${prefix}${i + 1}`,
      role: `${prefix === 'a' ? '策划' : '设计'} ${i + 1}`,
      headcount: '1',
      days: String(i + 1),
      rate: 100000,
      costRate: 60000,
    }));
  return {
    format: 'workbench.quote/1',
    title: '无障碍测试报价',
    currency: 'CNY',
    difficulty: { level: 2, rationale: '' },
    sections: [
      { title: '策划', lines: lines('a') },
      { title: '设计', lines: lines('b') },
    ],
  };
}

interface AXNode {
  nodeId: string;
  parentId?: string;
  ignored: boolean;
  role?: { value: string };
  name?: { value: string };
  value?: { value: string };
  properties?: { name: string; value: { value: unknown } }[];
}

/** What Chromium's accessibility tree says about the focused control and the cell, row and grid around it. */
interface Announcement {
  role: string;
  name: string;
  value: string;
  cell: string;
  row: string;
  grid: string;
  rowIndex: number;
  colIndex: number;
}

async function focusedAnnouncement(page: Page, cdp: CDPSession): Promise<Announcement> {
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as unknown as { nodes: AXNode[] };
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  // The document reports focus too; the control is the focused node that is not the root.
  const focused = nodes.find(
    (n) => n.role?.value !== 'RootWebArea' && n.properties?.some((p) => p.name === 'focused' && p.value.value === true),
  );
  if (!focused) throw new Error('Nothing focused in the accessibility tree');
  const up = (role: string): AXNode | undefined => {
    for (let n = byId.get(focused.parentId ?? ''); n; n = byId.get(n.parentId ?? ''))
      if (!n.ignored && n.role?.value === role) return n;
    return undefined;
  };
  const cell = up('gridcell');
  const row = up('row');
  const grid = up('grid');
  // Chromium does not put aria-rowindex/colindex among the CDP properties; read them off the DOM
  // node the focused accessibility node stands for.
  const indices = (await page.evaluate(`(() => {
    const el = document.activeElement;
    return {
      row: Number(el.closest('[role=row]')?.getAttribute('aria-rowindex')),
      col: Number(el.closest('[role=gridcell]')?.getAttribute('aria-colindex')),
    };
  })()`)) as { row: number; col: number };
  return {
    role: focused.role?.value ?? '',
    name: focused.name?.value ?? '',
    value: String(focused.value?.value ?? ''),
    cell: cell?.role?.value ?? '',
    row: row?.name?.value ?? '',
    grid: grid?.name?.value ?? '',
    rowIndex: indices.row,
    colIndex: indices.col,
  };
}

describe('the quote grid for a screen reader', () => {
  let wb: Workbench | undefined;
  afterEach(async () => {
    await wb?.close();
    wb = undefined;
  });

  it('is an ARIA grid whose indices survive virtualization and whose active cell is announced', async () => {
    const lang = 'zh-CN';
    wb = await startWorkbench({
      setup: { mode: 'demo', adminName: '王芳', companyName: '星河整合传播', language: lang },
      lang,
    });
    const { page } = wb;
    await page.setViewportSize({ width: 1366, height: 768 });
    const clientId = (await wb.call('clients.list', {})).items[0]!.id;
    const quote = await wb.call('quotes.create', { clientId, title: '无障碍测试报价', document: bigQuote() as never });
    await page.goto(new URL(`/quotes/${quote.id}`, wb.server.url).href);
    const grid = page.getByRole('grid', { name: text(lang, 'quoteEditor.gridLabel') });
    await grid.waitFor();

    // 2 section rows + 80 lines + the header; only a window of them is in the page.
    expect(await grid.getAttribute('aria-rowcount')).toBe('83');
    expect(await grid.getAttribute('aria-colcount')).toBe('16');
    const drawn = await grid.locator('[role=row]').count();
    expect(drawn).toBeLessThan(83);
    expect(await grid.locator('[role=columnheader]').count()).toBe(16);

    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Accessibility.enable');
    const said: Announcement[] = [];
    const hear = async () => {
      const a = await focusedAnnouncement(page, cdp);
      said.push(a);
      return a;
    };

    // Start on line 1's role; → to the headcount, → to the days, ↓ to line 2's days, ← back.
    await page.locator('[data-cell="a1:name"]').click();
    let a = await hear();
    expect(a).toMatchObject({ role: 'combobox', value: '策划 1', cell: 'gridcell', rowIndex: 3, colIndex: 3 });
    expect(a.name).toBe(text(lang, 'quoteEditor.cellLabel', { column: text(lang, 'quoteEditor.col.role'), n: 1 }));
    expect(a.grid).toBe(text(lang, 'quoteEditor.gridLabel'));

    await page.keyboard.press('End'); // the caret at the end: → now leaves the cell
    await page.keyboard.press('ArrowRight');
    a = await hear();
    expect(a).toMatchObject({ role: 'textbox', value: '1', rowIndex: 3, colIndex: 4 });
    expect(a.name).toBe(text(lang, 'quoteEditor.cellLabel', { column: text(lang, 'quoteEditor.col.headcount'), n: 1 }));

    await page.keyboard.press('ArrowRight'); // the text is selected on arrival, so → goes on
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowRight');
    a = await hear();
    expect(a).toMatchObject({ role: 'textbox', value: '1', rowIndex: 3, colIndex: 5 });
    expect(a.name).toBe(text(lang, 'quoteEditor.cellLabel', { column: text(lang, 'quoteEditor.col.duration'), n: 1 }));

    await page.keyboard.press('ArrowDown');
    a = await hear();
    expect(a).toMatchObject({ role: 'textbox', value: '2', rowIndex: 4, colIndex: 5 });
    expect(a.name).toBe(text(lang, 'quoteEditor.cellLabel', { column: text(lang, 'quoteEditor.col.duration'), n: 2 }));
    // The row is named by its cells, the line number (its row header) first.
    expect(a.row.startsWith('2')).toBe(true);

    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowLeft');
    a = await hear();
    expect(a).toMatchObject({ role: 'textbox', rowIndex: 4, colIndex: 4 });

    // Down past the first section's last line, over the second section's header row, into line 41:
    // rows far below the first window, drawn as focus arrives, with their place in the whole grid.
    for (let i = 0; i < 38; i++) await page.keyboard.press('ArrowDown');
    a = await hear();
    expect(a).toMatchObject({ value: '1', rowIndex: 42, colIndex: 4 });
    expect(a.name).toBe(
      text(lang, 'quoteEditor.cellLabel', { column: text(lang, 'quoteEditor.col.headcount'), n: 40 }),
    );
    await page.keyboard.press('ArrowDown'); // the section row: its cell over this column, the level
    a = await hear();
    expect(a).toMatchObject({ role: 'combobox', rowIndex: 43, cell: 'gridcell' });
    expect(a.name).toBe(text(lang, 'quoteEditor.sectionDifficulty', { n: 2 }));
    // A select keeps ↑/↓ for its options; ← leaves it for the title, whose ↓ goes on to line 41.
    await page.keyboard.press('ArrowLeft');
    a = await hear();
    expect(a.name).toBe(text(lang, 'quoteEditor.sectionTitle', { n: 2 }));
    await page.keyboard.press('ArrowDown');
    a = await hear();
    expect(a).toMatchObject({ rowIndex: 44, colIndex: 2 });
    expect(a.name).toBe(text(lang, 'quoteEditor.cellLabel', { column: text(lang, 'quoteEditor.col.kind'), n: 41 }));
    const first = await grid.locator('[role=rowgroup] [role=row]').first().getAttribute('aria-rowindex');
    expect(Number(first)).toBeGreaterThan(2); // the top rows left the page: the window moved
    console.log(
      'Announced while moving between cells:\n' +
        said
          .map((s) => `  ${s.grid} › ${s.cell} r${s.rowIndex} c${s.colIndex} › ${s.role} “${s.name}” = “${s.value}”`)
          .join('\n'),
    );
    expect(wb.pageErrors).toEqual([]);
  });
});
