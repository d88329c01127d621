import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorkbench, type Workbench } from './harness';
import { ClientListPage } from './pages/ClientListPage';
import { ShellPage } from './pages/ShellPage';
import { text } from './pages/text';

/** The wording pass of issue 15 as seen in Chromium on the demo agency, in both languages. */
describe('wording in the UI', () => {
  let wb: Workbench;
  let shell: ShellPage;
  beforeAll(async () => {
    wb = await startWorkbench({
      setup: { mode: 'demo', adminName: '王芳', companyName: '星河整合传播', language: 'zh-CN' },
    });
    shell = new ShellPage(wb.page);
    await shell.waitForReady();
    await wb.page.setViewportSize({ width: 1366, height: 768 });
  });
  afterAll(async () => wb?.close());

  for (const lang of ['zh-CN', 'en'] as const) {
    const t = (key: string, vars?: Record<string, string | number>) => text(lang, key, vars);

    it(`file inputs speak ${lang}, never Chromium's own words`, async () => {
      const page = wb.page;
      await shell.switchLanguage(lang);
      await shell.open('settings');
      const branding = page.locator('section[aria-labelledby="branding-heading"]');
      const pickers = branding.locator('.file-picker');
      await pickers.first().waitFor();
      expect(await pickers.count()).toBe(2);
      for (const picker of await pickers.all()) {
        expect(await picker.locator('.file-picker-button').innerText()).toBe(t('common.chooseFile'));
        expect(await picker.locator('.file-picker-name').innerText()).toBe(t('common.noFileChosen'));
        // The native input is there (labelled, focusable) but not drawn.
        expect(
          await picker
            .locator('input[type="file"]')
            .evaluate((e) => e.ownerDocument.defaultView!.getComputedStyle(e).opacity),
        ).toBe('0');
      }
      // Still the Field's label alone names it, so a person (and a test) finds it by its label.
      const logo = branding.getByLabel(t('branding.logo'), { exact: true });
      expect(await logo.getAttribute('type')).toBe('file');
    });

    it(`the client record at 1366 px keeps its header lines apart and names the last contact (${lang})`, async () => {
      const page = wb.page;
      await shell.switchLanguage(lang);
      const list = new ClientListPage(page, lang);
      await shell.open('clients');
      await list.rows.first().click();
      const figures = page.getByTestId('hub-figures');
      await figures.getByText(t('accounts.hub.lastContact'), { exact: true }).waitFor();
      const subtitle = await page.locator('.page-subtitle').boundingBox();
      const badges = await page.locator('.record-badges').boundingBox();
      expect(subtitle && badges && badges.y >= subtitle.y + subtitle.height).toBe(true);
      const kinds = ['visit', 'complaint', 'survey', 'won', 'sent'].map((k) => t(`accounts.contactKinds.${k}`));
      const last = await figures.locator('dd').nth(4).innerText();
      expect(
        kinds.some((k) => last.startsWith(k)),
        last,
      ).toBe(true);
      // Each word starts as a sentence does (no lower-case code such as "survey").
      expect(last).not.toMatch(/^[a-z]/);
      const figuresBox = await figures.boundingBox();
      const listTitle = await page.locator('.hub-list-title').first().boundingBox();
      expect(listTitle!.y - (figuresBox!.y + figuresBox!.height)).toBeGreaterThanOrEqual(16);
    });

    it(`send-check items name their section (${lang})`, async () => {
      const page = wb.page;
      await shell.switchLanguage(lang);
      const { items } = await wb.call('proposals.list', {});
      const draft = items.find((p) => p.status === 'draft')!;
      await page.evaluate(
        `history.pushState({}, '', '/proposals/${draft.id}'); dispatchEvent(new PopStateEvent('popstate'))`,
      );
      const checks = page.getByTestId('proposal-checks');
      const first = checks.locator('li[data-code]').first();
      await first.waitFor();
      const areas = ['quote', 'approval', 'preCommunication', 'selfCheck'].map((a) =>
        t(`proposalEditor.findingAreas.${a}`),
      );
      for (const item of await checks.locator('li[data-code]').all()) {
        const words = (await item.innerText()).replace(/^[×⚠]\s*/, '');
        const lead = lang === 'zh-CN' ? words.slice(1) : words;
        expect(
          areas.some((a) => lead.startsWith(a)),
          words,
        ).toBe(true);
      }
    });
  }
});
