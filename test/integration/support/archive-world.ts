import type { ProposalDetail, QuoteRecord } from '@shared/contract';
import type { QuoteInterchange } from '@shared/quote';
import { openTestCore, type TestCore } from './core';
import { saveArgs, withText } from './proposal-world';

/**
 * A small archive written through the real handlers, with words chosen so every query's exact set
 * of hits is known: two clients, three quotes, two proposals, the first sent twice (v1, v2).
 */
export interface ArchiveWorld {
  t: TestCore;
  acme: number;
  xinghe: number;
  q1: QuoteRecord;
  q2: QuoteRecord;
  p1: ProposalDetail;
  p2: ProposalDetail;
  /** Search and return the sorted keys of the hits. */
  keys(query: string, filters?: Record<string, unknown>): Promise<string[]>;
}

export function quoteDocument(
  title: string,
  section: string,
  role: string,
  item: string,
  days = '2',
): QuoteInterchange {
  return {
    format: 'workbench.quote/1',
    title,
    currency: 'CNY',
    difficulty: { level: 2, rationale: '' },
    sections: [
      {
        title: section,
        lines: [
          { kind: 'labor', id: 'l1', role, headcount: '1', days, rate: 300000, costRate: 100000 },
          { kind: 'item', id: 'l2', description: item, quantity: '1', unit: '项', unitPrice: 500000, unitCost: 200000 },
        ],
      },
    ],
  } as QuoteInterchange;
}

const CLIENT = {
  industry: '快消',
  status: 'active',
  priceSensitivity: 'sensitive',
  ownerId: null,
  decisionProcess: '',
  character: 'high',
  professionalism: 'high',
  tags: [],
  relatedSales: 0,
  contacts: [],
  dates: [],
};

export const PRE_COMM = {
  date: '2026-11-20',
  channel: 'meeting',
  withWhom: '张伟',
  costAgreed: '预算内',
  disputedPoints: '',
} as const;

export async function send(t: TestCore, p: ProposalDetail): Promise<ProposalDetail> {
  const r = await t.ok<{ proposal: ProposalDetail }>('proposals.send', {
    id: p.id,
    revision: p.revision,
    acknowledgeWarnings: true,
  });
  return r.proposal;
}

export async function openArchiveWorld(): Promise<ArchiveWorld> {
  let clock = Date.parse('2026-11-23T08:00:00.000Z');
  // Each call a minute later, so versions and status changes have distinct times.
  const t = await openTestCore(() => new Date((clock += 60_000)));
  await t.ok('workspace.setup', { mode: 'empty', adminName: '王经理', companyName: '星火传播', language: 'zh-CN' });
  const xinghe = (await t.ok<{ id: number }>('clients.save', { ...CLIENT, name: '星河乳业' })).id;
  const acme = (await t.ok<{ id: number }>('clients.save', { ...CLIENT, name: 'Acme Foods' })).id;
  const q1 = await t.ok<QuoteRecord>('quotes.create', {
    clientId: xinghe,
    title: '品牌发布会报价',
    document: quoteDocument('品牌发布会报价', '活动执行', '高级策划', '场地租赁'),
  });
  const q2 = await t.ok<QuoteRecord>('quotes.create', {
    clientId: acme,
    title: 'Crisis PR retainer',
    document: quoteDocument(
      'Crisis PR retainer',
      'Monitoring',
      'Senior consultant',
      '舆情监测 Media monitoring (24/7) "NEAR" real-time',
    ),
  });
  let p1 = await t.ok<ProposalDetail>('proposals.create', {
    clientId: xinghe,
    title: '2027 品牌焕新提案',
    quoteId: q1.id,
  });
  let sections = withText(p1.sections, 'situation', '年轻消费者认知不足。');
  sections = withText(sections, 'solution', '整合线上线下传播，统一品牌信息。');
  p1 = await t.ok<ProposalDetail>('proposals.save', saveArgs(p1, { sections, preCommunication: PRE_COMM }));
  p1 = await send(t, p1);
  sections = withText(p1.sections, 'solution', '整合线上线下传播，增加直播环节。');
  p1 = await t.ok<ProposalDetail>('proposals.save', saveArgs(p1, { sections }));
  p1 = await send(t, p1);
  let p2 = await t.ok<ProposalDetail>('proposals.create', {
    clientId: acme,
    title: 'Brand launch for Acme',
    quoteId: q2.id,
  });
  p2 = await t.ok<ProposalDetail>(
    'proposals.save',
    saveArgs(p2, { sections: withText(p2.sections, 'solution', 'Integrated launch campaign with influencers.') }),
  );
  return {
    t,
    acme,
    xinghe,
    q1,
    q2,
    p1,
    p2,
    async keys(query, filters = {}) {
      const r = await t.ok<{ hits: { key: string }[] }>('archive.search', { query, filters, sort: 'relevance' });
      return r.hits.map((h) => h.key).sort();
    },
  };
}
