import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type SQLite from 'better-sqlite3';
import { actAs } from '../db/acting';
import { postgresSchemaVersion } from '../db/postgres/migrate';
import type { Database } from '../db/schema';
import { INSERT_ONLY_TABLES, NO_DELETE_TABLES } from '../db/postgres/privileges';
import { rebuildSearchIndex } from '../search/indexer';
import { archivedTables, DERIVED_TABLES } from './export';
import { ArchiveError } from './import';
import { ARCHIVE_FORMAT, type Cell, type WorkspaceArchive } from './format';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- every table, whatever the schema version
type Db = Kysely<any>;

/** What a move into the team database found: per table, rows and a digest equal on both sides. */
export interface TeamImportReport {
  tables: Record<string, { rows: number; digest: string }>;
  /** Rows of the evidence, for the summary line: sent versions, approvals, content hashes. */
  versions: number;
  approvals: number;
  hashes: number;
}

interface PgColumn {
  table: string;
  column: string;
  type: string;
  identity: boolean;
}

async function pgColumns(db: Db): Promise<PgColumn[]> {
  const { rows } = await sql<{ table: string; column: string; type: string; identity: string }>`
    select table_name as table, column_name as column, data_type as type, is_identity as identity
    from information_schema.columns where table_schema = 'public'
    order by table_name, ordinal_position`.execute(db);
  return rows.map((r) => ({ ...r, identity: r.identity === 'YES' }));
}

/** The tables in an order where every referenced table comes before the tables that reference it. */
function insertOrder(sqlite: SQLite.Database, tables: string[]): string[] {
  const deps = new Map(
    tables.map((t) => [
      t,
      (sqlite.pragma(`foreign_key_list("${t}")`) as { table: string }[]).map((f) => f.table).filter((d) => d !== t),
    ]),
  );
  const out: string[] = [];
  const seen = new Set<string>();
  const visit = (t: string) => {
    if (seen.has(t)) return;
    seen.add(t);
    for (const d of deps.get(t) ?? []) if (deps.has(d)) visit(d);
    out.push(t);
  };
  tables.forEach(visit);
  return out;
}

/** JSON compared by meaning: jsonb keeps neither key order nor spacing of the text it was given. */
function canonicalJson(text: string): string {
  const sort = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(sort)
      : v !== null && typeof v === 'object'
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map((k) => [k, sort((v as Record<string, unknown>)[k])]),
          )
        : v;
  try {
    return JSON.stringify(sort(JSON.parse(text)));
  } catch {
    return text;
  }
}

function canonicalCell(value: unknown, json: boolean): unknown {
  if (Buffer.isBuffer(value)) return { $base64: value.toString('base64') };
  if (typeof value === 'bigint') return Number(value);
  if (json && typeof value === 'string') return canonicalJson(value);
  return value;
}

/** A digest of a table's rows, independent of engine and row order. */
function digestRows(rows: unknown[][], jsonColumns: boolean[]): string {
  const lines = rows.map((r) => JSON.stringify(r.map((v, i) => canonicalCell(v, jsonColumns[i] ?? false)))).sort();
  const h = createHash('sha256');
  for (const line of lines) h.update(line).update('\n');
  return h.digest('hex');
}

const CHUNK = 200;

/**
 * Copy a solo workspace (an SQLite store at the latest schema version) into an empty team database,
 * in one transaction: every row with its id, identity counters moved past them, the search index
 * rebuilt, and every table read back and compared with the source (row count and a digest of the
 * rows). Any difference rolls the whole copy back. `actor` is who acts (row-level security lets only
 * an admin bring decided approvals in); the owner role needs none.
 */
export async function copyIntoTeam(
  sqlite: SQLite.Database,
  team: Db,
  actor: { id: number; role: string } | null,
): Promise<TeamImportReport> {
  const columns = await pgColumns(team);
  const byTable = new Map<string, PgColumn[]>();
  for (const c of columns) byTable.set(c.table, [...(byTable.get(c.table) ?? []), c]);
  const tables = insertOrder(sqlite, archivedTables(sqlite));
  for (const t of tables) if (!byTable.has(t)) throw new ArchiveError({ kind: 'unknown_table', table: t });
  const protectedTables = new Set<string>([...INSERT_ONLY_TABLES, ...NO_DELETE_TABLES]);

  return team.transaction().execute(async (trx) => {
    await actAs(trx, actor);
    // Migrations seed a few rows (festival dates): the workspace brings its own.
    for (const t of [...tables].reverse()) {
      const { rows } = await sql<{ n: number }>`select count(*) as n from ${sql.table(t)}`.execute(trx);
      if ((rows[0]?.n ?? 0) === 0) continue;
      if (protectedTables.has(t)) throw new ArchiveError({ kind: 'rejected_rows', table: t, detail: 'not empty' });
      await sql`delete from ${sql.table(t)}`.execute(trx);
    }
    const report: TeamImportReport = { tables: {}, versions: 0, approvals: 0, hashes: 0 };
    for (const t of tables) {
      const stmt = sqlite.prepare(`select * from "${t}"`).raw(true);
      const names = stmt.columns().map((c) => c.name);
      const rows = stmt.all() as unknown[][];
      const pgCols = new Map((byTable.get(t) ?? []).map((c) => [c.column, c]));
      for (const n of names)
        if (!pgCols.has(n)) throw new ArchiveError({ kind: 'rejected_rows', table: t, detail: `no column ${n}` });
      try {
        for (let i = 0; i < rows.length; i += CHUNK) {
          const values = rows.slice(i, i + CHUNK).map((r) => Object.fromEntries(names.map((n, j) => [n, r[j]])));
          await trx.insertInto(t).values(values).execute();
        }
      } catch (e) {
        throw new ArchiveError({ kind: 'rejected_rows', table: t, detail: (e as Error).message.slice(0, 200) });
      }
      // Read back and compare: the copy is only kept when every table is identical.
      const jsonColumns = names.map((n) => pgCols.get(n)?.type === 'jsonb');
      const sourceDigest = digestRows(rows, jsonColumns);
      const back = (
        await sql<
          Record<string, unknown>
        >`select ${sql.join(names.map((n) => sql.ref(n)))} from ${sql.table(t)}`.execute(trx)
      ).rows.map((r) => names.map((n) => r[n]));
      const digest = digestRows(back, jsonColumns);
      if (back.length !== rows.length || digest !== sourceDigest)
        throw new ArchiveError({
          kind: 'rejected_rows',
          table: t,
          detail: `read back ${back.length} of ${rows.length} rows, digest ${digest === sourceDigest ? 'equal' : 'different'}`,
        });
      report.tables[t] = { rows: rows.length, digest };
    }
    for (const c of columns.filter((c) => c.identity && tables.includes(c.table))) {
      await sql`select setval(pg_get_serial_sequence(${c.table}, ${c.column}),
                              coalesce((select max(${sql.ref(c.column)}) from ${sql.table(c.table)}), 0) + 1, false)`.execute(
        trx,
      );
    }
    // The index is derived from the tables just copied (search_docs never travels).
    await rebuildSearchIndex(trx as Kysely<Database>);
    report.versions = report.tables['proposal_versions']?.rows ?? 0;
    report.approvals = report.tables['proposal_approvals']?.rows ?? 0;
    report.hashes = report.versions + report.approvals;
    return report;
  });
}

function toCell(value: unknown): Cell {
  if (value === null || typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (Buffer.isBuffer(value)) return { $base64: value.toString('base64') };
  throw new Error(`A value of type ${typeof value} cannot be archived exactly`);
}

/**
 * The workspace archive of a team database (the same format as a file's, so a team can move back
 * to a solo workspace, or to another server), read in one repeatable-read transaction.
 */
export async function buildTeamArchive(db: Db, at: Date): Promise<WorkspaceArchive> {
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      const columns = await pgColumns(trx);
      const byTable = new Map<string, string[]>();
      for (const c of columns) byTable.set(c.table, [...(byTable.get(c.table) ?? []), c.column]);
      const tables: WorkspaceArchive['tables'] = {};
      for (const name of [...byTable.keys()].sort()) {
        // Derived (the index, the analytics' bookkeeping: archive/export.ts's list), the schema's own
        // bookkeeping, and sign-in sessions (secrets of this server).
        if (DERIVED_TABLES.has(name) || name === 'workbench_schema' || name === 'sessions') continue;
        const names = byTable.get(name)!;
        const rows = (await sql<Record<string, unknown>>`select * from ${sql.table(name)} order by 1`.execute(trx))
          .rows;
        tables[name] = { columns: names, rows: rows.map((r) => names.map((n) => toCell(r[n]))) };
      }
      return {
        format: ARCHIVE_FORMAT,
        schemaVersion: await postgresSchemaVersion(trx),
        exportedAt: at.toISOString(),
        tables,
      };
    });
}
