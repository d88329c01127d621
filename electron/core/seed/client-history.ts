import type { Kysely } from 'kysely';
import { computeQuote } from '@shared/quote';
import { addDays } from '@shared/analytics/care';
import type { User } from '@shared/contract';
import type { Lang } from '@shared/i18n/lang';
import type { Database } from '../db/schema';
import { insertQuote } from '../repos/quotes';
import { affordable, distinctTitle, generateQuote, type GeneratedClient } from './generate';
import { preCommunication, SELF_CHECK } from './proposal-demo';
import { lifeWords, lossOf, pick, standardSections, type ProposalPlan } from './proposal-lives';
import { createRandom, type Random } from './random';
import { atLocal, isoAtLocal } from './clock';

/**
 * The client area of the demo agency: type matrix, tags, top management, care dates, three years
 * of won and lost proposals, visits, complaints, surveys and key accounts, so that every analytics
 * screen has something true to show. Deterministic (its own seeded PRNG), and it leaves the rest
 * of the demo's generated data untouched.
 *
 * Each client gets a profile, by position, so the figures tell stories an account lead recognises:
 * a big client squeezed by discounts (the biggest is not the most profitable), a steady profitable
 * one, dozing and asleep ones, one with open complaints, one dissatisfied.
 */
interface Profile {
  /** Won projects over the last three years, and how many of them in the last year. */
  won: number;
  recentWon: number;
  lost: number;
  /** Discount percent on the history quotes ("0" for none). */
  discount: string;
  /** Days since the last project / visit. */
  quietDays: number;
  character: 'high' | 'low';
  professionalism: 'high' | 'low';
  topManagement: boolean;
  openComplaint: boolean;
  /** Survey experience shortfall on one dimension (0 = none). */
  weakDimension: 'professional' | 'value' | 'personal' | 'dedication' | null;
  keyAccount: boolean;
  tags: string[];
  relatedSales: number;
  /** Lines per quote: a bigger client buys bigger projects. */
  lines?: number;
}

const PROFILES: Profile[] = [
  {
    won: 16,
    recentWon: 8,
    lines: 18,
    lost: 3,
    discount: '25',
    quietDays: 10,
    character: 'low',
    professionalism: 'high',
    topManagement: true,
    openComplaint: true,
    weakDimension: 'value',
    keyAccount: true,
    tags: ['年度框架', '压价'],
    relatedSales: 80_000_00,
  },
  {
    won: 10,
    recentWon: 4,
    lost: 0,
    discount: '0',
    quietDays: 5,
    character: 'high',
    professionalism: 'high',
    topManagement: true,
    openComplaint: false,
    weakDimension: null,
    keyAccount: true,
    tags: ['战略客户'],
    relatedSales: 120_000_00,
  },
  {
    won: 6,
    recentWon: 3,
    lost: 1,
    discount: '5',
    quietDays: 20,
    character: 'high',
    professionalism: 'low',
    topManagement: false,
    openComplaint: false,
    weakDimension: 'professional',
    keyAccount: false,
    tags: ['成长型'],
    relatedSales: 0,
  },
  {
    won: 5,
    recentWon: 1,
    lost: 2,
    discount: '0',
    quietDays: 120,
    character: 'high',
    professionalism: 'high',
    topManagement: true,
    openComplaint: false,
    weakDimension: null,
    keyAccount: false,
    tags: [],
    relatedSales: 30_000_00,
  },
  {
    won: 3,
    recentWon: 0,
    lost: 0,
    discount: '0',
    quietDays: 240,
    character: 'low',
    professionalism: 'low',
    topManagement: false,
    openComplaint: false,
    weakDimension: 'dedication',
    keyAccount: true,
    tags: ['待评估'],
    relatedSales: 0,
  },
  {
    won: 2,
    recentWon: 0,
    lost: 1,
    discount: '0',
    quietDays: 420,
    character: 'low',
    professionalism: 'high',
    topManagement: false,
    openComplaint: false,
    weakDimension: null,
    keyAccount: false,
    tags: [],
    relatedSales: 0,
  },
  {
    won: 7,
    recentWon: 3,
    lost: 0,
    discount: '3',
    quietDays: 30,
    character: 'high',
    professionalism: 'high',
    topManagement: true,
    openComplaint: false,
    weakDimension: 'personal',
    keyAccount: false,
    tags: ['新锐品牌'],
    relatedSales: 20_000_00,
  },
  {
    won: 4,
    recentWon: 2,
    lost: 2,
    discount: '10',
    quietDays: 45,
    character: 'high',
    professionalism: 'low',
    topManagement: true,
    openComplaint: true,
    weakDimension: null,
    keyAccount: false,
    tags: ['政府关系'],
    relatedSales: 0,
  },
];

const DECISION_PROCESS = [
  '市场部提需求，品牌总监初审，副总裁终审；年度框架由采购部比价。',
  '创始人直接拍板，市场经理负责执行对接。',
  '区域公司提案，总部品牌委员会每月集中评审一次。',
];
const VISIT_PURPOSES = ['季度回顾', '新年度需求沟通', '项目复盘', '节日拜访', '高层引荐'];
const COMPLAINTS = ['活动现场物料延误半天', '周报数据口径前后不一致', '设计稿修改响应慢', '媒体排期未提前确认'];

function score(r: Random, low: number, high: number): number {
  return r.int(low, high);
}

function surveyFor(r: Random, weak: Profile['weakDimension']) {
  const dims = ['professional', 'value', 'personal', 'dedication'] as const;
  const dimensions = Object.fromEntries(
    dims.map((d) => {
      const expectation = score(r, 7, 9);
      const experience = d === weak ? expectation - score(r, 2, 3) : expectation + score(r, 0, 1);
      return [d, { expectation, experience: Math.min(10, Math.max(1, experience)) }];
    }),
  );
  const aspects = Object.fromEntries(
    ['product', 'service', 'relationship', 'convenience', 'brand', 'price'].map((a) => [
      a,
      { importance: score(r, 4, 10), performance: score(r, 4, 9) },
    ]),
  );
  return { dimensions: JSON.stringify(dimensions), aspects: JSON.stringify(aspects) };
}

/** The profile of the i-th client: the first ones get the stories, later ones repeat the modest profiles, never the big one. */
function profileOf(i: number): Profile {
  return PROFILES[i < PROFILES.length ? i : 2 + (i % (PROFILES.length - 2))]!;
}

export interface ClientHistoryOptions {
  /** Who owns the i-th client's account (and its proposals, visits, complaints). */
  ownerOf(i: number): User;
  /** The project titles already used in the demo (the history's are added). */
  titles: Set<string>;
  at: string;
  today: string;
  seed: number;
  language: Lang;
}

/**
 * The clients' profiles and three years of history. The won and lost proposals come back as plans
 * (their quotes written), to be lived through the proposal calls with the rest of the demo.
 */
export async function seedClientHistory(
  db: Kysely<Database>,
  o: ClientHistoryOptions,
): Promise<{ plans: ProposalPlan[]; quietDays(i: number): number; losses: number }> {
  const r = createRandom(o.seed + 5);
  const clients = await db
    .selectFrom('clients')
    .select(['id', 'name', 'industry', 'price_sensitivity'])
    .orderBy('id')
    .execute();
  const words = lifeWords(o.language);
  const plans: ProposalPlan[] = [];
  let losses = 0;
  for (const [i, c] of clients.entries()) {
    const p = profileOf(i);
    const owner = o.ownerOf(i);
    await db
      .updateTable('clients')
      .set({
        character_level: p.character,
        professionalism_level: p.professionalism,
        decision_process: DECISION_PROCESS[i % DECISION_PROCESS.length]!,
        tags: JSON.stringify(p.tags),
        // One paused and one let-go client; the profiled ones are served.
        status: i === clients.length - 1 ? 'let_go' : i === 8 ? 'paused' : 'active',
        related_sales: p.relatedSales,
        // The relationship began before its first project.
        created_at: isoAtLocal(addDays(o.today, -1200), 10),
      })
      .where('id', '=', c.id)
      .execute();
    const contacts = await db.selectFrom('contacts').select('id').where('client_id', '=', c.id).orderBy('id').execute();
    for (const [k, contact] of contacts.entries()) {
      await db
        .updateTable('contacts')
        .set({
          wechat: `wx_${c.id}_${k + 1}`,
          top_management: p.topManagement && k === 0 ? 1 : 0,
          ...(p.topManagement && k === 0 ? { role: '首席执行官' } : {}),
        })
        .where('id', '=', contact.id)
        .execute();
    }
    if (i % 3 === 0)
      await db
        .insertInto('client_dates')
        .values({
          client_id: c.id,
          label: pick(o.language, '品牌周年庆', 'Brand anniversary'),
          date: `2015-${addDays(o.today, 12 + i).slice(5)}`,
        })
        .execute();

    const generated: GeneratedClient = {
      name: c.name,
      industry: c.industry,
      status: 'active',
      priceSensitivity: c.price_sensitivity,
      contacts: [],
    };
    const outcomes = [
      ...Array.from({ length: p.won }, (_, k) => ({ status: 'won' as const, recent: k < p.recentWon })),
      ...Array.from({ length: p.lost }, () => ({ status: 'lost' as const, recent: true })),
    ];
    const drafts = outcomes.map((outcome, k) => {
      // Recent ones within the last year (but not closer than the profile's quiet days), older ones up to three years back.
      const daysAgo =
        outcome.recent && p.quietDays < 360
          ? Math.min(360, p.quietDays + k * 23 + r.int(0, 10))
          : Math.max(p.quietDays, 370 + r.int(0, 700));
      const decided = addDays(o.today, -daysAgo);
      const doc = generateQuote(r, generated, decided, p.lines);
      const withDiscount =
        p.discount === '0'
          ? { ...doc, discount: undefined }
          : { ...doc, discount: { percent: p.discount, reason: '客户要求降价', condition: '承诺续签年度框架' } };
      return { k, outcome, decided, document: affordable(withDiscount, decided) };
    });
    // A project repeated in a year is named its next phase in the order the projects happened.
    for (const d of [...drafts].sort((a, b) => a.decided.localeCompare(b.decided) || a.k - b.k))
      d.document = distinctTitle(d.document, o.titles);
    for (const { k, outcome, decided, document } of drafts) {
      const created = isoAtLocal(addDays(decided, -21), 11);
      const quoteId = await insertQuote(db, {
        clientId: c.id,
        ownerId: owner.id,
        document,
        computed: computeQuote(document, { today: decided }),
        at: created,
      });
      plans.push({
        ...words,
        clientId: c.id,
        quoteId,
        title: document.title,
        owner,
        sections: standardSections(c.name, c.industry, document.title),
        preCommunication: preCommunication(o.language, addDays(decided, -19)),
        preCommunicatedStatus: false,
        selfCheck: SELF_CHECK,
        outcome: outcome.status,
        created: new Date(created),
        // Some went out twice: a second version after the client's feedback.
        versions: k % 6 === 1 ? 2 : 1,
        decided: atLocal(decided, 16),
        ...(outcome.status === 'lost' ? { loss: lossOf(o.language, losses++) } : {}),
      });
    }
    const visits = p.quietDays > 100 ? 1 : r.int(2, 4);
    for (let v = 0; v < visits; v++) {
      await db
        .insertInto('visits')
        .values({
          client_id: c.id,
          contact_id: contacts[v % Math.max(1, contacts.length)]?.id ?? null,
          visited_on: addDays(o.today, -(p.quietDays + v * 40 + r.int(0, 7))),
          purpose: VISIT_PURPOSES[(i + v) % VISIT_PURPOSES.length]!,
          plan: '回顾上季度执行效果，了解下季度预算与重点。',
          outcome: '客户认可执行质量，希望加强数据复盘。',
          next_step: '两周内提交下季度传播规划初稿。',
          owner_id: owner.id,
          created_at: o.at,
        })
        .execute();
    }
    // A quiet client's complaints and surveys date from before it went quiet: they are contact.
    const quietFrom = p.quietDays > 60 ? p.quietDays : 0;
    if (p.openComplaint || i % 4 === 1) {
      const received = addDays(o.today, -(quietFrom + r.int(15, 200)));
      await db
        .insertInto('complaints')
        .values({
          client_id: c.id,
          received_on: received,
          received_by: '客户经理',
          responder_id: owner.id,
          severity: p.openComplaint ? 'high' : 'medium',
          description: COMPLAINTS[i % COMPLAINTS.length]!,
          resolution: p.openComplaint ? '' : '当天致电道歉，补发物料并调整流程。',
          resolved_on: p.openComplaint ? null : addDays(received, r.int(1, 6)),
          created_at: o.at,
        })
        .execute();
    }
    for (let s = 0; s < (i % 5 === 4 ? 0 : 2); s++) {
      await db
        .insertInto('surveys')
        .values({
          client_id: c.id,
          surveyed_on: addDays(o.today, -(Math.max(30, quietFrom) + s * 180)),
          ...surveyFor(r, s === 0 ? p.weakDimension : null),
          note: s === 0 ? '年度满意度回访' : '半年度回访',
          created_at: o.at,
        })
        .execute();
    }
    if (p.keyAccount)
      await db
        .insertInto('key_accounts')
        .values({
          client_id: c.id,
          added_at: isoAtLocal(addDays(o.today, -400), 10),
          added_by: o.ownerOf(0).id,
          add_reason: '年度利润贡献前列，高层关系稳定',
        })
        .execute();
  }
  return { plans, quietDays: (i) => profileOf(i).quietDays, losses };
}
