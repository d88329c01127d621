import { gzipSync } from 'node:zlib';
import type SQLite from 'better-sqlite3';
import { schemaVersion } from '../db/migrate';
import { ARCHIVE_FORMAT, type Cell, type WorkspaceArchive } from './format';
import { localToday } from '@shared/dates/local';

/**
 * Tables holding only what can be rebuilt from the others, or bookkeeping about them: the
 * analytics' data version (migration 020) and its marks of touched clients (021) must never be
 * wound back by an import.
 */
export const DERIVED_TABLES: ReadonlySet<string> = new Set([
  'search_docs',
  'search_vectors', // a team database's search vectors (migration 022): the index, derived
  'search_meta',
  'analytics_version',
  'analytics_dirty',
]);

/** Tables the archive carries: every table of ours, none of SQLite's own or FTS shadow tables. */
export function archivedTables(sqlite: SQLite.Database): string[] {
  const rows = sqlite
    .prepare(`select name, sql from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name`)
    .all() as { name: string; sql: string }[];
  const virtual = new Set(rows.filter((r) => /^create virtual table/i.test(r.sql)).map((r) => r.name));
  // An FTS5 table `x` keeps its data in `x_data`, `x_idx`, …: rebuilt from the base tables instead.
  const shadow = (name: string) => [...virtual].some((v) => name.startsWith(`${v}_`));
  // search_docs is the index's own copy of the text: derived, rebuilt when the archive is opened.
  return rows.map((r) => r.name).filter((n) => !virtual.has(n) && !shadow(n) && !DERIVED_TABLES.has(n));
}

function toCell(value: unknown): Cell {
  if (value === null || typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'bigint') return Number(value);
  if (Buffer.isBuffer(value)) return { $base64: value.toString('base64') };
  throw new Error(`A value of type ${typeof value} cannot be archived exactly`);
}

/** Read every table in one read transaction, so the archive is one consistent moment. */
export function buildArchive(sqlite: SQLite.Database, at: Date): WorkspaceArchive {
  return sqlite.transaction((): WorkspaceArchive => {
    const tables: WorkspaceArchive['tables'] = {};
    for (const name of archivedTables(sqlite)) {
      const stmt = sqlite.prepare(`select * from "${name}" order by rowid`).raw(true);
      const columns = stmt.columns().map((c) => c.name);
      tables[name] = { columns, rows: (stmt.all() as unknown[][]).map((row) => row.map(toCell)) };
    }
    return { format: ARCHIVE_FORMAT, schemaVersion: schemaVersion(sqlite), exportedAt: at.toISOString(), tables };
  })();
}

export function packArchive(archive: WorkspaceArchive): Buffer {
  return gzipSync(Buffer.from(JSON.stringify(archive), 'utf8'), { level: 9 });
}

export function archiveFileName(at: Date): string {
  return `workbench-archive-${localToday(at)}.json.gz`;
}
