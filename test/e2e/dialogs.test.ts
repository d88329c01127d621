import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { startWorkbench, type Workbench } from './harness';
import { seedArchiveWorld } from './pages/ArchiveWorld';
import { textIn } from './pages/text';

const inDialog = (page: Page) => page.evaluate('!!document.activeElement?.closest("dialog[open]")') as Promise<boolean>;

/** The opener's identity as a string, to compare where focus is before and after. */
const focusedOuterHtml = (page: Page) => page.evaluate('document.activeElement?.outerHTML') as Promise<string>;

/**
 * Issue 15's dialog rules, on every kind of opener: modal (the page behind inert), Tab and
 * Shift+Tab stay inside, Escape closes, the backdrop covers the whole window (the old 20 px strip
 * at the top is gone) and a click on it closes, and focus goes back to the control that opened it.
 */
async function checkDialog(page: Page, opener: Locator, name: string, controls = 2): Promise<void> {
  await opener.focus();
  const before = await focusedOuterHtml(page);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name });
  await dialog.waitFor();
  expect(await page.evaluate('document.querySelector("dialog[open]")?.matches(":modal")')).toBe(true);
  expect(await inDialog(page)).toBe(true);
  // Tab round the dialog twice over, then back: focus never leaves it.
  const stops = new Set<string>();
  for (let i = 0; i < 14; i++) {
    await page.keyboard.press('Tab');
    expect(await inDialog(page)).toBe(true);
    stops.add(await focusedOuterHtml(page));
  }
  expect(stops.size).toBeGreaterThanOrEqual(controls);
  for (let i = 0; i < 14; i++) {
    await page.keyboard.press('Shift+Tab');
    expect(await inDialog(page)).toBe(true);
  }
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  expect(await focusedOuterHtml(page)).toBe(before);

  // Again, closed by a click on the backdrop at the window's very top-left corner.
  await page.keyboard.press('Enter');
  await dialog.waitFor();
  const { width, height } = page.viewportSize()!;
  for (const [x, y] of [
    [2, 2],
    [width - 2, 2],
    [2, height - 2],
    [width / 2, 4],
  ] as const)
    // What is there is the dialog element itself, i.e. its ::backdrop: nothing of the page behind.
    expect(await page.evaluate(`document.elementFromPoint(${x}, ${y})?.tagName`)).toBe('DIALOG');
  await page.mouse.click(2, 2);
  await dialog.waitFor({ state: 'detached' });
  expect(await focusedOuterHtml(page)).toBe(before);
}

describe('dialogs', () => {
  let wb: Workbench | undefined;
  afterEach(async () => {
    await wb?.close();
    wb = undefined;
  });

  it('trap focus, close on Escape and on the backdrop, and give focus back to their opener', async () => {
    const lang = 'en';
    wb = await startWorkbench({
      setup: { mode: 'demo', adminName: 'Alex', companyName: 'Demo Agency', language: lang },
      lang,
    });
    const t = textIn(lang);
    const { page } = wb;
    await page.setViewportSize({ width: 1366, height: 768 });
    const world = await seedArchiveWorld(wb);
    const quote = (await wb.call('quotes.list', {})).items.find((q) => q.title === '品牌焕新发布会报价')!;
    const go = async (path: string) => {
      await page.goto(new URL(path, wb!.server.url).href);
      await page.locator('.loading-state').first().waitFor({ state: 'detached' });
      await page.getByRole('heading', { level: 1 }).first().waitFor();
    };

    await go('/quotes');
    await checkDialog(page, page.getByRole('button', { name: t('quoteEditor.newQuote') }), t('quoteEditor.newQuote'));

    await go(`/quotes/${quote.id}`);
    await checkDialog(
      page,
      page.getByRole('button', { name: `${t('quoteEditor.pickMarket')} 1`, exact: true }),
      t('quoteEditor.pickMarket'),
      1, // the search box; the options are chosen with ↑/↓ from it
    );
    await checkDialog(
      page,
      page.getByRole('button', { name: t('quoteEditor.delete'), exact: true }),
      t('quoteEditor.deleteTitle'),
    );

    await go(`/proposals/${world.proposalId}`);
    await checkDialog(
      page,
      page.getByRole('button', { name: t('proposalEditor.actions.lost'), exact: true }),
      t('proposalEditor.lostTitle'),
    );

    await go(`/archive/proposals/${world.proposalId}`);
    await checkDialog(
      page,
      page.getByRole('button', { name: t('archiveWork.timeline.clone') }).first(),
      t('archiveWork.clone.title', { n: 2 }),
    );
    expect(wb.pageErrors).toEqual([]);
  });
});
