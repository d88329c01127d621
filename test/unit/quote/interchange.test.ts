import { describe, expect, it } from 'vitest';
import {
  BUILTIN_QUOTE_DEFAULTS,
  makeQuoteInterchangeSchema,
  moneyInputSchema,
  quoteDefaultsSchema,
  quoteInterchangeSchema,
  quoteMessages,
} from '@shared/quote';
import { validate, type FieldIssue } from '@shared/validation';

/** A valid quote as plain JSON data; each test breaks one thing, so it is deliberately untyped. */

function base(): Record<string, any> {
  return {
    format: 'workbench.quote/1',
    title: '2027 品牌发布会',
    currency: 'CNY',
    difficulty: { level: 3, rationale: '两周工期' },
    discount: { percent: '5', reason: '长期客户', condition: '年度框架' },
    sections: [
      {
        title: '策划',
        lines: [
          { kind: 'labor', role: '高级策划', headcount: '2', days: '3.5', rate: 280000, costRate: 150000 },
          { kind: 'item', description: '场地租赁', quantity: '1', unit: '场', unitPrice: 1234567, unitCost: 1100000 },
        ],
      },
    ],
  };
}
const LINE = ['sections', 0, 'lines', 0];
const ITEM = ['sections', 0, 'lines', 1];

function refuse(input: unknown): FieldIssue[] {
  const result = validate(quoteInterchangeSchema, input);
  if (result.ok) throw new Error('expected a refusal');
  return result.issues;
}

/** The one issue at `path`, worded in both languages by our catalogue (or zod's locales). */
function issueAt(input: unknown, path: (string | number)[], code: string): FieldIssue {
  const issues = refuse(input);
  const issue = issues.find((i) => JSON.stringify(i.path) === JSON.stringify(path));
  expect(issue, `no issue at ${path.join('.')}: ${JSON.stringify(issues)}`).toBeDefined();
  expect(issue!.code).toBe(code);
  expect(issue!.message['zh-CN']).not.toMatch(/^(无效输入|Invalid input)$/);
  expect(issue!.message.en).not.toMatch(/^Invalid input$/);
  expect(issue!.message['zh-CN']).not.toBe(issue!.message.en);
  return issue!;
}

describe('accepts', () => {
  it('the base quote, with every optional extension', () => {
    expect(validate(quoteInterchangeSchema, base()).ok).toBe(true);
    const q = base();
    Object.assign(q, {
      client: '某汽车品牌',
      validUntil: '2027-06-30',
      qualityAndEffect: '发布会现场效果……',
      hoursPerDay: '7.5',
      taxPercent: '6',
      marginFloorPercent: '30',
    });
    q.difficultyMultipliers = { ...BUILTIN_QUOTE_DEFAULTS.difficultyMultipliers };
    Object.assign(q.sections[0].lines[0], {
      id: 'L1',
      note: '含两轮修改',
      optional: true,
      market: { unitPrice: 250000, source: '报告', date: '2026-03-01' },
    });
    expect(validate(quoteInterchangeSchema, q)).toMatchObject({ ok: true });
  });
});

describe('refuses, naming the field, in both languages', () => {
  it('days and hours both given, and neither', () => {
    const both = base();
    both.sections[0].lines[0].hours = '8';
    issueAt(both, [...LINE, 'hours'], 'quote.labor_days_and_hours');
    const neither = base();
    delete neither.sections[0].lines[0].days;
    issueAt(neither, [...LINE, 'days'], 'quote.labor_duration_missing');
  });
  it('negative quantities', () => {
    const q = base();
    q.sections[0].lines[0].headcount = '-1';
    const issue = issueAt(q, [...LINE, 'headcount'], 'quote.decimal_negative');
    // The field as people call it, never its JSON key (issue 15: no "人数（headcount）").
    expect(issue.message['zh-CN']).toBe('人数不能为负数');
    expect(issue.message.en).toBe('Headcount must not be negative');
  });
  it('quantities with 4 decimal places', () => {
    const q = base();
    q.sections[0].lines[1].quantity = '1.2345';
    const issue = issueAt(q, [...ITEM, 'quantity'], 'quote.decimal_too_many_places');
    expect(issue.message.en).toContain('3');
  });
  it('quantities that are not decimal text', () => {
    const q = base();
    q.sections[0].lines[0].days = '3,5';
    issueAt(q, [...LINE, 'days'], 'quote.decimal_invalid');
    const n = base();
    n.sections[0].lines[0].days = 3.5;
    expect(refuse(n)[0]).toMatchObject({ path: [...LINE, 'days'], code: 'invalid_type' });
  });
  it('non-integer and negative money', () => {
    const q = base();
    q.sections[0].lines[0].rate = 2800.5;
    const issue = issueAt(q, [...LINE, 'rate'], 'quote.money_not_integer');
    expect(issue.message.en).toContain('The day rate');
    expect(issue.message['zh-CN']).toContain('人天单价');
    const neg = base();
    neg.sections[0].lines[1].unitCost = -1;
    issueAt(neg, [...ITEM, 'unitCost'], 'quote.money_negative');
    const huge = base();
    huge.sections[0].lines[1].unitPrice = 2 ** 60;
    issueAt(huge, [...ITEM, 'unitPrice'], 'quote.money_too_large');
  });
  it('unknown fields, anywhere', () => {
    const q = base();
    q.sections[0].lines[0].marketRef = 1;
    const issue = issueAt(q, LINE, 'unrecognized_keys');
    // A sentence, not zod's "Unrecognized key: "marketRef"": the path says where it is.
    expect(issue.message.en).toMatch(/^Contains something this app does not recognise/);
    expect(issue.message['zh-CN']).toMatch(/^含有本程序不认识的内容/);
    const top = base();
    top.owner = 'x';
    issueAt(top, [], 'unrecognized_keys');
    const nested = base();
    nested.difficulty.why = 'x';
    issueAt(nested, ['difficulty'], 'unrecognized_keys');
  });
  it('a discount amount over the subtotal', () => {
    const q = base();
    q.discount = { amount: 5_000_000, reason: 'r', condition: 'c' }; // subtotal 3,488,567
    const issue = issueAt(q, ['discount', 'amount'], 'quote.discount_over_subtotal');
    expect(issue.message.en).toContain('CNY 50,000.00');
    expect(issue.message['zh-CN']).toContain('CNY 34,885.67');
    q.discount.amount = 3_488_567;
    expect(validate(quoteInterchangeSchema, q).ok).toBe(true);
  });
  it('a discount checked against the workspace defaults it will be computed with', () => {
    const q = base();
    q.discount = { amount: 2_000_000, reason: 'r', condition: 'c' };
    q.sections[0].lines = [{ kind: 'labor', role: '策划', headcount: '1', hours: '16', rate: 1_000_000, costRate: 0 }];
    // 16 h at 8 h/day × 1.15 = 2,300,000: fine; at 16 h/day it is 1,150,000: over
    expect(validate(quoteInterchangeSchema, q).ok).toBe(true);
    const workspace = makeQuoteInterchangeSchema({ ...BUILTIN_QUOTE_DEFAULTS, hoursPerDay: '16' });
    const result = validate(workspace, q);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues[0]).toMatchObject({ path: ['discount', 'amount'], code: 'quote.discount_over_subtotal' });
  });
  it('a discount over 100%, with both percent and amount, or with neither', () => {
    const over = base();
    over.discount.percent = '100.01';
    expect(issueAt(over, ['discount', 'percent'], 'quote.decimal_too_large').message.en).toContain('100');
    const both = base();
    both.discount.amount = 100;
    issueAt(both, ['discount', 'amount'], 'quote.discount_percent_and_amount');
    const neither = base();
    delete neither.discount.percent;
    issueAt(neither, ['discount', 'percent'], 'quote.discount_value_missing');
  });
  it('a difficulty level outside 1–5', () => {
    for (const level of [0, 6, 2.5]) {
      const q = base();
      q.difficulty.level = level;
      issueAt(q, ['difficulty', 'level'], 'quote.level_range');
    }
    const section = base();
    section.sections[0].difficultyLevel = 9;
    issueAt(section, ['sections', 0, 'difficultyLevel'], 'quote.level_range');
  });
  it('an unknown format version', () => {
    const q = base();
    q.format = 'workbench.quote/2';
    const issue = issueAt(q, ['format'], 'quote.unsupported_format');
    expect(issue.message.en).toContain('workbench.quote/1');
    const missing = base();
    delete missing.format;
    issueAt(missing, ['format'], 'quote.unsupported_format');
  });
  it('invalid dates', () => {
    const q = base();
    q.sections[0].lines[0].market = { unitPrice: 1, source: 's', date: '2026-02-30' };
    issueAt(q, [...LINE, 'market', 'date'], 'common.invalid_date');
    const until = base();
    until.validUntil = '2026/06/30';
    issueAt(until, ['validUntil'], 'common.invalid_date');
  });
  it('texts over their limits, and blank required texts', () => {
    const title = base();
    title.title = '报'.repeat(201);
    expect(issueAt(title, ['title'], 'quote.text_too_long').message.en).toContain('200');
    const longTitle = base();
    longTitle.title = '报'.repeat(200);
    expect(validate(quoteInterchangeSchema, longTitle).ok).toBe(true);
    const rationale = base();
    rationale.difficulty.rationale = 'x'.repeat(2001);
    issueAt(rationale, ['difficulty', 'rationale'], 'quote.text_too_long');
    const reason = base();
    reason.discount.reason = 'x'.repeat(2001);
    issueAt(reason, ['discount', 'reason'], 'quote.text_too_long');
    const condition = base();
    condition.discount.condition = 'x'.repeat(2001);
    issueAt(condition, ['discount', 'condition'], 'quote.text_too_long');
    const blank = base();
    blank.sections[0].lines[0].role = '  ';
    expect(issueAt(blank, [...LINE, 'role'], 'quote.text_required').message['zh-CN']).toContain('岗位');
  });
  it('more than 200 sections', () => {
    const q = base();
    q.sections = Array.from({ length: 201 }, (_, i) => ({ title: `章节 ${i}`, lines: [] }));
    issueAt(q, ['sections'], 'quote.too_many_sections');
  });
  it('more than 10,000 lines in total', () => {
    const q = base();
    const line = { kind: 'item', description: 'x', quantity: '1', unitPrice: 1, unitCost: 0 };
    q.sections = [
      { title: 'a', lines: Array.from({ length: 5000 }, () => line) },
      { title: 'b', lines: Array.from({ length: 5001 }, () => line) },
    ];
    expect(issueAt(q, ['sections'], 'quote.too_many_lines').message.en).toContain('10001');
  });
  it('amounts beyond the exact range', () => {
    const q = base();
    q.sections[0].lines[1].quantity = '1000';
    q.sections[0].lines[1].unitPrice = 2 ** 50;
    issueAt(q, ITEM, 'quote.amount_too_large');
  });
  it('an unsupported currency and an unknown line kind (zod’s own words, both languages)', () => {
    const q = base();
    q.currency = 'BTC';
    expect(refuse(q)[0]).toMatchObject({ path: ['currency'], code: 'invalid_value' });
    const kind = base();
    kind.sections[0].lines[0].kind = 'travel';
    const issue = refuse(kind)[0]!;
    expect(issue.path).toEqual([...LINE, 'kind']);
    expect(issue.message['zh-CN']).not.toBe(issue.message.en);
  });
});

describe('quoteDefaultsSchema', () => {
  it('accepts the built-in defaults', () => {
    expect(quoteDefaultsSchema.parse(BUILTIN_QUOTE_DEFAULTS)).toEqual({
      difficultyMultipliers: { '1': '0.90', '2': '1.00', '3': '1.15', '4': '1.30', '5': '1.50' },
      hoursPerDay: '8',
      taxPercent: '0',
      marginFloorPercent: '30',
    });
  });
  it('refuses what the settings screen must refuse, with our words', () => {
    const result = validate(quoteDefaultsSchema, {
      ...BUILTIN_QUOTE_DEFAULTS,
      difficultyMultipliers: { ...BUILTIN_QUOTE_DEFAULTS.difficultyMultipliers, '3': '0' },
      hoursPerDay: '25',
      taxPercent: '6.125',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.path.join('.'), i.code])).toEqual([
      ['difficultyMultipliers.3', 'quote.decimal_not_positive'],
      ['hoursPerDay', 'quote.decimal_too_large'],
      ['taxPercent', 'quote.decimal_too_many_places'],
    ]);
  });
});

describe('moneyInputSchema (quote editor)', () => {
  it('turns typed text into minor units', () => {
    expect(validate(moneyInputSchema('CNY'), '12,345.67')).toEqual({ ok: true, data: 1234567 });
  });
  it('words its refusals from the catalogue', () => {
    const cases: [string, 'CNY' | 'JPY', string][] = [
      ['12.345', 'CNY', 'quote.money_input_too_many_decimals'],
      ['12.5', 'JPY', 'quote.money_input_no_decimals'],
      ['abc', 'CNY', 'quote.money_input_invalid'],
      ['-1', 'CNY', 'quote.money_input_negative'],
      ['', 'CNY', 'common.required'],
      ['99999999999999999', 'CNY', 'quote.money_input_too_large'],
    ];
    for (const [text, currency, code] of cases) {
      const result = validate(moneyInputSchema(currency), text);
      expect(result.ok, text).toBe(false);
      if (!result.ok) {
        expect(result.issues[0]!.code).toBe(code);
        expect(result.issues[0]!.message['zh-CN']).not.toMatch(/无效输入|\{/);
      }
    }
  });
});

describe('the message catalogue', () => {
  it('has both languages for every key, with the same placeholders', () => {
    const names = (t: string) => new Set([...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]));
    for (const [key, text] of Object.entries(quoteMessages)) {
      expect(text['zh-CN'], key).toMatch(/[\u4e00-\u9fff]/);
      expect(text.en, key).toMatch(/[a-z]/);
      // Both name the field by its label in their own language, and carry the same variables.
      expect([...names(text.en)].sort(), key).toEqual([...names(text['zh-CN'])].sort());
    }
  });
});
