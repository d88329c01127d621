import type { Kysely } from 'kysely';
import type { Lang } from '@shared/i18n/lang';
import type { ProposalStatus } from '@shared/contract';
import { computeQuote, type QuoteInterchange } from '@shared/quote';
import type { Database } from '../db/schema';
import { insertClient, insertContacts } from '../repos/clients';
import { insertProposal } from '../repos/proposals';
import { insertQuote } from '../repos/quotes';
import { insertRateCardRoles } from '../repos/rate-card';
import { isoNow } from '../time';
import { seedClientHistory } from './client-history';
import { seedCollectionDemo } from './collection-demo';
import { seedProposalDemo } from './proposal-demo';
import { generateQuote, generateWorkspace, type GeneratedClient } from './generate';
import { seedMarketReferences } from './market-demo';

export interface DemoOptions {
  ownerId: number;
  now: Date;
  language: Lang;
  /** How many clients; the benchmarks ask for thousands, the demo for a dozen. */
  clients?: number;
  quotesPerClient?: number;
  seed?: number;
}

const STATUSES: ProposalStatus[] = ['draft', 'pre_communicated', 'sent', 'negotiating', 'won', 'lost', 'archived'];

function proposalSections(c: GeneratedClient, title: string) {
  return [
    { key: 'situation', text: `${c.name}在${c.industry}行业的品牌认知度处于第二梯队，年轻消费者触达不足。` },
    { key: 'problem', text: '传播渠道分散、信息不统一，导致投放效率低，品牌形象模糊。' },
    { key: 'solution', text: `以"${title}"为核心，整合线上线下渠道，统一品牌信息。` },
    { key: 'cost', text: '' },
    { key: 'plan', text: '第一阶段：调研与策划（2 周）；第二阶段：创意与制作（3 周）；第三阶段：执行与复盘（2 周）。' },
    { key: 'evaluation', text: '以曝光量、互动率、到场人数与销售线索数量评估。' },
    { key: 'effect', text: '预计品牌搜索指数提升 30%，活动曝光 5,000 万次。' },
  ];
}

/**
 * Fill a fresh workspace with a believable agency: clients with contacts, a rate card, quotes
 * computed by the same engine as everywhere else, and proposals in every status.
 */
export async function seedDemoWorkspace(db: Kysely<Database>, o: DemoOptions): Promise<void> {
  const at = isoNow(o.now);
  const today = at.slice(0, 10);
  const ws = generateWorkspace({ seed: o.seed ?? 2027, clients: o.clients ?? 12, today });
  await seedMarketReferences(db, today, at);
  await insertRateCardRoles(
    db,
    ws.rateCard.map((r) => ({
      role: r.role,
      currency: 'CNY',
      rate: r.rate,
      cost_rate: r.costRate,
      effective_from: `${today.slice(0, 4)}-01-01`,
    })),
  );
  let n = 0;
  for (const c of ws.clients) {
    const clientId = await insertClient(db, {
      name: c.name,
      industry: c.industry,
      status: c.status,
      price_sensitivity: c.priceSensitivity,
      owner_id: o.ownerId,
      created_at: at,
      updated_at: at,
    });
    await insertContacts(
      db,
      c.contacts.map((p) => ({
        client_id: clientId,
        name: p.name,
        role: p.role,
        phone: p.phone,
        email: p.email,
        birthday: p.birthday,
        decision_maker: p.decisionMaker ? 1 : 0,
      })),
    );
    for (let q = 0; q < (o.quotesPerClient ?? 2); q++) {
      const doc: QuoteInterchange = generateQuote(ws.random, c, today);
      const quoteId = await insertQuote(db, {
        clientId,
        ownerId: o.ownerId,
        document: doc,
        computed: computeQuote(doc, { today }),
        at,
      });
      await insertProposal(db, {
        client_id: clientId,
        quote_id: quoteId,
        title: doc.title,
        status: STATUSES[n++ % STATUSES.length]!,
        sections: JSON.stringify(proposalSections(c, doc.title)),
        owner_id: o.ownerId,
        created_at: at,
        updated_at: at,
      });
    }
  }
  await seedClientHistory(db, { ownerId: o.ownerId, at, today, seed: o.seed ?? 2027 });
  await seedProposalDemo(db, { ownerId: o.ownerId, now: o.now, at, language: o.language });
  await seedCollectionDemo(db, { ownerId: o.ownerId, at, today });
}
