import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { eventually, startWorkbench, type Workbench } from './harness';
import { QuoteEditorPage } from './pages/QuoteEditorPage';
import { text } from './pages/text';

const t = (key: string, vars?: Record<string, string | number>) => text('zh-CN', key, vars);

/** Issue 15: every line gets a 说明 / deliverable, typed in the grid under the name. */
describe('a line’s 说明 in the quote grid', () => {
  let wb: Workbench | undefined;
  afterEach(async () => {
    await wb?.close();
    wb = undefined;
  });

  it('Alt+Enter opens it under the name; it is saved with the line, kept on reopen and written to the CSV', async () => {
    wb = await startWorkbench({
      setup: { mode: 'demo', adminName: '王芳', companyName: '星河整合传播', language: 'zh-CN' },
      lang: 'zh-CN',
    });
    const { page } = wb;
    await page.setViewportSize({ width: 1366, height: 768 });
    const quote = (await wb.call('quotes.list', {})).items[0]!;
    const editor = new QuoteEditorPage(page);
    await editor.open(wb.server.url, quote.id);

    const deliverable = (n: number) =>
      page.getByLabel(t('quoteEditor.cellLabel', { column: t('quoteEditor.col.deliverable'), n }), { exact: true });
    // Not shown until asked for: the grid keeps one line per row.
    expect(await deliverable(1).count()).toBe(0);
    const name = page.locator('.qe-line input[data-cell$=":name"]').first();
    const before = await name.boundingBox();
    await name.click();
    await page.keyboard.press('Alt+Enter');
    await eventually(async () =>
      expect(await page.locator(':focus').getAttribute('aria-label')).toBe(
        await deliverable(1).getAttribute('aria-label'),
      ),
    );
    await editor.type('两份策略方案，含一轮修改');
    // Under the name, in the same column, and the row grew to hold it.
    const field = (await deliverable(1).boundingBox())!;
    const nameBox = (await name.boundingBox())!;
    expect(field.y).toBeGreaterThan(nameBox.y + nameBox.height - 1);
    expect(Math.abs(field.x - nameBox.x)).toBeLessThan(2);
    expect((await page.locator('.qe-line').first().boundingBox())!.height).toBeGreaterThan(before!.height + 10);

    // The ¶ button opens it on another line, too.
    await page.getByRole('button', { name: `${t('quoteEditor.addDeliverable')} 2`, exact: true }).click();
    await eventually(async () =>
      expect(await page.locator(':focus').getAttribute('aria-label')).toBe(
        await deliverable(2).getAttribute('aria-label'),
      ),
    );
    await editor.type('=HYPERLINK("x")');

    await editor.save();
    await page.getByRole('status').getByText(t('quoteEditor.allSaved'), { exact: true }).waitFor();
    const stored = await wb.call('quotes.get', { id: quote.id });
    const lines = stored.document.sections.flatMap((s) => s.lines);
    expect(lines[0]!.deliverable).toBe('两份策略方案，含一轮修改');
    expect(lines[1]!.deliverable).toBe('=HYPERLINK("x")');

    // Reopened, a line with a 说明 shows it without asking.
    await editor.open(wb.server.url, quote.id);
    expect(await deliverable(1).inputValue()).toBe('两份策略方案，含一轮修改');

    // The CSV carries it in its own column, a formula neutralized.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: t('quoteEditor.exportCsv') }).click();
    const csv = readFileSync((await (await download).path())!, 'utf8');
    const header = csv.split(/\r?\n/)[0]!;
    expect(header).toContain(t('quoteEditor.csv.deliverable'));
    expect(csv).toContain('两份策略方案，含一轮修改');
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    // The keys hint names the shortcut.
    expect(await page.getByText(t('quoteEditor.keysHint')).count()).toBe(1);
    expect(t('quoteEditor.keysHint')).toContain('Alt+Enter');
    expect(wb.pageErrors).toEqual([]);
  });
});
