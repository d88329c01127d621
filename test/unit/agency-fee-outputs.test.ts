import { describe, expect, it } from 'vitest';
import { diffQuotes } from '@shared/archive/quote-diff';
import { computeQuote, type QuoteInterchange } from '@shared/quote';

// Renderer code (the web TypeScript project), loaded at run time as editor-model.test.ts does.
type Translate = (key: string, options?: object) => string;
type LinesCsv = (document: QuoteInterchange, computed: ReturnType<typeof computeQuote>, t: Translate) => string;
const files = new URL('../../renderer/src/features/quotes/editor/files.ts', import.meta.url).href;
const { linesCsv: linesCsvT } = (await import(/* @vite-ignore */ files)) as { linesCsv: LinesCsv };
// The CSV is worded in the UI language: the renderer's own catalogues, through i18next.
const i18nModule = new URL('../../renderer/src/i18n/index.ts', import.meta.url).href;
const { initI18n } = (await import(/* @vite-ignore */ i18nModule)) as {
  initI18n: (lang: 'zh-CN' | 'en') => { getFixedT: (lang: 'zh-CN' | 'en') => Translate };
};
const i18n = initI18n('zh-CN');
const linesCsv = (document: QuoteInterchange, computed: ReturnType<typeof computeQuote>, lang: 'zh-CN' | 'en') =>
  linesCsvT(document, computed, i18n.getFixedT(lang));

// The agency fee (代理服务费, DOMAIN.md §7) in the CSV export and in the diff between versions.
const quote = (fee: string, optionalItem = false): QuoteInterchange => ({
  format: 'workbench.quote/1',
  title: '媒介投放',
  currency: 'CNY',
  difficulty: { level: 2 },
  agencyFeePercent: fee,
  sections: [
    {
      title: '媒介',
      lines: [
        { kind: 'labor', role: '策划', headcount: '1', days: '1', rate: 100000, costRate: 50000 },
        { kind: 'item', description: '媒介投放', quantity: '1', unitPrice: 10000000, unitCost: 9500000 },
        {
          kind: 'item',
          description: '制作',
          quantity: '1',
          unitPrice: 3333333,
          unitCost: 3000000,
          optional: optionalItem,
        },
      ],
    },
  ],
});

describe('agency fee in the CSV and the version diff', () => {
  it('the CSV has a row of its own per section with the fee, after the lines', () => {
    const q = quote('8');
    const rows = linesCsv(q, computeQuote(q), 'zh-CN').trim().split('\r\n');
    // Header, 3 lines, the fee, then a blank row and the six totals (subtotal … cost). The fee has
    // no 说明 (the column after the name).
    expect(rows).toHaveLength(1 + 3 + 1 + 1 + 6);
    expect(rows[4]).toBe('媒介,,代理服务费 8%,,,,%,,,10666.67,0.00,,,,');
    expect(rows[5]).toBe('');
    const en = linesCsv(q, computeQuote(q), 'en').trim().split('\r\n');
    expect(en[4]).toContain('Agency service fee 8%');
    // The optional item's fee is marked optional.
    const o = quote('8', true);
    const optionalRows = linesCsv(o, computeQuote(o), 'zh-CN').trim().split('\r\n');
    // 8% of 100,000.00 in the subtotal; 8% of the optional 33,333.33 = 2,666.6664 → 2,666.67 with options only.
    expect(optionalRows.slice(4, 6)).toEqual([
      '媒介,,代理服务费 8%,,,,%,,,8000.00,0.00,,,,',
      '媒介,,代理服务费 8%,,,,%,,,2666.67,0.00,,,,是',
    ]);
  });

  it('a change of percent between versions is the fee line changing, and the totals move by it', () => {
    const before = quote('8');
    const after = quote('10');
    const d = diffQuotes(
      { quote: before, computed: computeQuote(before) },
      { quote: after, computed: computeQuote(after) },
    );
    const fee = d.lines.filter((l) => l.label.startsWith('代理服务费'));
    expect(fee).toHaveLength(1);
    expect(fee[0]).toMatchObject({ change: 'changed', before: { amount: 1066667 }, after: { amount: 1333333 } });
    expect(fee[0]!.changed).toContain('amount');
    expect(d.totals.find((t) => t.field === 'subtotal')?.delta).toBe(1333333 - 1066667);
    // No fee before, one after: an added line.
    const none = quote('0');
    const added = diffQuotes(
      { quote: none, computed: computeQuote(none) },
      { quote: after, computed: computeQuote(after) },
    );
    expect(added.lines.filter((l) => l.change === 'added').map((l) => l.label)).toEqual(['代理服务费 Agency fee 10%']);
  });
});
