/**
 * Archive search at 100,000 versions on PostgreSQL, beside SQLite (issue 17): the same generated
 * archive (bench/lib/archive-corpus.ts) in a solo workspace file and in a team database on a
 * throwaway cluster (the roles as docs/team-server.md creates them; the core connects as the
 * server's role), the same queries through the real `archive.search` handler on each core, samples
 * interleaved so load moves both alike. Each query's total must be the same on both engines.
 *
 * Floor on PostgreSQL: the least SQL giving the answer's shape — the GIN index's count of every
 * match and the newest 1,000 matching ids (no ranking, snippets, facets or JSON).
 * Target, as on SQLite: p95 < 50 ms for every query on PostgreSQL.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { openCore, type Core } from '../electron/core';
import { createMemoryLogger } from '../electron/common/log';
import { tsqueryLiteral } from '../electron/core/search/fts-postgres';
import { parseQuery } from '../electron/core/search/tokenize';
// @ts-expect-error -- a plain .mjs helper shared with the test set-up and the server scripts
import { startThrowawayPostgres } from '../scripts/lib/throwaway-postgres.mjs';
import { ARCHIVE_QUERIES, generateArchive } from './lib/archive-corpus';
import { timeTogether } from './lib/interleaved';
import { createTeamDatabase } from './lib/team-database';

const PROPOSALS = Number(process.env.BENCH_PROPOSALS ?? 10_000);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 30);
const TARGET_MS = 50;

async function search(core: Core, q: string): Promise<{ total: number; size: number }> {
  const reply = await core.call('archive.search', { query: q, filters: {}, sort: 'relevance' });
  if (!reply.ok) throw new Error(reply.error.messages.en);
  return { total: (reply.result as { total: number }).total, size: JSON.stringify(reply.result).length };
}

export default async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-search-pg-'));
  let cluster: { url: string; stop(): void } | null = null;
  let sqliteCore: Core | null = null;
  let pgCore: Core | null = null;
  try {
    cluster = await startThrowawayPostgres({ log: (m: string) => console.log(m) });
    const superUrl = cluster!.url;
    const { appUrl, ownerUrl } = await createTeamDatabase(superUrl);
    pgCore = await openCore({
      team: {
        url: appUrl,
        ownerUrl,
      },
      log: createMemoryLogger(),
    });
    sqliteCore = await openCore({ dbPath: join(dir, 'archive.db'), log: createMemoryLogger() });
    await generateArchive(sqliteCore, PROPOSALS);
    await generateArchive(pgCore, PROPOSALS);
    // Planner statistics as autovacuum would gather them after a bulk load (as the table's owner).
    const owner = new pg.Client({ connectionString: ownerUrl });
    await owner.connect();
    await owner.query('vacuum analyze search_docs');
    await owner.query('vacuum analyze search_vectors');
    await owner.end();

    const pgDb = pgCore.store.db;
    const floor = async (q: string) => {
      const tsq = tsqueryLiteral(parseQuery(q).clauses, false);
      await sql`select count(*) from search_vectors where tsv @@ ${tsq}::tsquery`.execute(pgDb);
      await sql`select id from search_vectors where tsv @@ ${tsq}::tsquery order by id desc limit 1000`.execute(pgDb);
    };

    const load0 = loadavg()[0]!;
    console.log(
      'query                       matches   SQLite p50    p95   PostgreSQL p50    p95   PG floor p50   ×floor   PG/SQLite p50   target',
    );
    let failed = false;
    for (const [label, q] of ARCHIVE_QUERIES) {
      const onSqlite = await search(sqliteCore, q);
      const onPg = await search(pgCore, q);
      if (onSqlite.total !== onPg.total)
        throw new Error(`"${q}": ${onSqlite.total} matches on SQLite, ${onPg.total} on PostgreSQL`);
      const [lite, post, bare] = await timeTogether(
        [() => search(sqliteCore!, q), () => search(pgCore!, q), () => floor(q)],
        SAMPLES,
      );
      const ok = post!.p95 < TARGET_MS;
      failed ||= !ok;
      console.log(
        [
          `${label} ${q}`.padEnd(26),
          String(onPg.total).padStart(8),
          lite!.p50.toFixed(1).padStart(12),
          lite!.p95.toFixed(1).padStart(6),
          post!.p50.toFixed(1).padStart(16),
          post!.p95.toFixed(1).padStart(6),
          bare!.p50.toFixed(1).padStart(14),
          `${(post!.p50 / bare!.p50).toFixed(1)}×`.padStart(8),
          `${(post!.p50 / lite!.p50).toFixed(2)}×`.padStart(15),
          `   ${ok ? 'PASS' : 'FAIL'} PostgreSQL p95 < ${TARGET_MS} ms`,
        ].join(' '),
      );
    }
    console.log(`load average ${load0.toFixed(1)} → ${loadavg()[0]!.toFixed(1)} (1 min)`);
    if (failed) process.exitCode = 1;
  } finally {
    await sqliteCore?.close();
    await pgCore?.close();
    cluster?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
