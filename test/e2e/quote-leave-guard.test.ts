import { afterEach, describe, expect, it } from 'vitest';
import { eventually, startWorkbench, type Workbench } from './harness';
import { QuoteEditorPage } from './pages/QuoteEditorPage';
import { text } from './pages/text';

const t = (key: string, vars?: Record<string, string | number>) => text('zh-CN', key, vars);

/** Issue 15: the quote editor asks before unsaved changes are left, as the proposal editor does. */
describe('the quote editor guards unsaved changes', () => {
  let wb: Workbench | undefined;
  afterEach(async () => {
    await wb?.close();
    wb = undefined;
  });

  it('asks on the back link (stay, leave, save and leave) and on closing the window; says 修订, never 第 N 版', async () => {
    wb = await startWorkbench({
      setup: { mode: 'demo', adminName: '王芳', companyName: '星河整合传播', language: 'zh-CN' },
      lang: 'zh-CN',
    });
    const { page } = wb;
    const quote = (await wb.call('quotes.list', {})).items[0]!;
    const stored = await wb.call('quotes.get', { id: quote.id });
    const editor = new QuoteEditorPage(page);
    await editor.open(wb.server.url, quote.id);

    // The header names the save counter as a revision.
    const revisionLine = page.getByTestId('revision-line');
    expect(await revisionLine.textContent()).toContain(`已保存 · 修订 ${stored.revision}`);
    expect(await revisionLine.textContent()).not.toMatch(/第 \d+ 版|V\d/);

    const back = page.getByRole('link', { name: `← ${t('quotes.title')}` });
    const guard = page.getByRole('dialog', { name: t('leaveGuard.title') });
    const listHeading = page.getByRole('heading', { level: 1, name: t('quotes.title'), exact: true });

    // Nothing changed: leaving is not held.
    await back.click();
    await listHeading.waitFor();
    await editor.open(wb.server.url, quote.id);

    await editor.header('title').click();
    await editor.replace('守护未保存的标题');
    await back.click();
    await guard.waitFor();
    // Stay: still in the editor, the edit still there.
    await guard.getByRole('button', { name: t('leaveGuard.stay') }).click();
    await guard.waitFor({ state: 'hidden' });
    expect(await editor.header('title').inputValue()).toBe('守护未保存的标题');

    // Closing the window with unsaved changes is held by the page (Electron shows its dialog).
    let unloadAsked = false;
    page.once('dialog', (d) => {
      unloadAsked = d.type() === 'beforeunload';
      void d.dismiss();
    });
    await page.reload().catch(() => undefined);
    await eventually(async () => expect(unloadAsked).toBe(true));
    expect(await editor.header('title').inputValue()).toBe('守护未保存的标题');

    // Leave without saving: nothing stored.
    await back.click();
    await guard.getByRole('button', { name: t('leaveGuard.leave') }).click();
    await listHeading.waitFor();
    expect((await wb.call('quotes.get', { id: quote.id })).document.title).toBe(stored.document.title);

    // Save and leave: stored, and the status said which revision.
    await editor.open(wb.server.url, quote.id);
    const offer = editor.draftOffer();
    if (await offer.isVisible()) await editor.restoreDraft();
    await editor.header('title').click();
    await editor.replace('保存后离开的标题');
    await back.click();
    await guard.getByRole('button', { name: t('leaveGuard.save') }).click();
    await listHeading.waitFor();
    const after = await wb.call('quotes.get', { id: quote.id });
    expect(after.document.title).toBe('保存后离开的标题');
    expect(after.revision).toBe(stored.revision + 1);
    expect(wb.pageErrors).toEqual([]);
  });
});
