/**
 * Archive search on a generated archive of 100,000 versions (10,000 proposals × 10 versions):
 * p50/p95 for 1-, 2- and 4-character Chinese and English queries through searchArchive, against
 * the floor (a bare FTS5 MATCH … ORDER BY rank on the same index) and the naive way (LIKE '%term%').
 * Targets: p95 < 50 ms, and within 2× of the floor.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../electron/core/db/connection';
import { m008Search } from '../electron/core/db/migrations/008_search';
import { createRandom } from '../electron/core/seed/random';
import { CLIENT_NAMES, INDUSTRIES, ITEMS, PROJECTS, RATE_CARD, SECTION_TITLES } from '../electron/core/seed/vocabulary';
import { indexDocument } from '../electron/core/search/search-index';
import { parseQuery } from '../electron/core/search/tokenize';
import { searchArchive } from '../electron/core/search/search';

const PROPOSALS = Number(process.env.BENCH_PROPOSALS ?? 10_000);
const VERSIONS = 10;
const SAMPLES = 40;

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

function document(r: ReturnType<typeof createRandom>, p: number, v: number) {
  const client = CLIENT_NAMES[p % CLIENT_NAMES.length]!;
  const title = `${2020 + (p % 7)} ${client}${r.pick(PROJECTS)}${v > 0 ? `（第${v + 1}版）` : ''}`;
  const parts: string[] = [`${client}属于${INDUSTRIES[p % INDUSTRIES.length]}行业。`];
  for (let i = 0; i < 6; i++) parts.push(r.pick(PHRASES) + '。');
  for (let i = 0; i < 4; i++)
    parts.push(`${r.pick(SECTION_TITLES)}：${r.pick(RATE_CARD).role} ${r.int(1, 5)}人，${r.pick(ITEMS).description}。`);
  return { title, body: parts.join('') };
}

async function timeAsync(fn: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < 3; i++) await fn();
  const ms: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const t0 = process.hrtime.bigint();
    await fn();
    ms.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  ms.sort((a, b) => a - b);
  return { p50: ms[Math.floor(SAMPLES / 2)]!, p95: ms[Math.ceil(SAMPLES * 0.95) - 1]! };
}

/** Fill a new search index with the generated archive. */
export async function generateArchive(store: ReturnType<typeof openStore>): Promise<void> {
  await m008Search.up(store.db);
  const r = createRandom(42);
  const t0 = Date.now();
  store.sqlite.pragma('synchronous = OFF'); // generation only; the measured reads are unaffected
  for (let p = 0; p < PROPOSALS; p += 500) {
    await store.db.transaction().execute(async (trx) => {
      for (let q = p; q < Math.min(PROPOSALS, p + 500); q++)
        for (let v = 0; v < VERSIONS; v++) {
          const d = document(r, q, v);
          await indexDocument(trx, {
            key: `version:${q * VERSIONS + v}`,
            kind: 'version',
            refId: q * VERSIONS + v,
            parentId: q,
            ...d,
            amount: r.int(100000, 9000000),
            currency: 'CNY',
            date: `2026-${String(1 + (q % 12)).padStart(2, '0')}-01`,
          });
        }
    });
  }
  store.sqlite.pragma('synchronous = FULL');
  const docs = PROPOSALS * VERSIONS;
  console.log(
    `generated ${docs.toLocaleString()} versions (${PROPOSALS.toLocaleString()} proposals) in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
  );
}

export default async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-search-'));
  const store = openStore(join(dir, 'archive.db'));
  try {
    await generateArchive(store);

    const queries: [string, string][] = [
      ['1 char 中文', '品'],
      ['2 chars 中文', '公关'],
      ['2 chars 中文', '报价'],
      ['4 chars 中文', '危机公关'],
      ['English word', 'launch'],
      ['English prefix', 'influen'],
    ];
    const floorStmt = store.sqlite.prepare(
      'select rowid from search_fts where search_fts match ? order by rank limit 50',
    );
    // The naive way has to look at every row to find (and then rank) all matches.
    const likeStmt = store.sqlite.prepare('select id from search_docs where title like ? or body like ?');
    console.log('query               hits   p50 ms   p95 ms   floor p50   ratio   LIKE p50   vs LIKE   targets');
    let failed = false;
    for (const [label, q] of queries) {
      const hits = (await searchArchive(store.db, q)).length;
      const ours = await timeAsync(() => searchArchive(store.db, q));
      const match = parseQuery(q).match!;
      const floor = await timeAsync(async () => floorStmt.all(match));
      const like = await timeAsync(async () => likeStmt.all(`%${q}%`, `%${q}%`));
      const ratio = ours.p50 / floor.p50;
      const ok = ours.p95 < 50 && ratio <= 2;
      failed ||= !ok;
      console.log(
        `${(label + ' ' + q).padEnd(18)} ${String(hits).padStart(5)} ${ours.p50.toFixed(2).padStart(8)} ${ours.p95.toFixed(2).padStart(8)} ${floor.p50.toFixed(2).padStart(11)} ${ratio.toFixed(2).padStart(6)}× ${like.p50.toFixed(2).padStart(10)} ${(like.p50 / ours.p50).toFixed(1).padStart(8)}×   ${ours.p95 < 50 ? 'PASS' : 'FAIL'} p95 < 50 ms, ${ratio <= 2 ? 'PASS' : 'FAIL'} ≤ 2× floor`,
      );
    }
    if (failed) process.exitCode = 1;
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
