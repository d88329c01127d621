import { deflateSync } from 'node:zlib';
import type { QuoteInterchange } from '@shared/quote';
import type { TestCore } from './core';

/** A real PNG of w × h pixels in one colour, made by hand (signature, IHDR, IDAT, IEND). */
export function makePng(width: number, height: number, rgb: [number, number, number] = [31, 78, 121]): Buffer {
  const table = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (b: Buffer) => {
    let c = 0xffffffff;
    for (const byte of b) c = table[(c ^ byte) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([length, body, sum]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => rgb).flat())]);
  const pixels = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * DOMAIN.md's worked example (total ¥39,472.57), plus what a full quote carries: a market
 * reference, an optional line, a discount with reason and condition, validity, quality statement.
 */
export const WORKED_QUOTE: QuoteInterchange = {
  format: 'workbench.quote/1',
  title: '2027 品牌发布会',
  client: '星河乳业',
  currency: 'CNY',
  validUntil: '2026-06-30',
  difficulty: { level: 3, rationale: '两周工期，三方审批' },
  taxPercent: '6',
  discount: { percent: '5', reason: '年度框架合作', condition: '客户承诺续签下一年度服务' },
  qualityAndEffect: '全程双人审校，发布会到场率不低于 90%。\n活动后 3 个工作日内提交复盘报告。',
  sections: [
    {
      title: '策划',
      lines: [
        {
          kind: 'labor',
          role: '高级策划',
          headcount: '2',
          days: '3.5',
          rate: 280000,
          costRate: 150000,
          market: { unitPrice: 250000, source: '2026 行业薪酬报告', date: '2026-03-01' },
        },
        { kind: 'labor', role: '设计师', headcount: '1', days: '2.25', rate: 166667, costRate: 90000 },
      ],
    },
    {
      title: '执行',
      lines: [
        { kind: 'item', description: '场地租赁', quantity: '1', unit: '场', unitPrice: 1234567, unitCost: 1100000 },
        {
          kind: 'item',
          description: '现场直播',
          quantity: '1',
          unit: '场',
          unitPrice: 880000,
          unitCost: 500000,
          optional: true,
        },
      ],
    },
  ],
};

export const RICH_SECTIONS = [
  {
    key: 'situation',
    blocks: [
      {
        type: 'paragraph',
        runs: [
          { text: '品牌认知度处于' },
          { text: '第二梯队', bold: true },
          { text: '，年轻人触达不足。', italic: true },
        ],
      },
      { type: 'heading', level: 1, runs: [{ text: '市场数据' }] },
      { type: 'bulletList', items: [[{ text: '线上声量下降 12%' }], [{ text: '竞品投放翻倍' }]] },
      { type: 'numberedList', items: [[{ text: '第一步：调研' }], [{ text: '第二步：策略' }]] },
      {
        type: 'table',
        headerRow: true,
        rows: [
          [[{ text: '渠道' }], [{ text: '份额' }]],
          [[{ text: '抖音' }], [{ text: '41%' }]],
        ],
      },
    ],
    notes: [{ point: '预算中的直播费用', rationale: '直播为可选项，客户可视到场情况决定' }],
  },
  { key: 'problem', text: '传播渠道分散。\n信息不统一。' },
  { key: 'solution', text: '整合线上线下渠道。' },
  { key: 'cost', text: '' },
  { key: 'plan', text: '三阶段执行。' },
  { key: 'evaluation', text: '以曝光量与到场率评估。' },
  { key: 'effect', text: '品牌搜索指数提升 30%。' },
];

/** A client, the worked quote and a proposal with rich text, written straight to the tables. */
export async function seedWorkedExample(t: TestCore): Promise<{ quoteId: number; proposalId: number }> {
  const at = '2026-05-01T08:00:00.000Z';
  const id = (rows: { id: number }[]) => rows[0]!.id;
  const clientId = id(
    await t.query<{ id: number }>(
      `insert into clients (name, industry, owner_id, created_at, updated_at) values ('星河乳业', '快消', 1, ?, ?) returning id`,
      at,
      at,
    ),
  );
  const quoteId = id(
    await t.query<{ id: number }>(
      `insert into quotes (client_id, title, currency, document, line_count, subtotal, net, tax, total, cost, margin_percent, owner_id, created_at, updated_at)
       values (?, ?, 'CNY', ?, 4, 3919818, 3723827, 223430, 3947257, 2352500, '36.8', 1, ?, ?) returning id`,
      clientId,
      WORKED_QUOTE.title,
      JSON.stringify(WORKED_QUOTE),
      at,
      at,
    ),
  );
  const proposalId = id(
    await t.query<{ id: number }>(
      `insert into proposals (client_id, quote_id, title, status, sections, owner_id, created_at, updated_at)
       values (?, ?, '2027 品牌发布会提案', 'draft', ?, 1, ?, ?) returning id`,
      clientId,
      quoteId,
      JSON.stringify(RICH_SECTIONS),
      at,
      at,
    ),
  );
  return { quoteId, proposalId };
}
