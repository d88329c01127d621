import { afterEach, describe, expect, it } from 'vitest';
import type { Lang } from '@shared/i18n/lang';
import { startWorkbench, type Workbench } from './harness';
import { text } from './pages/text';

/** The reads public/boot.js asks for before the modules load (issue 18). */
const FIRST_READS = ['workspace.status', 'auth.session', 'settings.get', 'home.overview'];
/** An admin's panels on Home, asked by app/firstData.ts once the session names the role (features/home/panels.ts). */
const ROLE_READS = ['approvals.queue', 'receivables.overview', 'forecast.pipeline', 'audit.list'];

describe('the first screen’s data, asked for before the modules load', () => {
  let wb: Workbench | undefined;
  afterEach(async () => {
    await wb?.close();
    wb = undefined;
  });

  // Each read once: the app takes boot.js's replies instead of asking again (a second call of any
  // of them means the early replies were ignored), and in the language the page shows; the admin's
  // panels' reads, asked early once the role is known, are the ones the panels use (same cache key).
  for (const lang of ['zh-CN', 'en'] as Lang[]) {
    it(`Home asks each of its first reads once (${lang})`, async () => {
      wb = await startWorkbench({
        setup: { mode: 'empty', adminName: '王经理', companyName: '星火传播', language: 'zh-CN' },
        lang,
        open: false,
      });
      const asked: { name: string; lang: string | undefined }[] = [];
      wb.page.on('request', (r) => {
        const m = /\/api\/([^/?#]+)$/.exec(new URL(r.url()).pathname);
        if (m) asked.push({ name: decodeURIComponent(m[1]!), lang: r.headers()['x-workbench-lang'] });
      });
      await wb.page.goto(wb.server.url);
      await wb.page.locator('.company-name').waitFor();
      await wb.page.getByRole('heading', { name: text(lang, 'home.company') }).waitFor();
      // The panels' own reads have landed: their headings are followed by content, not a loading state.
      await wb.page.getByText(text(lang, 'home.approvalQueueEmpty')).waitFor();
      await wb.page.getByTestId('forecast').getByText(text(lang, 'collection.forecast.empty')).waitFor();
      for (const name of [...FIRST_READS, ...ROLE_READS]) {
        expect(
          asked.filter((a) => a.name === name),
          name,
        ).toEqual([{ name, lang }]);
      }
      // boot.js asked, in this language, and the app took every reply it left.
      expect(await wb.page.evaluate('window.__workbenchFirstReplies?.lang')).toBe(lang);
      expect(await wb.page.evaluate('Object.keys(window.__workbenchFirstReplies?.replies ?? { missing: 1 })')).toEqual(
        [],
      );
      expect(await wb.page.locator('.company-name').textContent()).toBe('星火传播');
      expect(wb.pageErrors).toEqual([]);
    });
  }
});
