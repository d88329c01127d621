import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { ArchiveHit } from '@shared/contract';
import { archiveHitsCsv } from '@shared/csv/archive-hits';
import { quoteLinesCsv, type QuoteCsvLabels } from '@shared/csv/quote-lines';
import { csvDecimal, toCsv } from '@shared/csv/write';
import { computeQuote, type QuoteInterchange } from '@shared/quote';
import { WORKED_EXAMPLE } from '../fixtures/worked-example';

const workedExample = () => structuredClone(WORKED_EXAMPLE) as unknown as QuoteInterchange;

/** The file as a spreadsheet reads it (csv-parse, RFC 4180): rows of cells, the BOM checked and dropped. */
function readCsv(text: string): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  return parse(text.slice(1), { record_delimiter: '\r\n', relax_column_count: true, skip_empty_lines: false });
}

const HOSTILE = ['=HYPERLINK("http://evil.example","点我")', "=cmd|' /C calc'!A0", '+SUM(A1:A9)', '-2+3', '@SUM(1)'];
/** Where a spreadsheet would run a cell: text that still starts with a formula character. */
const runnable = (rows: string[][]) => rows.flat().filter((c) => /^[=+@\t\r]/.test(c) || /^-[^\d]/.test(c));

describe('the one CSV writer', () => {
  it('writes numbers as numbers, exact decimals as they are, and neutralizes formula text', () => {
    const text = toCsv([
      ['名称', 'n', 'amount'],
      ['品牌, "焕新"', 12, csvDecimal('-1959.91')],
      ...HOSTILE.map((h) => [h, null, csvDecimal('0.00')]),
    ]);
    const rows = readCsv(text);
    expect(rows[1]).toEqual(['品牌, "焕新"', '12', '-1959.91']);
    expect(rows.slice(2).map((r) => r[0])).toEqual(HOSTILE.map((h) => `'${h}`));
    expect(() => toCsv([[csvDecimal('=1+1')]])).toThrow();
  });

  it('quotes a lone line feed or carriage return, and neutralizes full-width formula characters', () => {
    const text = toCsv([['第一行\n第二行', '回车\r之后', '＝HYPERLINK("x")', '－1']]);
    expect(text).toBe('\uFEFF"第一行\n第二行","回车\r之后","\'＝HYPERLINK(""x"")",\'－1\r\n');
    expect(readCsv(text)).toEqual([['第一行\n第二行', '回车\r之后', '\'＝HYPERLINK("x")', "'－1"]]);
  });
});

const ZH: QuoteCsvLabels = {
  headers: [
    '分项',
    '类型',
    '岗位/项目',
    '说明',
    '人数/数量',
    '时长',
    '单位',
    '单价',
    '成本单价',
    '金额',
    '成本',
    '市价单价',
    '市价来源',
    '市价日期',
    '可选项',
  ],
  kinds: { labor: '人工', item: '项目' },
  units: { days: '天', hours: '小时' },
  optional: '是',
  agencyFee: (p) => `代理服务费 ${p}%`,
  totals: { subtotal: '小计', discount: '折扣', net: '折后净价', tax: '税额', total: '总价（含税）', cost: '成本合计' },
};

describe('quote lines CSV', () => {
  it('neutralizes a formula in every text cell, writes amounts as numbers and ends with the totals', () => {
    const base = workedExample();
    const hostile: QuoteInterchange = {
      ...base,
      sections: base.sections.map((s, i) => ({
        ...s,
        title: i === 0 ? HOSTILE[0]! : s.title,
        lines: s.lines.map((l, j) =>
          j === 0
            ? l.kind === 'labor'
              ? { ...l, role: HOSTILE[1]!, market: { unitPrice: 250000, source: HOSTILE[2]!, date: '2026-03-01' } }
              : { ...l, description: HOSTILE[1]!, unit: HOSTILE[4]! }
            : { ...l, deliverable: j === 1 ? HOSTILE[3]! : '两轮修改，含终稿' },
        ),
      })),
    };
    const computed = computeQuote(hostile);
    const rows = readCsv(quoteLinesCsv(hostile, computed, ZH));
    expect(rows[0]).toEqual(ZH.headers);
    expect(runnable(rows)).toEqual([]);
    expect(rows.flat()).toContain(`'${HOSTILE[0]}`);
    expect(rows.flat()).toContain(`'${HOSTILE[1]}`);
    expect(rows.flat()).toContain(`'${HOSTILE[2]}`);
    // The worked example's figures (DOMAIN.md), as numbers a spreadsheet sums.
    const lines = rows.slice(1).filter((r) => r[1] === '人工' || r[1] === '项目');
    expect(lines.map((r) => r[9])).toEqual(['22540.00', '4312.51', '12345.67']);
    const sum = lines.reduce((n, r) => n + Math.round(Number(r[9]) * 100), 0);
    const total = (label: string) => rows.find((r) => r[0] === label)?.[9];
    expect(Math.round(Number(total('小计')) * 100)).toBe(sum);
    expect([total('小计'), total('折扣'), total('折后净价'), total('税额'), total('总价（含税）')]).toEqual([
      '39198.18',
      '-1959.91',
      '37238.27',
      '2234.30',
      '39472.57',
    ]);
    expect(lines[0]![6]).toBe('天');
    // 说明 beside the name: a deliverable is printed as typed, a formula in it neutralized.
    expect(rows[0]![3]).toBe('说明');
    expect(lines.map((r) => r[3])).toContain('两轮修改，含终稿');
    expect(rows.flat()).toContain(`'${HOSTILE[3]}`);
  });
});

describe('archive results CSV', () => {
  it('neutralizes a formula title and writes the amount as a number', () => {
    const hit = (title: string, amount: number | null): ArchiveHit => ({
      key: `q:${title}`,
      kind: 'quote',
      title,
      titleParts: [],
      snippet: [],
      quoteId: 1,
      proposalId: null,
      versionNumber: null,
      clientId: 1,
      clientName: '@客户',
      ownerId: null,
      ownerName: null,
      status: null,
      amount,
      currency: amount === null ? null : 'CNY',
      date: '2026-06-01T00:00:00.000Z',
    });
    const rows = readCsv(
      archiveHitsCsv([hit(HOSTILE[0]!, 3947257), hit('普通报价', null)], {
        headers: ['类型', '标题', '版本', '客户', '负责人', '状态', '金额', '币种', '日期'],
        kind: () => '报价',
        status: () => '',
      }),
    );
    expect(runnable(rows)).toEqual([]);
    expect(rows[1]).toEqual(['报价', `'${HOSTILE[0]}`, '', "'@客户", '', '', '39472.57', 'CNY', '2026-06-01']);
    expect(rows[2]![6]).toBe('');
  });
});
