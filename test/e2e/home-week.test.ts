import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LANGS } from '@shared/i18n/lang';
import { startWorkbench, type Workbench } from './harness';
import { ShellPage } from './pages/ShellPage';
import { text } from './pages/text';

/**
 * Issue 15: the account lead's Home lists this week's care dates beside this week's visits. The
 * demo always has one (a contact's birthday today); each date the core lists for the week is on
 * the panel, in both languages. The screens are saved for review (WORKBENCH_REVIEW_SHOTS=dir).
 */
/** A heading's words before its date range: "本周关怀" of "本周关怀（…）", "Care dates this week" of "… (…)". */
const headingStart = (lang: (typeof LANGS)[number], key: string) =>
  text(lang, key, { from: '', to: '' }).split(/（| \(/)[0]!;

describe('Home: this week’s care dates', () => {
  let wb: Workbench | undefined;
  afterEach(async () => {
    await wb?.close();
    wb = undefined;
  });

  it('shows every care date of the week from home.overview, today’s birthday marked today', async () => {
    wb = await startWorkbench({
      setup: { mode: 'demo', adminName: '王芳', companyName: '星河整合传播', language: 'zh-CN' },
    });
    const { page } = wb;
    const overview = await wb.call('home.overview', {});
    expect(overview.careThisWeek.length).toBeGreaterThan(0);
    const birthday = overview.careThisWeek.find((r) => r.kind === 'birthday' && r.daysAway === 0)!;
    expect(birthday).toBeDefined();
    const shots = process.env.WORKBENCH_REVIEW_SHOTS ?? join(tmpdir(), 'home-week-shots');
    mkdirSync(shots, { recursive: true });
    const shell = new ShellPage(page);
    await shell.waitForReady();
    for (const lang of LANGS) {
      await shell.switchLanguage(lang);
      const heading = page.getByRole('heading', { name: headingStart(lang, 'home.weekCare') });
      const panel = page.locator('section', { has: heading });
      await panel.getByText(birthday.label, { exact: false }).first().waitFor();
      const lines = await panel.locator('li').allTextContents();
      expect(lines).toHaveLength(overview.careThisWeek.length);
      for (const [i, r] of overview.careThisWeek.entries()) {
        expect(lines[i]).toContain(r.label);
        expect(lines[i]).toContain(text(lang, `accounts.care.kinds.${r.kind}`));
      }
      expect(lines.find((l) => l.includes(birthday.label))).toContain(text(lang, 'accounts.care.today'));
      // Beside the week's visits: both panels in the same row grid.
      const grid = page.locator('.record-grid', { has: heading });
      await expect(grid.getByRole('heading', { name: headingStart(lang, 'home.weekVisits') }).count()).resolves.toBe(1);
      for (const width of [1366, 1920]) {
        await page.setViewportSize({ width, height: 768 });
        await page.evaluate('document.fonts.ready');
        await page.screenshot({ path: join(shots, `${lang}-home-${width}.png`), fullPage: true });
      }
    }
    expect(wb.pageErrors).toEqual([]);
  });
});
