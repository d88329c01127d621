import { localIsoDate } from '@shared/dates/local';
import type { QuoteInterchange, QuoteLine } from '@shared/quote';

/** A date `days` after today: a fixed validity date would expire under the screenshots one day. */
function inDays(days: number): string {
  const at = new Date();
  at.setDate(at.getDate() + days);
  return localIsoDate(at);
}

/** DOMAIN.md §1's worked example, with line ids, a market reference and a quality statement. */
export function workedExample(): QuoteInterchange {
  return {
    format: 'workbench.quote/1',
    title: '2027 品牌发布会',
    currency: 'CNY',
    validUntil: inDays(60),
    difficulty: { level: 3, rationale: '两周工期，品牌方、经销商、场地三方审批，发布会当天不可延期' },
    taxPercent: '6',
    discount: { percent: '5', reason: '年度框架合作，价格是签约前最后的障碍', condition: '客户承诺续签下一年度服务' },
    qualityAndEffect: '发布会当天 500 人到场，媒体曝光 2,000 万次；全程双机位直播。',
    sections: [
      {
        title: '策划',
        lines: [
          {
            kind: 'labor',
            id: 'planner',
            role: '高级策划',
            headcount: '2',
            days: '3.5',
            rate: 280000,
            costRate: 150000,
            market: { unitPrice: 250000, source: '2026 行业薪酬报告', date: '2026-03-01' },
          },
          {
            kind: 'labor',
            id: 'designer',
            role: '设计师',
            headcount: '1',
            days: '2.25',
            rate: 166667,
            costRate: 90000,
            market: { unitPrice: 150000, source: '2026 行业薪酬报告', date: '2026-03-01' },
          },
          {
            kind: 'item',
            id: 'venue',
            description: '场地租赁',
            quantity: '1',
            unit: '场',
            unitPrice: 1234567,
            unitCost: 1100000,
          },
        ],
      },
    ],
  };
}

const ROLES: [string, number, number, number][] = [
  ['客户总监', 380000, 200000, 350000],
  ['高级策划', 280000, 150000, 250000],
  ['策划', 180000, 100000, 170000],
  ['设计师', 166667, 90000, 150000],
  ['文案', 150000, 80000, 140000],
  ['媒介专员', 120000, 70000, 110000],
  ['项目经理', 200000, 110000, 190000],
  ['摄影师', 250000, 150000, 260000],
];

/** A big, realistic quote: `lines` lines in sections of 50, labor and items, some with references. */
export function bigQuote(lines: number): QuoteInterchange {
  const sections: QuoteInterchange['sections'] = [];
  for (let made = 0; made < lines; made += 50) {
    const list: QuoteLine[] = [];
    for (let i = made; i < Math.min(lines, made + 50); i++) {
      const [role, rate, costRate, market] = ROLES[i % ROLES.length]!;
      if (i % 5 === 4) {
        list.push({
          kind: 'item',
          id: `line-${i}`,
          description: `物料制作 ${i + 1}`,
          quantity: String((i % 4) + 1),
          unit: '批',
          unitPrice: 320000 + (i % 7) * 1000,
          unitCost: 240000,
        });
      } else {
        list.push({
          kind: 'labor',
          id: `line-${i}`,
          role,
          headcount: String((i % 3) + 1),
          days: `${(i % 9) + 1}.5`,
          rate,
          costRate,
          ...(i % 3 === 0 ? { market: { unitPrice: market, source: '2026 行业薪酬报告', date: '2026-03-01' } } : {}),
        });
      }
    }
    sections.push({ title: `第 ${sections.length + 1} 阶段`, lines: list });
  }
  return {
    format: 'workbench.quote/1',
    title: `年度整合传播服务（${lines} 行）`,
    currency: 'CNY',
    difficulty: { level: 3, rationale: '全年 12 个波段，多地执行' },
    taxPercent: '6',
    sections,
  };
}
