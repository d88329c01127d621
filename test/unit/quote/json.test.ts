import { describe, expect, it } from 'vitest';
import {
  computeQuote,
  parseQuoteJson,
  QUOTE_FILE_MAX_BYTES,
  serializeQuote,
  type QuoteInterchange,
} from '@shared/quote';

const sample: QuoteInterchange = {
  format: 'workbench.quote/1',
  title: '2027 品牌发布会',
  client: '某品牌',
  currency: 'CNY',
  difficulty: { level: 3, rationale: '两周工期，三方审批' },
  taxPercent: '6',
  discount: { percent: '5', reason: '长期客户', condition: '年度框架' },
  sections: [
    {
      title: '策划',
      difficultyLevel: 4,
      lines: [
        {
          kind: 'labor',
          id: 'L1',
          role: '高级策划',
          headcount: '2',
          days: '3.5',
          rate: 280000,
          costRate: 150000,
          market: { unitPrice: 250000, source: '2026 行业薪酬报告', date: '2026-03-01' },
        },
        {
          kind: 'item',
          description: '场地租赁',
          quantity: '1',
          unit: '场',
          unitPrice: 1234567,
          unitCost: 1100000,
          optional: true,
          note: '备选场地',
        },
      ],
    },
  ],
};

/** The same quote with every object's keys built in reverse order. */
function reversedKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reversedKeys) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([k, v]) => [k, reversedKeys(v)]),
  ) as T;
}

describe('serializeQuote', () => {
  it('writes keys in the format’s order, whatever order the object has', () => {
    const text = serializeQuote(sample);
    expect(serializeQuote(reversedKeys(sample))).toBe(text);
    expect(text.indexOf('"format"')).toBeLessThan(text.indexOf('"title"'));
    expect(text.indexOf('"kind"')).toBeLessThan(text.indexOf('"role"'));
    expect(text.indexOf('"unitPrice": 250000')).toBeLessThan(text.indexOf('"source"'));
    expect(text.startsWith('{\n  "format": "workbench.quote/1",\n  "title"')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });
  it('leaves out absent fields and anything the format does not know', () => {
    const text = serializeQuote({ ...sample, extra: 'x' } as QuoteInterchange);
    expect(text).not.toContain('extra');
    expect(text).not.toContain('undefined');
    expect(text).not.toContain('validUntil');
  });
});

describe('parseQuoteJson', () => {
  it('reads back what it wrote', () => {
    const parsed = parseQuoteJson(serializeQuote(sample));
    expect(parsed).toEqual({ ok: true, data: sample });
    if (parsed.ok) expect(computeQuote(parsed.data)).toEqual(computeQuote(sample));
  });
  it('ignores a byte-order mark', () => {
    expect(parseQuoteJson('\ufeff' + serializeQuote(sample)).ok).toBe(true);
  });
  it('reports a JSON syntax error with its line and column, in both languages', () => {
    const result = parseQuoteJson('{\n  "format": "workbench.quote/1",\n  "title": }');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      {
        path: [],
        code: 'quote.invalid_json',
        message: {
          'zh-CN': '文件不是有效的 JSON：第 3 行第 12 列有误',
          en: 'The file is not valid JSON: error at line 3, column 12',
        },
      },
    ]);
  });
  it('finds the position even where the engine’s message has none', () => {
    const at = (text: string) => {
      const result = parseQuoteJson(text);
      return result.ok ? null : result.issues[0]!.message.en;
    };
    expect(at('xyz')).toContain('line 1, column 1');
    expect(at('')).toContain('line 1, column 1');
    expect(at('{"a": tru}')).toContain('line 1, column 10'); // where "true" breaks off
    expect(at('{"a": 1,}')).toContain('line 1, column 9');
    expect(at('[1, 2')).toContain('line 1, column 6');
    expect(at('{"a": "b\nc"}')).toContain('line 1, column 9');
    expect(at('{"a": 1} x')).toContain('line 1, column 10');
    expect(at('{"a": 01}')).toContain('line 1, column 8');
    expect(at('{"a": "\\x"}')).toContain('line 1, column 9');
    expect(at('['.repeat(100000))).toContain('line 1, column 100001');
  });
  it('refuses a file over 5 MB, counting UTF-8 bytes', () => {
    const ascii = parseQuoteJson(' '.repeat(QUOTE_FILE_MAX_BYTES + 1));
    expect(ascii).toMatchObject({ ok: false, issues: [{ code: 'quote.file_too_large', path: [] }] });
    if (!ascii.ok) expect(ascii.issues[0]!.message.en).toContain('5 MB');
    // 2,000,000 Chinese characters are 6,000,000 bytes: too large, though under 5 Mi characters
    const chinese = parseQuoteJson('"' + '报'.repeat(2_000_000) + '"');
    expect(chinese).toMatchObject({ ok: false, issues: [{ code: 'quote.file_too_large' }] });
    // 1,500,000 of them are 4,500,000 bytes: read (and then refused as not a quote)
    const fits = parseQuoteJson('"' + '报'.repeat(1_500_000) + '"');
    expect(fits).toMatchObject({ ok: false, issues: [{ code: 'invalid_type' }] });
  });
  it('applies the interchange schema to well-formed JSON', () => {
    const result = parseQuoteJson(JSON.stringify({ ...sample, format: 'workbench.quote/9' }));
    expect(result).toMatchObject({ ok: false, issues: [{ path: ['format'], code: 'quote.unsupported_format' }] });
  });
});
