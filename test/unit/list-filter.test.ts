import { describe, expect, it } from 'vitest';
import { matches, NO_FILTERS, sortRows, type RowFacts } from '../../shared/lists/filter';

const row = (patch: Partial<RowFacts> = {}): RowFacts => ({
  text: ['品牌焕新发布会报价', '星河乳业', '王芳'],
  client: '星河乳业',
  owner: '王芳',
  status: 'won',
  updatedAt: '2026-11-20T04:00:00.000Z',
  amount: { minor: 12_345_600, currency: 'CNY' },
  ...patch,
});

describe('list filters (pure)', () => {
  it('search matches every word, case-insensitively, across title, client and owner', () => {
    expect(matches(row(), { ...NO_FILTERS, search: '星河 发布会' })).toBe(true);
    expect(matches(row({ text: ['Brand Launch'] }), { ...NO_FILTERS, search: 'launch' })).toBe(true);
    expect(matches(row(), { ...NO_FILTERS, search: '星河 春季' })).toBe(false);
  });

  it('client, owner and status are exact; a row without an owner fails an owner filter', () => {
    expect(matches(row(), { ...NO_FILTERS, client: '星河乳业', status: 'won' })).toBe(true);
    expect(matches(row(), { ...NO_FILTERS, status: 'lost' })).toBe(false);
    expect(matches(row({ owner: null }), { ...NO_FILTERS, owner: '王芳' })).toBe(false);
  });

  it('amount bounds are inclusive and exact to the fen; a row without an amount fails a bound', () => {
    expect(matches(row(), { ...NO_FILTERS, min: '123,456.00', max: '123456' })).toBe(true);
    expect(matches(row(), { ...NO_FILTERS, min: '123456.01' })).toBe(false);
    expect(matches(row({ amount: null }), { ...NO_FILTERS, min: '1' })).toBe(false);
    // A bound that is not an amount is ignored (the bar marks it), not read as 0.
    expect(matches(row(), { ...NO_FILTERS, max: '很多' })).toBe(true);
  });

  it('the date range is inclusive on the local day', () => {
    const day = new Date('2026-11-20T04:00:00.000Z');
    const local = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
    expect(matches(row(), { ...NO_FILTERS, from: local, to: local })).toBe(true);
    expect(matches(row(), { ...NO_FILTERS, from: '2026-12-01' })).toBe(false);
  });

  it('sorts numbers as numbers and Chinese by the collator, empty last both ways, stable on ties', () => {
    const rows = [
      { n: 10, s: 'b' },
      { n: null, s: 'a' },
      { n: 9, s: 'c' },
      { n: 10, s: 'd' },
    ];
    const by = (r: (typeof rows)[number], c: string) => (c === 'n' ? r.n : r.s);
    expect(sortRows(rows, { column: 'n', direction: 'desc' }, by).map((r) => r.s)).toEqual(['b', 'd', 'c', 'a']);
    expect(sortRows(rows, { column: 'n', direction: 'asc' }, by).map((r) => r.s)).toEqual(['c', 'b', 'd', 'a']);
    expect(sortRows(rows, null, by)).toBe(rows);
  });
});
