import type { ProposalDetail } from '@shared/contract';
import type { QuoteInterchange } from '@shared/quote';
import type { Workbench } from '../harness';

/**
 * The archive's data for the browser tests and screenshots, written through the API as a user's
 * clicks would: two clients, a proposal sent as v1 and again as v2 (text and quote changed), a
 * second proposal won, a third lost on price.
 */
function quote(title: string, days: string, extra?: { description: string; unitPrice: number }): QuoteInterchange {
  return {
    format: 'workbench.quote/1',
    title,
    currency: 'CNY',
    difficulty: { level: 2, rationale: '' },
    sections: [
      {
        title: '策划与执行',
        lines: [
          { kind: 'labor', id: 'a', role: '高级策划', headcount: '2', days, rate: 280000, costRate: 150000 },
          { kind: 'labor', id: 'b', role: '设计师', headcount: '1', days: '3', rate: 160000, costRate: 90000 },
          {
            kind: 'item',
            id: 'c',
            description: '场地租赁',
            quantity: '1',
            unit: '场',
            unitPrice: 1200000,
            unitCost: 1000000,
          },
          ...(extra
            ? [
                {
                  kind: 'item' as const,
                  id: 'd',
                  description: extra.description,
                  quantity: '1',
                  unit: '场',
                  unitPrice: extra.unitPrice,
                  unitCost: 200000,
                },
              ]
            : []),
        ],
      },
    ],
  };
}

const paragraph = (text: string) => [{ type: 'paragraph' as const, runs: [{ text }] }];
const PRE_COMM = {
  date: '2026-11-20',
  channel: 'meeting',
  withWhom: '市场总监张伟',
  costAgreed: '总价在预算内',
  disputedPoints: '',
} as const;

export interface ArchiveWorldIds {
  proposalId: number;
  clientId: number;
  otherClientId: number;
}

export async function seedArchiveWorld(wb: Workbench): Promise<ArchiveWorldIds> {
  const client = (name: string) =>
    wb.call('clients.save', {
      name,
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
    } as never);
  const clientId = (await client('星河乳业')).id;
  const otherClientId = (await client('青禾茶饮')).id;
  const withSections = (p: ProposalDetail, texts: Partial<Record<string, string>>) =>
    p.sections.map((s) => (texts[s.key] ? { ...s, blocks: paragraph(texts[s.key]!) } : s));
  const save = (p: ProposalDetail, changes: Record<string, unknown>) =>
    wb.call('proposals.save', {
      id: p.id,
      revision: p.revision,
      title: p.title,
      quoteId: p.quote?.id ?? null,
      sections: p.sections,
      preCommunication: p.preCommunication,
      selfCheck: p.selfCheck,
      ...changes,
    } as never);
  const send = async (p: ProposalDetail) =>
    (await wb.call('proposals.send', { id: p.id, revision: p.revision, acknowledgeWarnings: true })).proposal;

  const q = await wb.call('quotes.create', {
    clientId,
    title: '品牌焕新发布会报价',
    document: quote('品牌焕新发布会报价', '3') as never,
  });
  let p = await wb.call('proposals.create', { clientId, title: '2027 品牌焕新发布会提案', quoteId: q.id });
  p = await save(p, {
    preCommunication: PRE_COMM,
    sections: withSections(p, {
      situation: '星河乳业在年轻消费者中的认知度不足，线上声量分散。',
      solution: '整合线上线下传播，统一品牌信息，以发布会为核心事件。',
      effect: '预计品牌搜索指数提升 30%。',
    }),
  });
  p = await send(p);
  const q2 = await wb.call('quotes.get', { id: q.id });
  await wb.call('quotes.save', {
    id: q.id,
    revision: q2.revision,
    clientId,
    ownerId: q2.ownerId,
    document: quote('品牌焕新发布会报价', '4', { description: '直播搭建', unitPrice: 450000 }) as never,
    lineMeta: {},
  } as never);
  p = await wb.call('proposals.get', { id: p.id });
  p = await save(p, {
    sections: withSections(p, {
      solution: '整合线上线下传播，增加直播环节，以发布会为核心事件。',
      effect: '预计品牌搜索指数提升 40%，直播观看 200 万人次。',
    }),
  });
  p = await send(p);

  // A won pitch and a lost one, so the pipeline has something to count.
  for (const [title, to] of [
    ['年度社交媒体运营提案', 'won'],
    ['经销商大会策划提案', 'lost'],
  ] as const) {
    const qq = await wb.call('quotes.create', {
      clientId: otherClientId,
      title: `${title}报价`,
      document: quote(`${title}报价`, '2') as never,
    });
    let pp = await wb.call('proposals.create', { clientId: otherClientId, title, quoteId: qq.id });
    pp = await save(pp, {
      preCommunication: PRE_COMM,
      sections: withSections(pp, { solution: '以内容共创和 KOL 合作带动声量。' }),
    });
    pp = await send(pp);
    await wb.call(
      'proposals.transition',
      to === 'lost' ? { id: pp.id, to, reasonCode: 'price', note: '客户选择了更低报价' } : { id: pp.id, to },
    );
  }
  return { proposalId: p.id, clientId, otherClientId };
}
