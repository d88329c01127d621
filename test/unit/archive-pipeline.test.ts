import { describe, expect, it } from 'vitest';
import {
  buildPipeline,
  marginDistribution,
  periodOf,
  proposalTypes,
  rate,
  type PipelineProposal,
} from '@shared/archive/pipeline';
import { buildTimeline } from '@shared/archive/timeline';

const row = (p: Partial<PipelineProposal> & Pick<PipelineProposal, 'id' | 'status'>): PipelineProposal => ({
  clientId: 1,
  clientName: '星河乳业',
  ownerId: 1,
  ownerName: '王芳',
  date: '2026-01-10',
  decidedAt: null,
  lostReason: null,
  currency: 'CNY',
  amount: 100000,
  marginPercent: '35.0',
  discount: 0,
  discountReason: null,
  // The outcome follows the status unless the row says otherwise (an archived win).
  outcome: p.status === 'won' || p.status === 'lost' ? p.status : null,
  ...p,
});

describe('pipeline arithmetic', () => {
  it('names periods', () => {
    expect(periodOf('2026-05-03T01:00:00Z', 'month')).toBe('2026-05');
    expect(periodOf('2026-05-03', 'quarter')).toBe('2026-Q2');
    expect(periodOf('2026-12-31', 'quarter')).toBe('2026-Q4');
    expect(periodOf('2026-05-03', 'year')).toBe('2026');
  });

  it('computes a win rate over decided proposals only', () => {
    expect(rate(0, 0)).toBeNull();
    expect(rate(1, 2)).toBe('33.3');
    expect(rate(2, 1)).toBe('66.7');
  });

  it('tells new business from an existing client’s work', () => {
    const rows = [
      row({ id: 1, status: 'won', date: '2026-01-01', decidedAt: '2026-02-01' }),
      row({ id: 2, status: 'sent', date: '2026-03-01' }),
      row({ id: 3, status: 'sent', date: '2026-01-15' }),
      row({ id: 4, clientId: 2, status: 'lost', date: '2026-03-01' }),
    ];
    expect([...proposalTypes(rows).entries()]).toEqual([
      [1, 'new_business'],
      [2, 'existing_client'],
      [3, 'new_business'],
      [4, 'new_business'],
    ]);
  });

  it('buckets margins, with the bounds belonging to the bucket above', () => {
    expect(marginDistribution([-5, 0, 9.9, 10, 30, 55]).map((b) => b.count)).toEqual([1, 2, 1, 0, 1, 0, 1]);
  });

  it('builds the whole pipeline in one currency', () => {
    const rows = [
      row({
        id: 1,
        status: 'won',
        decidedAt: '2026-02-01',
        amount: 300000,
        marginPercent: '40.0',
        discount: 10000,
        discountReason: '年度框架',
      }),
      row({
        id: 2,
        status: 'lost',
        lostReason: 'price',
        amount: 200000,
        marginPercent: '20.0',
        ownerId: 2,
        ownerName: '陈磊',
        date: '2026-04-02',
      }),
      row({
        id: 3,
        status: 'sent',
        amount: 500000,
        marginPercent: null,
        discount: 5000,
        discountReason: '年度框架',
        date: '2026-04-03',
      }),
      row({
        id: 4,
        status: 'negotiating',
        currency: 'USD',
        amount: 999,
        marginPercent: '90.0',
        clientId: 2,
        clientName: 'Acme',
      }),
    ];
    const p = buildPipeline({
      proposals: rows,
      quotes: [
        { date: '2026-01-02', currency: 'CNY', deviationPercent: '10.0' },
        { date: '2026-02-02', currency: 'CNY', deviationPercent: '20.0' },
        { date: '2026-04-02', currency: 'CNY', deviationPercent: null },
      ],
      currency: 'CNY',
      period: 'quarter',
    });
    expect(p.otherCurrency).toBe(1);
    expect(p.winRate.overall).toMatchObject({ won: 1, lost: 1, open: 2, winRate: '50.0' });
    expect(p.winRate.byOwner.map((r) => [r.label, r.winRate])).toEqual([
      ['王芳', '100.0'],
      ['陈磊', '0.0'],
    ]);
    expect(p.winRate.byPeriod.map((r) => [r.key, r.won, r.lost, r.open])).toEqual([
      ['2026-Q1', 1, 0, 1],
      ['2026-Q2', 0, 1, 1],
    ]);
    expect(p.valueByStatus.filter((s) => s.count > 0)).toEqual([
      { status: 'sent', count: 1, value: 500000 },
      { status: 'won', count: 1, value: 300000 },
      { status: 'lost', count: 1, value: 200000 },
    ]);
    expect(p.margin.overall).toBe('30.0');
    expect(p.margin.byPeriod).toEqual([
      { key: '2026-Q1', label: '2026-Q1', count: 1, average: '40.0' },
      { key: '2026-Q2', label: '2026-Q2', count: 1, average: '20.0' },
    ]);
    expect(p.discounts).toEqual({
      count: 2,
      amount: 15000,
      byReason: [{ reason: '年度框架', count: 2, amount: 15000 }],
    });
    expect(p.lostReasons).toEqual([{ reason: 'price', count: 1 }]);
    expect(p.deviation).toEqual([{ period: '2026-Q1', count: 2, average: '15.0' }]);
  });
});

describe('timeline', () => {
  it('merges status changes, sends and approvals in time order', () => {
    const events = buildTimeline({
      changes: [
        {
          at: '2026-01-01T00:00:00Z',
          by: '王芳',
          from: null,
          to: 'draft',
          reasonCode: null,
          note: null,
          version: null,
        },
        { at: '2026-01-03T00:00:00Z', by: '王芳', from: 'draft', to: 'sent', reasonCode: null, note: null, version: 1 },
        {
          at: '2026-01-05T00:00:00Z',
          by: '王芳',
          from: 'sent',
          to: 'lost',
          reasonCode: 'price',
          note: '太贵',
          version: null,
        },
      ],
      versions: [{ number: 1, sentAt: '2026-01-03T00:00:00Z', total: 100, currency: 'CNY', marginPercent: '30.0' }],
      approvals: [
        {
          id: 7,
          requestedAt: '2026-01-02T00:00:00Z',
          requestedBy: '王芳',
          note: '战略客户',
          status: 'approved',
          decidedAt: '2026-01-03T00:00:00Z',
          decidedBy: '周敏',
          comment: null,
        },
      ],
    });
    expect(events.map((e) => e.kind)).toEqual(['status', 'approval_requested', 'approval_decided', 'sent', 'status']);
    expect(events[3]).toMatchObject({ kind: 'sent', version: 1, total: 100 });
    expect(events[4]).toMatchObject({ kind: 'status', to: 'lost', reasonCode: 'price' });
  });
});
