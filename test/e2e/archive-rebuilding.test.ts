import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startWorkbench, type Workbench } from './harness';

const QUOTES = 3000;
const SHOTS = process.env.WORKBENCH_SHOTS_DIR;

/**
 * While the archive's index is rebuilt in the background (an upgraded or imported workspace), the
 * search screen says so — "index rebuilding, N%" — shows what is indexed so far, and the notice
 * goes once the rebuild is over (issue 18).
 */
describe('archive search during an index rebuild', () => {
  const open: Workbench[] = [];
  afterEach(async () => {
    for (const wb of open.splice(0)) await wb.close();
  });

  for (const lang of ['zh-CN', 'en'] as const)
    it(`says how far the rebuild is and finds what is indexed so far (${lang})`, async () => {
      const wb = await startWorkbench({
        setup: { mode: 'empty', adminName: '王经理', companyName: '星火传播', language: lang },
        lang,
      });
      open.push(wb);
      const store = wb.core.store;
      if (store.engine !== 'sqlite') throw new Error('a file workspace');
      const sqlite = store.sqlite;
      const client = Number(
        sqlite
          .prepare(
            `insert into clients (name, industry, status, price_sensitivity, related_sales, created_at, updated_at)
             values ('星河乳业', '快消', 'active', 'sensitive', 0, '2026-01-01', '2026-01-01')`,
          )
          .run().lastInsertRowid,
      );
      const insert = sqlite.prepare(
        `insert into quotes (client_id, title, currency, document, line_count, subtotal, net, tax, total, cost, created_at, updated_at)
         values (?, ?, 'CNY', '{}', 0, 0, 0, 0, 100000, 0, '2026-02-01T00:00:00Z', '2026-02-01T00:00:00Z')`,
      );
      sqlite.transaction(() => {
        for (let i = 0; i < QUOTES; i++) insert.run(client, `第${i}季度复盘报价`);
      })();
      // As at an open that found the index empty.
      wb.core.workspace.searchIndex.start(store.db);

      await wb.page.goto(new URL(`/archive?q=${encodeURIComponent('季度')}`, wb.server.url).href);
      const notice = wb.page.getByTestId('archive-indexing');
      await notice.waitFor();
      const text = await notice.textContent();
      expect(text).toMatch(lang === 'en' ? /index rebuilding, \d+% done/ : /搜索索引重建中，已完成 \d+%/);
      if (SHOTS) {
        mkdirSync(SHOTS, { recursive: true });
        await wb.page.screenshot({ path: join(SHOTS, `${lang}-archive-rebuilding.png`) });
      }
      await wb.core.workspace.searchIndex.idle();
      // The screen asks again while the notice shows: the notice goes and every match is counted.
      await notice.waitFor({ state: 'detached', timeout: 15_000 });
      await expect
        .poll(
          async () =>
            wb.page
              .getByRole('status')
              .filter({ hasText: lang === 'en' ? '3,000' : '3,000' })
              .count(),
          {
            timeout: 15_000,
          },
        )
        .toBeGreaterThan(0);
      expect(wb.pageErrors).toEqual([]);
    }, 120_000);
});
