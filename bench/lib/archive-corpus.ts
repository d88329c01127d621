/**
 * The generated archive the search benchmarks run on (issue 18, issue 17): `proposals` × 10 frozen
 * versions in the search index, written by one seeded random so SQLite and PostgreSQL hold exactly the
 * same documents, ids and facets. Common phrases (each in 25–75% of documents), a rare term (~0.1%),
 * a term no document holds, and one document in ten in Traditional Chinese.
 */
import { sql, type Kysely } from 'kysely';
import type { Core } from '../../electron/core';
import { createRandom } from '../../electron/core/seed/random';
import {
  CLIENT_NAMES,
  INDUSTRIES,
  ITEMS,
  PROJECTS,
  RATE_CARD,
  SECTION_TITLES,
} from '../../electron/core/seed/vocabulary';
import { titleTsvectorLiteral, tsvectorLiteral } from '../../electron/core/search/fts-postgres';
import { indexDocument, type SearchDocument } from '../../electron/core/search/search-index';
import { tokenize } from '../../electron/core/search/tokenize';

type Random = ReturnType<typeof createRandom>;
export const VERSIONS = 10;

export const PHRASES = [
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
export const TRADITIONAL = [
  '提升品牌在年輕消費者中的認知度',
  '整合線上線下傳播渠道',
  '危機公關預案與輿情監測',
  '新品上市發佈會',
  '活動預算與報價明細',
  '執行方案分三個階段推進',
];
/** In about one document in a thousand. */
export const RARE = '沉浸式光影艺术展';

export function archiveDocument(r: Random, p: number, v: number) {
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

/** The queries measured: every selectivity, both scripts, Latin words and prefixes. */
export const ARCHIVE_QUERIES: [label: string, query: string][] = [
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

/** The generated documents in insertion order, a batch at a time (the same on every engine). */
function* batches(proposals: number, clientIds: number[], size: number): Generator<SearchDocument[]> {
  const r = createRandom(42);
  for (let p = 0; p < proposals; p += size) {
    const batch: SearchDocument[] = [];
    for (let q = p; q < Math.min(proposals, p + size); q++)
      for (let v = 0; v < VERSIONS; v++) {
        const d = archiveDocument(r, q, v);
        batch.push({
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
    yield batch;
  }
}

/**
 * PostgreSQL: two multi-row INSERTs per batch (the documents, then their vectors), each row's
 * tsvector built by the adapter's own tsvectorLiteral from the same tokens indexDocument gives it
 * (two statements per 2,000 documents instead of three per document: generation in seconds).
 */
function vectors(d: SearchDocument) {
  const title = tokenize(d.title);
  return {
    tsv: sql`${tsvectorLiteral(title, tokenize(d.body))}::tsvector`,
    title_tsv: sql`${titleTsvectorLiteral(title)}::tsvector`,
  };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the index tables are not in the shared Database type
async function loadPostgres(db: Kysely<any>, docs: Generator<SearchDocument[]>): Promise<void> {
  for (const batch of docs) {
    const made = batch.map((d) => ({ d, ...vectors(d) }));
    const ids = await db
      .insertInto('search_docs')
      .values(
        made.map(({ d, title_tsv }) => ({
          doc_key: d.key,
          kind: d.kind,
          ref_id: d.refId,
          parent_id: d.parentId ?? null,
          title: d.title,
          body: d.body,
          client_id: d.clientId ?? null,
          owner_id: d.ownerId ?? null,
          status: d.status ?? null,
          amount: d.amount ?? null,
          currency: d.currency ?? null,
          date: d.date ?? null,
          title_tsv,
        })),
      )
      .returning(['id', 'doc_key'])
      .execute();
    const idOf = new Map(ids.map((r: { id: number; doc_key: string }) => [r.doc_key, r.id]));
    // The vectors in their own table (migration 022), as the adapter's add() writes them.
    await db
      .insertInto('search_vectors')
      .values(made.map(({ d, tsv }) => ({ id: idOf.get(d.key)!, tsv })))
      .execute();
  }
}

/**
 * A workspace with clients, an owner and the generated archive in its search index, on the core's
 * engine. Logs how long generation took.
 */
export async function generateArchive(core: Core, proposals: number): Promise<void> {
  await core.call('workspace.setup', {
    mode: 'empty',
    adminName: '王经理',
    companyName: '星火传播',
    language: 'zh-CN',
  });
  const store = core.store;
  const clientIds: number[] = [];
  for (const name of CLIENT_NAMES) {
    const row = await store.db
      .insertInto('clients')
      .values({
        name,
        industry: '快消',
        status: 'active',
        price_sensitivity: 'sensitive',
        related_sales: 0,
        created_at: '2026-01-01',
        updated_at: '2026-01-01',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    clientIds.push(row.id);
  }
  const t0 = Date.now();
  if (store.engine === 'postgres') {
    // 2,000 rows × 14 parameters per statement: under PostgreSQL's 65,535 bound parameters.
    await loadPostgres(store.db, batches(proposals, clientIds, 200));
  } else {
    store.sqlite.pragma('synchronous = OFF'); // generation only; the measured reads are unaffected
    for (const batch of batches(proposals, clientIds, 500))
      await store.db.transaction().execute(async (trx) => {
        for (const d of batch) await indexDocument(trx, d);
      });
    store.sqlite.pragma('synchronous = FULL');
  }
  console.log(
    `${store.engine}: generated ${(proposals * VERSIONS).toLocaleString()} versions (${proposals.toLocaleString()} proposals, one in ten in Traditional Chinese) in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
  );
}
