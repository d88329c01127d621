import { describe, expect, it } from 'vitest';
import { compareDocuments } from '@shared/archive/compare';
import { diffQuotes } from '@shared/archive/quote-diff';
import { diffText, diffTokens } from '@shared/archive/text-diff';
import { toCsv } from '@shared/csv/write';
import type { ExportSnapshot } from '@shared/export';
import { computeQuote, type QuoteInterchange } from '@shared/quote';

const changed = (parts: ReturnType<typeof diffText>) => parts.filter((p) => p.change !== 'same');

describe('text diff: characters for Chinese, words for English', () => {
  it('splits CJK into characters and Latin into words', () => {
    expect(diffTokens('品牌launch 2027年')).toEqual(['品', '牌', 'launch', ' ', '2027', '年']);
  });

  it('marks one changed Chinese character, not the whole run', () => {
    expect(changed(diffText('品牌发布会', '品牌发售会'))).toEqual([
      { text: '布', change: 'removed' },
      { text: '售', change: 'added' },
    ]);
  });

  it('marks whole English words', () => {
    expect(diffText('a brand launch event', 'a brand relaunch event')).toEqual([
      { text: 'a brand ', change: 'same' },
      { text: 'launch', change: 'removed' },
      { text: 'relaunch', change: 'added' },
      { text: ' event', change: 'same' },
    ]);
  });

  it('joins the parts back into each side', () => {
    const before = '整合线上线下传播，统一品牌信息。Phase one.';
    const after = '整合线上线下传播，增加直播环节。Phase two.';
    const parts = diffText(before, after);
    expect(
      parts
        .filter((p) => p.change !== 'added')
        .map((p) => p.text)
        .join(''),
    ).toBe(before);
    expect(
      parts
        .filter((p) => p.change !== 'removed')
        .map((p) => p.text)
        .join(''),
    ).toBe(after);
  });

  it('is empty for two empty texts and all added from nothing', () => {
    expect(diffText('', '')).toEqual([]);
    expect(diffText('', '新增')).toEqual([{ text: '新增', change: 'added' }]);
  });
});

function quote(
  lines: QuoteInterchange['sections'][number]['lines'],
  discount?: QuoteInterchange['discount'],
): QuoteInterchange {
  return {
    format: 'workbench.quote/1',
    title: '报价',
    currency: 'CNY',
    difficulty: { level: 2, rationale: '' },
    taxPercent: '6',
    ...(discount ? { discount } : {}),
    sections: [{ title: '策划', lines }],
  };
}
const both = (q: QuoteInterchange) => ({ quote: q, computed: computeQuote(q) });

describe('quote diff, line by line', () => {
  const v1 = quote([
    { kind: 'labor', id: 'a', role: '高级策划', headcount: '2', days: '3', rate: 280000, costRate: 150000 },
    { kind: 'labor', id: 'b', role: '设计师', headcount: '1', days: '2', rate: 160000, costRate: 90000 },
    { kind: 'item', id: 'c', description: '场地租赁', quantity: '1', unitPrice: 1000000, unitCost: 900000 },
  ]);
  const v2 = quote(
    [
      // More days: quantity and amount change.
      { kind: 'labor', id: 'a', role: '高级策划', headcount: '2', days: '4', rate: 280000, costRate: 150000 },
      // Removed: 设计师. Changed rate on the venue; added: 摄影.
      { kind: 'item', id: 'c', description: '场地租赁', quantity: '1', unitPrice: 1100000, unitCost: 900000 },
      { kind: 'item', id: 'd', description: '摄影', quantity: '2', unitPrice: 300000, unitCost: 200000 },
    ],
    { percent: '5', reason: '年度框架客户', condition: '签两年' },
  );
  const d = diffQuotes(both(v1), both(v2));

  it('finds added, removed and changed lines with their figures', () => {
    expect(d.lines.map((l) => [l.label, l.change, l.changed])).toEqual([
      ['高级策划', 'changed', ['quantity', 'amount', 'cost']],
      ['场地租赁', 'changed', ['rate', 'amount']],
      ['摄影', 'added', []],
      ['设计师', 'removed', []],
    ]);
    expect(d.lines[0]).toMatchObject({
      before: { quantity: '6', rate: 280000, amount: 1680000 },
      after: { quantity: '8', amount: 2240000 },
    });
    expect(d.lines[3]).toMatchObject({ before: { quantity: '2', amount: 320000 }, after: null });
  });

  it('gives the totals and the margin change', () => {
    const total = d.totals.find((t) => t.field === 'total')!;
    const c1 = computeQuote(v1);
    const c2 = computeQuote(v2);
    expect(total).toEqual({ field: 'total', before: c1.total, after: c2.total, delta: c2.total - c1.total });
    expect(d.totals.find((t) => t.field === 'discount')).toMatchObject({ before: 0, after: c2.discount });
    expect(d.margin).toEqual({
      before: c1.marginPercent,
      after: c2.marginPercent,
      deltaPoints: `${Number(c2.marginPercent) - Number(c1.marginPercent) > 0 ? '+' : ''}${(Number(c2.marginPercent) - Number(c1.marginPercent)).toFixed(1)}`,
    });
    expect(d.discountReasonAfter).toBe('年度框架客户');
  });

  it('matches lines without ids by name, also across sections', () => {
    const a = quote([{ kind: 'item', description: '印刷', quantity: '1', unitPrice: 100, unitCost: 50 }]);
    const b: QuoteInterchange = { ...a, sections: [{ title: '制作', lines: a.sections[0]!.lines }] };
    expect(diffQuotes(both(a), both(b)).lines.map((l) => [l.change, l.changed])).toEqual([['changed', ['section']]]);
    expect(diffQuotes(both(a), both(a)).lines.map((l) => l.change)).toEqual(['same']);
  });
});

describe('comparing two frozen documents', () => {
  const doc = (solution: string, q: QuoteInterchange): ExportSnapshot =>
    ({
      format: 'workbench.snapshot/1',
      quote: q,
      computed: computeQuote(q),
      agency: { name: '星火' },
      client: { name: '星河乳业' },
      proposal: {
        title: '品牌焕新提案',
        sections: [
          { key: 'situation', blocks: [{ type: 'paragraph', runs: [{ text: '认知不足' }] }] },
          {
            key: 'solution',
            blocks: [{ type: 'paragraph', runs: [{ text: solution }] }],
            notes: [{ point: '价格', rationale: '工期短' }],
          },
        ],
      },
      owner: null,
      version: 1,
      date: '2026-11-23',
      generatedAt: '2026-11-23T08:00:00.000Z',
      language: 'zh-CN',
    }) as ExportSnapshot;
  const q = quote([{ kind: 'item', description: '印刷', quantity: '1', unitPrice: 100, unitCost: 50 }]);

  it('diffs each section, flags only the changed ones, and the quote', () => {
    const c = compareDocuments(doc('整合传播，统一信息。', q), doc('整合传播，增加直播。', q));
    expect(c.sections.filter((s) => s.changed).map((s) => s.key)).toEqual(['solution']);
    const solution = c.sections.find((s) => s.key === 'solution')!;
    expect(changed(solution.parts)).toEqual([
      { text: '统一信息', change: 'removed' },
      { text: '增加直播', change: 'added' },
    ]);
    expect(c.title).toEqual([{ text: '品牌焕新提案', change: 'same' }]);
    expect(c.quote.lines.map((l) => l.change)).toEqual(['same']);
  });
});

describe('CSV of the results', () => {
  it('quotes what needs quoting, keeps Chinese, and defuses formulas', () => {
    expect(
      toCsv([
        ['标题', 'amount'],
        ['品牌, "焕新"', 12],
        ['=HYPERLINK("x")', null],
      ]),
    ).toBe('\uFEFF标题,amount\r\n"品牌, ""焕新""",12\r\n"\'=HYPERLINK(""x"")",\r\n');
  });
});
