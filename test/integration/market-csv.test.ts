import { afterEach, describe, expect, it } from 'vitest';
import type { MarketReferenceRecord } from '@shared/contract';
import { openTestCore, snapshotTables, type TestCore } from './support/core';

const SETUP = { mode: 'empty', adminName: '王经理', companyName: '星火传播', language: 'zh-CN' } as const;
const HEADER = 'kind,name,unit,unitPrice,currency,source,date';

describe('market.importCsv', () => {
  let t: TestCore | undefined;
  afterEach(async () => {
    await t?.dispose();
    t = undefined;
  });

  it('adds every row of a good file in one go', async () => {
    t = await openTestCore(() => new Date('2026-11-23T08:00:00Z'));
    await t.ok('workspace.setup', SETUP);
    const csv = `\uFEFF${HEADER}\r\nrole,资深策划,人天,"3,200",CNY,2026 行业薪酬报告,2026-03-01\r\nitem,"海报设计, A3",张,800.5,CNY,供应商报价,2025-01-01\r\n`;
    expect(await t.ok('market.importCsv', { csvText: csv })).toEqual({ imported: 2 });
    const { items } = await t.ok<{ items: MarketReferenceRecord[] }>('market.list', {});
    expect(items.map((i) => [i.name, i.unitPrice, i.stale])).toEqual([
      ['资深策划', 320000, false],
      ['海报设计, A3', 80050, true],
    ]);
  });

  it('refuses a file with one bad row among good ones, names the row and column, and writes nothing', async () => {
    t = await openTestCore();
    await t.ok('workspace.setup', SETUP);
    const before = await snapshotTables(t.core);
    const good = 'role,资深策划,人天,3200,CNY,报告,2026-03-01\n'.repeat(20);
    const csv = `${HEADER}\n${good}role,文案,人天,三千,CNY,报告,2026-03-01\n`;
    const r = await t.core.call('market.importCsv', { csvText: csv }, { lang: 'zh-CN' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('validation');
    expect(r.error.message).toBe(
      'CSV 文件有 1 处问题，未导入任何数据。第 22 行“unitPrice”列：“三千”不是有效的金额（例如 3200 或 "3,200.50"）',
    );
    expect(r.error.messages.en).toMatch(
      /^The CSV file has 1 problem\(s\); nothing was imported\. Row 22, column “unitPrice”/,
    );
    expect(r.error.issues?.[0]).toMatchObject({ path: ['csvText', 22, 'unitPrice'], code: 'price_invalid' });
    expect(await snapshotTables(t.core)).toBe(before);
  });
});
