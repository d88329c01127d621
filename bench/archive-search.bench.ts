/**
 * Archive search on a generated archive of 100,000 versions (10,000 proposals × 10 versions), timed
 * as a user gets it (issue 18): the real `archive.search` handler through the core's dispatcher —
 * parsing, the newest candidates, ranking, snippets and highlights, client and owner names, the
 * true count and facets — plus JSON serialization of the reply.
 *
 * The corpus (bench/lib/archive-corpus.ts, shared with the PostgreSQL run) has common phrases (each
 * in 25–75% of documents), a rare term (~0.1%), a term no document holds, and one document in ten
 * written in Traditional Chinese, so queries of every selectivity and both scripts are measured.
 *
 * Measured in the same run, samples interleaved:
 * - floor: the least SQL that gives the same answer's shape — FTS5's count of every match and the
 *   newest 1,000 matching rowids (no ranking, no text, no facets, no JSON);
 * - peer: `LIKE '%term%'` with the same "newest 1,000" rule and its own count (what a search
 *   without an index does; it cannot fold Traditional to Simplified, so it finds fewer);
 * - peer: an in-memory index (FlexSearch, forward tokenizer over the same folded tokens as ours, so
 *   it folds Traditional and finds prefixes): every match's id, counted, the newest 1,000 kept. Its
 *   build time and heap are printed; it holds the whole archive in the process's memory.
 * Run at a tenth of the size and at the full size, to print the growth.
 * Targets (at the full size): p95 < 50 ms for every query, and faster than the LIKE peer at p50.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type SQLite from 'better-sqlite3';
import { Index } from 'flexsearch';
import { openCore, type Core } from '../electron/core';
import { createMemoryLogger } from '../electron/common/log';
import { parseQuery, tokenize } from '../electron/core/search/tokenize';
import { ARCHIVE_QUERIES, generateArchive } from './lib/archive-corpus';
import { timeTogether, type Millis } from './lib/interleaved';

const PROPOSALS = Number(process.env.BENCH_PROPOSALS ?? 10_000);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 30);

interface Row {
  ours: Millis;
  floor: Millis;
  flex: Millis;
}

export default async function run(): Promise<void> {
  const small = await measure(Math.round(PROPOSALS / 10), false);
  const large = await measure(PROPOSALS, true);
  console.log(
    `growth from ${(PROPOSALS * 1).toLocaleString()} to ${(PROPOSALS * 10).toLocaleString()} versions (p50, large ÷ small):`,
  );
  for (const [label, q] of ARCHIVE_QUERIES) {
    const [a, b] = [small.get(q)!, large.get(q)!];
    const g = (k: keyof Row) => `${(b[k].p50 / a[k].p50).toFixed(1)}×`;
    console.log(
      `  ${`${label} ${q}`.padEnd(26)} ours ${g('ours').padStart(6)}   floor ${g('floor').padStart(6)}   FlexSearch ${g('flex').padStart(6)}`,
    );
  }
}

/** One archive of `proposals` × 10 versions: every query timed against its floor and peers. */
async function measure(proposals: number, withTargets: boolean): Promise<Map<string, Row>> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-search-'));
  const core = await openCore({ dbPath: join(dir, 'archive.db'), log: createMemoryLogger() });
  const rows = new Map<string, Row>();
  try {
    await generateArchive(core, proposals);
    const sqlite = sqliteOf(core);
    const flex = buildFlexSearch(sqlite);
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
    const flexNewest = (q: string) => {
      const ids = flex.search(q, { limit: 1_000_000_000 }) as number[];
      return [ids.length, ids.sort((a, b) => b - a).slice(0, 1000)] as const;
    };
    console.log(
      'query                       matches  LIKE found  Flex found  ours p50   p95   floor p50   ×floor   LIKE p50   ×LIKE   Flex p50   ×Flex   reply KB   targets',
    );
    let failed = false;
    for (const [label, q] of ARCHIVE_QUERIES) {
      const match = parseQuery(q).match!;
      const reply = await core.call('archive.search', { query: q, filters: {}, sort: 'relevance' });
      if (!reply.ok) throw new Error(reply.error.messages.en);
      const { total } = reply.result as { total: number };
      const pattern = `%${q}%`;
      const likeFound = (likeCount.get(pattern, pattern) as { n: number }).n;
      const [ours, floor, like, inMemory] = await timeTogether(
        [
          () => handler(q),
          () => [count.get(match), newest.all(match)],
          () => [likeCount.get(pattern, pattern), likeNewest.all(pattern, pattern)],
          () => flexNewest(q),
        ],
        SAMPLES,
      );
      rows.set(q, { ours: ours!, floor: floor!, flex: inMemory! });
      const ok = ours!.p95 < 50 && ours!.p50 < like!.p50;
      failed ||= !ok;
      console.log(
        [
          `${label} ${q}`.padEnd(26),
          String(total).padStart(8),
          String(likeFound).padStart(11),
          String(flexNewest(q)[0]).padStart(11),
          ours!.p50.toFixed(1).padStart(9),
          ours!.p95.toFixed(1).padStart(6),
          floor!.p50.toFixed(1).padStart(11),
          `${(ours!.p50 / floor!.p50).toFixed(1)}×`.padStart(8),
          like!.p50.toFixed(1).padStart(10),
          `${(ours!.p50 / like!.p50).toFixed(2)}×`.padStart(7),
          inMemory!.p50.toFixed(1).padStart(10),
          `${(ours!.p50 / inMemory!.p50).toFixed(2)}×`.padStart(7),
          (JSON.stringify(reply.result).length / 1024).toFixed(0).padStart(10),
          withTargets
            ? `   ${ours!.p95 < 50 ? 'PASS' : 'FAIL'} p95 < 50 ms, ${ours!.p50 < like!.p50 ? 'PASS' : 'FAIL'} faster than LIKE`
            : '   (targets at the full size)',
        ].join(' '),
      );
    }
    if (failed && withTargets) process.exitCode = 1;
  } finally {
    await core.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

/**
 * The in-memory peer over the same documents and the same folded tokens (bigrams and single
 * characters of CJK runs, Latin words); the forward tokenizer indexes prefixes, as ours finds them.
 * Prints its build time and the heap it holds.
 */
function buildFlexSearch(sqlite: SQLite.Database): Index {
  const encode = (text: string) => {
    const t = tokenize(text);
    return [...t.grams, ...t.unigrams];
  };
  const heapBefore = process.memoryUsage().heapUsed;
  const t0 = Date.now();
  const index = new Index({ tokenize: 'forward', encode });
  for (const d of sqlite.prepare('select id, title, body from search_docs').iterate() as Iterable<{
    id: number;
    title: string;
    body: string;
  }>)
    index.add(d.id, `${d.title}\n${d.body}`);
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
  console.log(
    `FlexSearch peer: built in ${((Date.now() - t0) / 1000).toFixed(1)} s, about ${heapMb.toFixed(0)} MB of heap`,
  );
  return index;
}

/** The benchmark measures FTS5 itself: a file workspace's connection. */
function sqliteOf(core: Core): SQLite.Database {
  const store = core.store;
  if (store.engine !== 'sqlite') throw new Error('the archive benchmark needs an SQLite workspace');
  return store.sqlite;
}
