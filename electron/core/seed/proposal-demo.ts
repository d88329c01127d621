import type { Kysely } from 'kysely';
import type { User } from '@shared/contract';
import { addDays } from '@shared/analytics/care';
import { localToday } from '@shared/dates/local';
import type { RichTextBlock, TextRun } from '@shared/export';
import type { Lang } from '@shared/i18n/lang';
import { editableSections, type EditableSection, type PreCommunication, type SelfCheck } from '@shared/proposal';
import { computeQuote, QUOTE_FORMAT, type QuoteInterchange } from '@shared/quote';
import type { Database } from '../db/schema';
import { insertContentBlock, insertTemplate } from '../repos/proposal-library';
import { insertQuote } from '../repos/quotes';
import { lifeWords, type ProposalPlan } from './proposal-lives';
import { isoAtLocal } from './clock';

/** Words in both languages; the demo speaks the one chosen at set-up. */
type Both = { zh: string; en: string };
const both = (zh: string, en: string): Both => ({ zh, en });

function texts(lang: Lang) {
  const w = (b: Both) => (lang === 'en' ? b.en : b.zh);
  const r = (text: string, bold = false): TextRun => (bold ? { text, bold } : { text });
  const para = (...runs: TextRun[]): RichTextBlock => ({ type: 'paragraph', runs });
  const h = (text: string): RichTextBlock => ({ type: 'heading', level: 1, runs: [r(text)] });
  const bullets = (...items: string[]): RichTextBlock => ({ type: 'bulletList', items: items.map((i) => [r(i)]) });
  const numbered = (...items: string[]): RichTextBlock => ({ type: 'numberedList', items: items.map((i) => [r(i)]) });
  return { w, r, para, h, bullets, numbered };
}

function richSections(lang: Lang, client: string, today: string): EditableSection[] {
  const { w, r, para, h, bullets, numbered } = texts(lang);
  const year = today.slice(0, 4);
  const sections = editableSections([]);
  const set = (key: EditableSection['key'], blocks: RichTextBlock[], notes: EditableSection['notes'] = []) => {
    const s = sections.find((x) => x.key === key)!;
    s.blocks = blocks;
    s.notes = notes;
  };
  set('situation', [
    para(
      r(w(both(`${client}的品牌认知度在本品类处于`, `${client}'s brand awareness sits in the `))),
      r(w(both('第二梯队', 'second tier')), true),
      r(w(both('，25 岁以下消费者触达明显不足。', ' of its category, with weak reach among consumers under 25.'))),
    ),
    {
      type: 'table',
      headerRow: true,
      rows: [
        [
          [r(w(both('指标', 'Measure')), true)],
          [r(w(both('现状', 'Today')), true)],
          [r(w(both('行业均值', 'Category average')), true)],
        ],
        [[r(w(both('品牌搜索指数', 'Brand search index')))], [r('3,200')], [r('5,100')]],
        [[r(w(both('25 岁以下人群占比', 'Share of buyers under 25')))], [r('18%')], [r('31%')]],
      ],
    },
  ]);
  set(
    'problem',
    [
      h(w(both('核心问题', 'The core problem'))),
      bullets(
        w(both('传播渠道分散，信息不统一', 'Channels are scattered and the message is inconsistent')),
        w(both('投放以曝光为主，缺少转化追踪', 'Media buys chase reach without tracking conversion')),
      ),
      para(
        r(
          w(
            both(
              '若不调整，预计明年市场份额继续下滑 2–3 个百分点。',
              'Left as it is, share is expected to slip another 2–3 points next year.',
            ),
          ),
          false,
        ),
      ),
    ],
    [
      {
        point: w(both('份额下滑 2–3 个百分点的判断', 'The forecast of a 2–3 point share loss')),
        rationale: w(
          both(
            '依据近三年季度数据的线性趋势，并已与客户市场部核对。',
            "Linear trend of the last three years' quarterly data, checked with the client's marketing team.",
          ),
        ),
      },
    ],
  );
  set('solution', [
    para(
      r(w(both(`以“${year} 品牌焕新”为主线，`, `One storyline — “Brand Renewal ${year}” — `)), true),
      r(w(both('整合线上线下渠道，统一品牌信息。', 'joining online and offline channels under one message.'))),
    ),
    numbered(
      w(both('发布会：一场面向媒体与核心经销商的线下发布', 'Launch event for media and key distributors')),
      w(both('内容：三支短视频与一组 KOL 测评', 'Content: three short films and a set of KOL reviews')),
      w(both('复盘：每两周一次数据复盘', 'Review: fortnightly data review')),
    ),
  ]);
  set(
    'cost',
    [
      para(
        r(
          w(
            both(
              '费用明细见所附报价，差异已在难度说明中解释。',
              'The itemized quote follows; the gap to market is explained by the difficulty.',
            ),
          ),
        ),
      ),
    ],
    [
      {
        point: w(both('高级策划人天单价高于市价 12%', 'Senior planner day rate 12% above market')),
        rationale: w(
          both(
            '两周工期、三方审批，需要资深团队全程驻场。',
            'A two-week deadline and three-party sign-off need a senior team on site throughout.',
          ),
        ),
      },
    ],
  );
  const plan = sections.find((x) => x.key === 'plan')!;
  plan.blocks = [
    para(
      r(
        w(
          both(
            '三个阶段，每阶段结束时与客户确认交付物。',
            'Three phases, each closed by a sign-off of its deliverables with the client.',
          ),
        ),
      ),
    ),
  ];
  plan.phases = [
    {
      name: w(both('调研与策划', 'Research and planning')),
      owner: w(both('王芳', 'Fang Wang')),
      start: `${year}-03-02`,
      end: `${year}-03-13`,
      deliverable: w(both('策略方案', 'Strategy deck')),
    },
    {
      name: w(both('创意与制作', 'Creative and production')),
      owner: w(both('陈磊', 'Lei Chen')),
      start: `${year}-03-16`,
      end: `${year}-04-03`,
      deliverable: w(both('视频与物料', 'Films and materials')),
    },
    {
      name: w(both('执行与复盘', 'Execution and review')),
      owner: w(both('王芳', 'Fang Wang')),
      start: `${year}-04-06`,
      end: `${year}-04-17`,
      deliverable: w(both('结案报告', 'Wrap-up report')),
    },
  ];
  set('evaluation', [
    bullets(
      w(both('曝光量与互动率', 'Reach and engagement rate')),
      w(both('到场人数与销售线索', 'Attendance and sales leads')),
    ),
  ]);
  set('effect', [
    para(
      r(w(both('预计品牌搜索指数提升 ', 'We expect the brand search index to rise by '))),
      r('30%', true),
      r(w(both('，活动曝光 5,000 万次。', ', with 50 million impressions.'))),
    ),
  ]);
  return sections;
}

export function healthyQuote(lang: Lang, title: string, client: string, today: string): QuoteInterchange {
  const en = lang === 'en';
  return {
    format: QUOTE_FORMAT,
    title,
    client,
    currency: 'CNY',
    difficulty: { level: 3, rationale: en ? 'Two-week deadline, three-party sign-off' : '两周工期，三方审批' },
    taxPercent: '6',
    discount: {
      percent: '5',
      reason: en ? 'Annual framework client' : '年度框架客户',
      condition: en ? 'Signed before month end, with the Q3 campaign' : '本月内签约，并确认第三季度项目',
    },
    sections: [
      {
        title: en ? 'Planning' : '策划',
        lines: [
          {
            kind: 'labor',
            role: en ? 'Senior planner' : '高级策划',
            headcount: '2',
            days: '5',
            rate: 280000,
            costRate: 150000,
            market: {
              unitPrice: 250000,
              source: en ? '2026 agency pay survey' : '2026 行业薪酬报告',
              date: `${today.slice(0, 4)}-01-15`,
            },
          },
          { kind: 'labor', role: en ? 'Designer' : '设计师', headcount: '1', days: '4', rate: 160000, costRate: 90000 },
        ],
      },
      {
        title: en ? 'Execution' : '执行',
        lines: [
          {
            kind: 'item',
            description: en ? 'Venue hire' : '场地租赁',
            quantity: '1',
            unit: en ? 'event' : '场',
            unitPrice: 3000000,
            unitCost: 2400000,
          },
        ],
      },
    ],
  };
}

export function thinQuote(lang: Lang, title: string, client: string): QuoteInterchange {
  const en = lang === 'en';
  return {
    format: QUOTE_FORMAT,
    title,
    client,
    currency: 'CNY',
    difficulty: { level: 2, rationale: '' },
    taxPercent: '6',
    discount: {
      percent: '12',
      reason: en
        ? 'Price is the only open point; the client compares with two agencies'
        : '价格是唯一障碍，客户在与两家代理比价',
      condition: en ? 'A 12-month retainer signed with this project' : '同时签订 12 个月年度服务合同',
    },
    sections: [
      {
        title: en ? 'Campaign' : '整合传播',
        lines: [
          {
            kind: 'labor',
            role: en ? 'Account director' : '资深策划',
            headcount: '2',
            days: '4',
            rate: 220000,
            costRate: 150000,
          },
          {
            kind: 'item',
            description: en ? 'Video production' : '视频制作',
            quantity: '1',
            unit: en ? 'set' : '套',
            unitPrice: 2000000,
            unitCost: 1700000,
          },
        ],
      },
    ],
  };
}

/** The pre-communication meeting before a proposal goes out, on `date`. */
export const preCommunication = (lang: Lang, date: string): PreCommunication => ({
  date,
  channel: 'meeting',
  withWhom: lang === 'en' ? 'Marketing director and procurement lead' : '市场总监张伟、采购经理',
  costAgreed:
    lang === 'en'
      ? 'Total within the approved budget; 5% off against a signature this month'
      : '总价在已批预算内；本月签约给予 5% 折扣',
  disputedPoints:
    lang === 'en'
      ? 'Venue: the client prefers their own; we keep ours as the option'
      : '场地：客户倾向自有场地，我方场地作为备选',
});
export const SELF_CHECK: SelfCheck = {
  practicality: 4,
  dataSupport: 4,
  strategy: 5,
  creativity: 4,
  feasibility: 4,
  costEconomy: 3,
};

export interface ProposalDemoOptions {
  admin: User;
  lead: User;
  now: Date;
  at: string;
  language: Lang;
}

/**
 * The proposal area of the demo: a proposal sent this week with rich sections, one waiting for
 * finance (margin under the floor, a discount past the limit) — returned as plans, lived with the
 * rest — and a template and a block library.
 */
export async function seedProposalDemo(db: Kysely<Database>, o: ProposalDemoOptions): Promise<ProposalPlan[]> {
  const en = o.language === 'en';
  const today = localToday(o.now);
  const clients = await db.selectFrom('clients').select(['id', 'name']).orderBy('id').limit(2).execute();
  const plans: ProposalPlan[] = [];
  const words = lifeWords(o.language);
  const plan = async (
    client: { id: number; name: string },
    title: string,
    document: QuoteInterchange,
    owner: User,
    daysAgo: number,
  ): Promise<ProposalPlan> => {
    const created = isoAtLocal(addDays(today, -daysAgo), 10);
    const quoteId = await insertQuote(db, {
      clientId: client.id,
      ownerId: owner.id,
      document,
      computed: computeQuote(document, { today }),
      at: created,
    });
    return {
      ...words,
      clientId: client.id,
      quoteId,
      title,
      owner,
      sections: richSections(o.language, client.name, today),
      preCommunication: preCommunication(o.language, addDays(today, 2 - daysAgo)),
      preCommunicatedStatus: true,
      selfCheck: SELF_CHECK,
      outcome: 'draft',
      created: new Date(created),
      versions: 1,
    };
  };
  const [first, second] = clients;
  if (first) {
    const sentTitle = en
      ? `Brand Renewal ${today.slice(0, 4)} — launch proposal`
      : `${today.slice(0, 4)} 品牌焕新发布会提案`;
    const sent = await plan(first, sentTitle, healthyQuote(o.language, sentTitle, first.name, today), o.admin, 7);
    plans.push({ ...sent, outcome: 'sent' });
  }
  if (second) {
    const thinTitle = en ? 'Year-round social campaign' : '全年社交媒体整合传播提案';
    const thin = await plan(second, thinTitle, thinQuote(o.language, thinTitle, second.name), o.lead, 4);
    plans.push({
      ...thin,
      outcome: 'awaiting_approval',
      approvalNote: en
        ? 'Strategic account: the retainer makes up the margin over the year.'
        : '战略客户：年度服务合同可在全年补足毛利。',
    });
  }

  await insertTemplate(db, {
    name: en ? 'Integrated campaign (standard)' : '整合传播提案（标准模板）',
    sections: JSON.stringify(richSections(o.language, en ? '[Client]' : '【客户】', today)),
    by: o.admin.id,
    at: o.at,
  });
  const { r, para, bullets } = texts(o.language);
  const blocks: { kind: 'case_study' | 'team_bio' | 'terms'; title: string; blocks: RichTextBlock[] }[] = [
    {
      kind: 'case_study',
      title: en ? 'Case: dairy brand relaunch' : '案例：乳业品牌焕新',
      blocks: [
        para(
          r(en ? 'Relaunch for a national dairy brand: ' : '为全国性乳业品牌策划焕新发布：'),
          r(en ? 'search index +42% in 8 weeks.' : '8 周内搜索指数提升 42%。', true),
        ),
      ],
    },
    {
      kind: 'team_bio',
      title: en ? 'Core team' : '核心团队',
      blocks: [
        bullets(
          en ? 'Fang Wang — account director, 12 years' : '王芳 — 客户总监，12 年经验',
          en ? 'Lei Chen — creative lead, 9 years' : '陈磊 — 创意负责人，9 年经验',
        ),
      ],
    },
    {
      kind: 'terms',
      title: en ? 'Standard terms' : '标准条款',
      blocks: [
        para(
          r(
            en
              ? 'Payment 50% on signature, 50% on delivery. Quote valid for 30 days.'
              : '签约付 50%，交付后付 50%。报价有效期 30 天。',
          ),
        ),
      ],
    },
  ];
  for (const b of blocks) await insertContentBlock(db, { ...b, by: o.admin.id, at: o.at });
  return plans;
}
