import { describe, expect, it } from 'vitest';
import { MARKET_CSV_MAX_ROWS } from '@shared/contract';
import { parseMarketCsv } from '@shared/market/csv';

const HEADER = 'kind,name,unit,unitPrice,currency,source,date';
const ROW = 'role,资深策划,人天,3200,CNY,2026 行业薪酬报告,2026-03-01';

function issuesOf(text: string) {
  const r = parseMarketCsv(text);
  if (r.ok) throw new Error('expected a refusal');
  return r.issues;
}

describe('parseMarketCsv', () => {
  it('reads a well-formed file into library rows (money in minor units)', () => {
    const r = parseMarketCsv(`${HEADER}\r\n${ROW}\r\nitem,KOL 发布,篇,"12,345.50",cny,星图报价,2026-01-15\r\n`);
    expect(r).toEqual({
      ok: true,
      rows: [
        {
          kind: 'role',
          name: '资深策划',
          unit: '人天',
          unitPrice: 320000,
          currency: 'CNY',
          source: '2026 行业薪酬报告',
          date: '2026-03-01',
        },
        {
          kind: 'item',
          name: 'KOL 发布',
          unit: '篇',
          unitPrice: 1234550,
          currency: 'CNY',
          source: '星图报价',
          date: '2026-01-15',
        },
      ],
    });
  });

  it('accepts a byte-order mark, columns in another order and blank lines', () => {
    const r = parseMarketCsv(
      `\uFEFFdate,source,currency,unitPrice,unit,name,kind\n\n2026-03-01,报告,USD,99.5,day,Planner,role\n\n`,
    );
    expect(r).toMatchObject({ ok: true, rows: [{ name: 'Planner', unitPrice: 9950, currency: 'USD' }] });
  });

  it('keeps commas, quotes and line breaks inside quoted fields', () => {
    const r = parseMarketCsv(`${HEADER}\nitem,"海报设计, A3",张,800,CNY,"供应商 ""甲"" 报价\n第二行",2026-02-01\n`);
    expect(r).toMatchObject({ ok: true, rows: [{ name: '海报设计, A3', source: '供应商 "甲" 报价\n第二行' }] });
  });

  it('names a wrong, a missing and an extra column', () => {
    const issues = issuesOf(`kind,name,unit,price,currency,source,date,notes\n${ROW},x\n`);
    expect(issues.map((i) => [i.code, i.column])).toEqual([
      ['unknown_column', 'price'],
      ['unknown_column', 'notes'],
      ['missing_column', 'unitPrice'],
    ]);
    expect(issues[0]!.message.en).toContain('“price”');
    expect(issues[0]!.message['zh-CN']).toContain('“price”');
    expect(issues[2]!.message.en).toBe(
      'The header lacks the column “unitPrice”; expected: kind,name,unit,unitPrice,currency,source,date',
    );
  });

  it('refuses a bad number and a bad date with their row and column, in both languages', () => {
    const issues = issuesOf(
      `${HEADER}\n${ROW}\nrole,文案,人天,12abc,CNY,报告,2026-02-30\nrole,设计,人天,1.234,CNY,报告,2026/03/01\n`,
    );
    expect(issues.map((i) => [i.row, i.column, i.code])).toEqual([
      [3, 'unitPrice', 'price_invalid'],
      [3, 'date', 'date'],
      [4, 'unitPrice', 'price_too_many_decimals'],
      [4, 'date', 'date'],
    ]);
    expect(issues[0]!.message).toEqual({
      'zh-CN': '第 3 行“unitPrice”列：“12abc”不是有效的金额（例如 3200 或 "3,200.50"）',
      en: 'Row 3, column “unitPrice”: “12abc” is not an amount (e.g. 3200 or "3,200.50")',
    });
    expect(issues[1]!.message.en).toContain('“2026-02-30” is not a valid date');
  });

  it('refuses a wrong field count, an unknown kind or currency, empty required fields', () => {
    const issues = issuesOf(
      `${HEADER}\nrole,策划,人天,3200,CNY\nperson,策划,人天,1,RMB,报告,2026-01-01\nrole,,人天,1,CNY, ,2026-01-01\n`,
    );
    expect(issues.map((i) => [i.row, i.code, i.column])).toEqual([
      [2, 'field_count', undefined],
      [3, 'kind', 'kind'],
      [3, 'currency', 'currency'],
      [4, 'required', 'name'],
      [4, 'required', 'source'],
    ]);
  });

  it('refuses a truncated file (an open quote), an empty file, a binary file, a header alone', () => {
    expect(issuesOf(`${HEADER}\nrole,"策划`)[0]!.code).toBe('unclosed_quote');
    expect(issuesOf('')[0]!.code).toBe('empty');
    expect(issuesOf('PK\u0003\u0004\u0000\u0000binary')[0]!.code).toBe('binary');
    expect(issuesOf(`${HEADER}\n`)[0]!.code).toBe('no_rows');
    expect(issuesOf(`${HEADER}\nrole,"a"b,人天,1,CNY,s,2026-01-01\n`)[0]!.code).toBe('stray_quote');
    // A bare quote in an unquoted field, on the third row (a blank line counts as a row).
    const bare = issuesOf(`${HEADER}\n\nrole,12" 屏幕,人天,1,CNY,s,2026-01-01\n`)[0]!;
    expect(bare).toMatchObject({ row: 3, code: 'bare_quote' });
    expect(bare.message.en).toMatch(/^Row 3: a quote inside a field that is not quoted/);
    expect(bare.message['zh-CN']).toMatch(/^第 3 行：未加引号的字段中有引号/);
  });

  it('caps size (2 MB) and rows (5,000)', () => {
    const many = `${HEADER}\n${`${ROW}\n`.repeat(MARKET_CSV_MAX_ROWS + 1)}`;
    expect(issuesOf(many)[0]!.code).toBe('too_many_rows');
    expect(parseMarketCsv(`${HEADER}\n${`${ROW}\n`.repeat(MARKET_CSV_MAX_ROWS)}`).ok).toBe(true);
    const big = `${HEADER}\n${'x'.repeat(2 * 1024 * 1024)}`;
    expect(issuesOf(big)[0]!.message.en).toMatch(/too large \(2\.0 MB\); the limit is 2 MB/);
  });
});
