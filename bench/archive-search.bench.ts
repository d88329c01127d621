/**
 * Archive search on a generated archive of 100,000 versions (10,000 proposals × 10 versions), timed
 * as a user gets it (issue 18): the real `archive.search` handler through the core's dispatcher —
 * parsing, the newest candidates, ranking, snippets and highlights, client and owner names, the
 * true count and facets — plus JSON serialization of the reply.
 *
 * The corpus has common phrases (each in 25–75% of documents), a rare term (~0.1%), a term no
 * document holds, and one document in ten written in Traditional Chinese, so queries of every
 * selectivity and both scripts are measured.
 *
 * Measured in the same run, samples interleaved:
 * - floor: the least SQL that gives the same answer's shape — FTS5's count of every match and the
 *   newest 1,000 matching rowids (no ranking, no text, no facets, no JSON);
 * - peer: `LIKE '%term%'` with the same "newest 1,000" rule and its own count (what a search
 *   without an index does; it cannot fold Traditional to Simplified, so it finds fewer).
 * Targets: p95 < 50 ms for every query, and faster than the LIKE peer at p50.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type SQLite from 'better-sqlite3';
import { openCore, type Core } from '../electron/core';
import { createMemoryLogger } from '../electron/common/log';
import { createRandom } from '../electron/core/seed/random';
import { CLIENT_NAMES, INDUSTRIES, ITEMS, PROJECTS, RATE_CARD, SECTION_TITLES } from '../electron/core/seed/vocabulary';
import { indexDocument } from '../electron/core/search/search-index';
import { parseQuery } from '../electron/core/search/tokenize';

const PROPOSALS = Number(process.env.BENCH_PROPOSALS ?? 10_000);
const VERSIONS = 10;
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 30);

const PHRASES = [
  '提升品牌在年轻消费者中的认知度',
  '整合线上线下传播渠道',
  '危机公关预案与舆情监测',
  '经销商大会现场执行',
  '社交媒体内容运营与KOL合作',
  '新品上市发布会',
  '媒体邀约与专访安排',
  '活动预算与报价明细',
  '创意设计与视觉规范',
  '执行方案分三个阶段推进',
  '以曝光量和互动率评估效果',
  '预计销售线索增长三成',
  '竞品分析与市场调研',
  'brand awareness among young consumers',
  'integrated launch campaign',
  'press conference and media relations',
  'social media strategy and influencer marketing',
  'quotation with market reference',
  'event production schedule',
];
/** The same phrases as an agency in Hong Kong or Taiwan writes them. */
const TRADITIONAL = [
  '提升品牌在年輕消費者中的認知度',
  '整合線上線下傳播渠道',
  '危機公關預案與輿情監測',
  '新品上市發佈會',
  '活動預算與報價明細',
  '執行方案分三個階段推進',
];
/** In about one document in a thousand. */
const RARE = '沉浸式光影艺术展';

function document(r: ReturnType<typeof createRandom>, p: number, v: number) {
  const client = CLIENT_NAMES[p % CLIENT_NAMES.length]!;
  const traditional = p % 10 === 7;
  const title = `${2020 + (p % 7)} ${client}${r.pick(PROJECTS)}${v > 0 ? `（第${v + 1}版）` : ''}`;
  const parts: string[] = [client, `${client}属于${INDUSTRIES[p % INDUSTRIES.length]}行业。`];
  for (let i = 0; i < 6; i++) parts.push(r.pick(traditional ? TRADITIONAL : PHRASES) + '。');
  for (let i = 0; i < 4; i++)
    parts.push(`${r.pick(SECTION_TITLES)}：${r.pick(RATE_CARD).role} ${r.int(1, 5)}人，${r.pick(ITEMS).description}。`);
  if (r.int(0, 999) === 0) parts.push(`配套${RARE}一场。`);
  return { title, body: parts.join('\n') };
}

function stats(ms: number[]): { p50: number; p95: number } {
  const s = [...ms].sort((a, b) => a - b);
  return { p50: s[Math.floor(s.length / 2)]!, p95: s[Math.ceil(s.length * 0.95) - 1]! };
}

/** Time several functions with samples interleaved, so their ratios are not skewed by load. */
async function timeTogether(fns: (() => Promise<unknown> | unknown)[]): Promise<{ p50: number; p95: number }[]> {
  for (let i = 0; i < 3; i++) for (const fn of fns) await fn();
  const ms = fns.map(() => [] as number[]);
  for (let i = 0; i < SAMPLES; i++)
    for (const [k, fn] of fns.entries()) {
      const t0 = process.hrtime.bigint();
      await fn();
      ms[k]!.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
  return ms.map(stats);
}

/** A workspace with clients, an owner and the generated archive in its search index. */
async function generate(core: Core): Promise<void> {
  await core.call('workspace.setup', {
    mode: 'empty',
    adminName: '王经理',
    companyName: '星火传播',
    language: 'zh-CN',
  });
  const sqlite = sqliteOf(core);
  const insert = sqlite.prepare(
    `insert into clients (name, industry, status, price_sensitivity, related_sales, created_at, updated_at)
     values (?, '快消', 'active', 'sensitive', 0, '2026-01-01', '2026-01-01')`,
  );
  const clientIds = CLIENT_NAMES.map((n) => Number(insert.run(n).lastInsertRowid));
  const r = createRandom(42);
  const t0 = Date.now();
  sqlite.pragma('synchronous = OFF'); // generation only; the measured reads are unaffected
  for (let p = 0; p < PROPOSALS; p += 500) {
    await core.store.db.transaction().execute(async (trx) => {
      for (let q = p; q < Math.min(PROPOSALS, p + 500); q++)
        for (let v = 0; v < VERSIONS; v++) {
          const d = document(r, q, v);
          await indexDocument(trx, {
            key: `version:${q * VERSIONS + v}`,
            kind: 'version',
            refId: q * VERSIONS + v,
            parentId: q,
            ...d,
            clientId: clientIds[q % clientIds.length]!,
            ownerId: 1,
            status: (['sent', 'negotiating', 'won', 'lost'] as const)[q % 4],
            amount: r.int(100000, 9000000),
            currency: 'CNY',
            date: `2026-${String(1 + (q % 12)).padStart(2, '0')}-01`,
          });
        }
    });
  }
  sqlite.pragma('synchronous = FULL');
  console.log(
    `generated ${(PROPOSALS * VERSIONS).toLocaleString()} versions (${PROPOSALS.toLocaleString()} proposals, one in ten in Traditional Chinese) in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
  );
}

export default async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-search-'));
  const core = await openCore({ dbPath: join(dir, 'archive.db'), log: createMemoryLogger() });
  try {
    await generate(core);
    const sqlite = sqliteOf(core);
    const queries: [string, string][] = [
      ['1 char', '品'],
      ['2 chars', '公关'],
      ['2 chars', '报价'],
      ['4 chars', '危机公关'],
      ['Traditional', '報價'],
      ['Traditional 4', '危機公關'],
      ['rare', RARE],
      ['no hit', '量子计算'],
      ['English word', 'launch'],
      ['English prefix', 'influen'],
      ['no hit English', 'blockchain'],
    ];
    const newest = sqlite.prepare(
      'select rowid from search_fts where search_fts match ? order by rowid desc limit 1000',
    );
    const count = sqlite.prepare('select count(*) as n from search_fts where search_fts match ?');
    const likeNewest = sqlite.prepare(
      'select id from search_docs where title like ? or body like ? order by id desc limit 1000',
    );
    const likeCount = sqlite.prepare('select count(*) as n from search_docs where title like ? or body like ?');
    const handler = async (q: string) => {
      const reply = await core.call('archive.search', { query: q, filters: {}, sort: 'relevance' });
      if (!reply.ok) throw new Error(reply.error.messages.en);
      return JSON.stringify(reply.result).length;
    };
    console.log(
      'query                       matches  LIKE found  ours p50   p95   floor p50   ×floor   LIKE p50   ×LIKE   reply KB   targets',
    );
    let failed = false;
    for (const [label, q] of queries) {
      const match = parseQuery(q).match!;
      const reply = await core.call('archive.search', { query: q, filters: {}, sort: 'relevance' });
      if (!reply.ok) throw new Error(reply.error.messages.en);
      const { total } = reply.result as { total: number };
      const pattern = `%${q}%`;
      const likeFound = (likeCount.get(pattern, pattern) as { n: number }).n;
      const [ours, floor, like] = await timeTogether([
        () => handler(q),
        () => [count.get(match), newest.all(match)],
        () => [likeCount.get(pattern, pattern), likeNewest.all(pattern, pattern)],
      ]);
      const ok = ours!.p95 < 50 && ours!.p50 < like!.p50;
      failed ||= !ok;
      console.log(
        [
          `${label} ${q}`.padEnd(26),
          String(total).padStart(8),
          String(likeFound).padStart(11),
          ours!.p50.toFixed(1).padStart(9),
          ours!.p95.toFixed(1).padStart(6),
          floor!.p50.toFixed(1).padStart(11),
          `${(ours!.p50 / floor!.p50).toFixed(1)}×`.padStart(8),
          like!.p50.toFixed(1).padStart(10),
          `${(ours!.p50 / like!.p50).toFixed(2)}×`.padStart(7),
          (JSON.stringify(reply.result).length / 1024).toFixed(0).padStart(10),
          `   ${ours!.p95 < 50 ? 'PASS' : 'FAIL'} p95 < 50 ms, ${ours!.p50 < like!.p50 ? 'PASS' : 'FAIL'} faster than LIKE`,
        ].join(' '),
      );
    }
    if (failed) process.exitCode = 1;
  } finally {
    await core.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The benchmark measures FTS5 itself: a file workspace's connection. */
function sqliteOf(core: Core): SQLite.Database {
  const store = core.store;
  if (store.engine !== 'sqlite') throw new Error('the archive benchmark needs an SQLite workspace');
  return store.sqlite;
}
