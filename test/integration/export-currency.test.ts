import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QuoteRecord } from '@shared/contract';
import type { CurrencyCode } from '@shared/money';
import { openTestCore, type TestCore } from './support/core';
import { readDocx } from './support/docx-reader';
import { WORKED_QUOTE } from './support/export-fixtures';

interface File {
  bytesBase64: string;
}

/**
 * Issue 14: "The currency is named in every document." A JPY quote printed "¥7,665,284" — yuan to
 * a Chinese reader — and HKD and USD both printed "$". The .docx is read back with the independent
 * zip/XML reader (test/integration/support/docx-reader.ts): every amount carries an unambiguous
 * symbol, no bare ¥ or $ is left, and the currency is named beside the total.
 */
describe('documents name the currency of a non-CNY quote', () => {
  let t: TestCore;
  const quotes: Partial<Record<CurrencyCode, QuoteRecord>> = {};

  beforeAll(async () => {
    t = await openTestCore(() => new Date('2026-05-01T08:00:00.000Z'));
    await t.ok('workspace.setup', { mode: 'empty', adminName: '王经理', companyName: '星火传播', language: 'zh-CN' });
    const [client] = await t.query<{ id: number }>(
      `insert into clients (name, industry, created_at, updated_at) values ('东京广告', '快消', '2026-01-01', '2026-01-01') returning id`,
    );
    const clientId = client!.id;
    for (const currency of ['JPY', 'USD'] as const)
      quotes[currency] = await t.ok<QuoteRecord>('quotes.create', {
        clientId,
        title: `${currency} 报价`,
        document: { ...WORKED_QUOTE, currency, title: `${currency} 报价` },
      });
  });
  afterAll(() => t.dispose());

  const cases = [
    { currency: 'JPY', symbol: 'JP¥', zh: '日元（JPY）', en: 'Japanese yen (JPY)' },
    { currency: 'USD', symbol: 'US$', zh: '美元（USD）', en: 'US dollars (USD)' },
  ] as const;
  for (const { currency, symbol, zh, en } of cases)
    for (const [kind, args] of [
      ['quote', {}],
      ['finance sheet', { internal: true }],
    ] as const)
      for (const language of ['zh-CN', 'en'] as const)
        it(`${currency} ${kind} (${language}): every amount line carries ${symbol}, the total names the currency`, async () => {
          const q = quotes[currency]!;
          const file = await t.ok<File>('export.quoteDocx', { quoteId: q.id, language, ...args });
          const doc = readDocx(Buffer.from(file.bytesBase64, 'base64'));
          const text = doc.body;
          // No bare ¥ (yuan to a Chinese reader) and no bare $ anywhere in the document.
          expect(text.filter((p) => /(?<!JP)¥/.test(p))).toEqual([]);
          expect(text.filter((p) => /(?<!(?:US|HK|NT|S|MOP))\$/.test(p))).toEqual([]);
          // Every paragraph holding a grouped amount (1,234…) has the symbol.
          const grouped = text.filter((p) => /\d{1,3}(?:,\d{3})+/.test(p));
          expect(grouped.length).toBeGreaterThan(5);
          for (const p of grouped) expect(p, p).toContain(symbol);
          // Each line's price (DOMAIN.md's worked example, in this currency's minor units) with its symbol.
          const digits = currency === 'JPY' ? 0 : 2;
          const money = (minor: number) =>
            symbol +
            new Intl.NumberFormat(language, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
              minor / 10 ** digits,
            );
          for (const line of [2254000, 431251, 1234567, 880000]) expect(text, money(line)).toContain(money(line));
          // The total, to the minor unit, with its symbol; then the currency named right beside it.
          const at = text.indexOf(money(q.computed.total));
          expect(at, money(q.computed.total)).toBeGreaterThan(0);
          expect(text.slice(at + 1, at + 3)).toEqual([
            language === 'zh-CN' ? '币种' : 'Currency',
            language === 'zh-CN' ? zh : en,
          ]);
          // The 大写 line is for CNY only.
          expect(text.some((p) => p.includes('大写'))).toBe(false);
        });
});
