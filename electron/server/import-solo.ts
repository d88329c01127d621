import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { sql, type Kysely } from 'kysely';
import { localizedSection } from '@shared/i18n/catalog';
import { bothLanguages } from '@shared/i18n/lang';
import { buildArchive } from '../core/archive/export';
import type { WorkspaceArchive } from '../core/archive/format';
import { ArchiveError, unpackArchive, writeArchiveTo } from '../core/archive/import';
import { copyIntoTeam, type TeamImportReport } from '../core/archive/team';
import { openStore } from '../core/db/connection';
import { migrate } from '../core/db/migrate';
import type { Database } from '../core/db/schema';
import { appendAudit } from '../core/repos/audit';
import { countRows } from '../core/repos/counts';
import { isoNow } from '../core/time';

/** One table moved in: rows in the solo workspace and rows now in the team database. */
export interface TableCount {
  table: string;
  source: number;
  team: number;
}

export interface SoloImportSummary {
  tables: TableCount[];
  report: TeamImportReport;
}

export class SoloImportRefused extends Error {}

/** Its refusals, worded in the catalogue; the command line prints both languages. */
const SAY = localizedSection('teamServer');

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

/**
 * A solo workspace file as an archive: copied with SQLite's online backup (the user's file and its
 * WAL are only read), migrated to this build's schema in the copy, then read like an export.
 */
async function archiveOfFile(path: string, at: Date): Promise<WorkspaceArchive> {
  const dir = mkdtempSync(join(tmpdir(), 'workbench-solo-'));
  try {
    const copy = join(dir, 'solo.db');
    const source = new SQLite(path, { readonly: true, fileMustExist: true });
    try {
      await source.backup(copy);
    } finally {
      source.close();
    }
    const store = openStore(copy);
    try {
      const check = store.sqlite.pragma('integrity_check', { simple: true });
      if (check !== 'ok') throw new SoloImportRefused(`${bothLanguages(SAY.soloIntegrity)}: ${String(check)}`);
      await migrate(store.db, store.sqlite);
      return buildArchive(store.sqlite, at);
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Move a solo workspace — its `.db` file or the `.json.gz` archive Settings → Data exports — into an
 * empty team database, through the same path as `workspace.importArchive` on a team workspace: the
 * archive becomes a migrated SQLite file, copied in one transaction and compared table by table
 * (archive/team.ts). Run as the owner role, which brings decided approvals in (row-level security
 * lets only an admin's transaction write them on the server's role).
 */
export async function importSolo(file: string, owner: Kysely<Database>, at: Date): Promise<SoloImportSummary> {
  const bytes = readFileSync(file);
  const archive = bytes.subarray(0, SQLITE_MAGIC.length).equals(SQLITE_MAGIC)
    ? await archiveOfFile(file, at)
    : unpackArchive(bytes);
  const counts = await countRows(owner);
  if (Object.values(counts).some((n) => n > 0))
    throw new SoloImportRefused(
      `${bothLanguages(SAY.teamNotEmpty)} (${Object.entries(counts)
        .map(([t, n]) => `${t} ${n}`)
        .join(', ')})`,
    );
  const dir = mkdtempSync(join(tmpdir(), 'workbench-import-'));
  let report: TeamImportReport;
  try {
    const staging = join(dir, 'import-staging.db');
    await writeArchiveTo(staging, archive);
    const source = openStore(staging);
    try {
      report = await copyIntoTeam(source.sqlite, owner, null);
    } finally {
      await source.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const tables: TableCount[] = [];
  for (const [table, { rows }] of Object.entries(report.tables)) {
    const { rows: n } = await sql<{ n: string | number }>`select count(*) as n from ${sql.table(table)}`.execute(owner);
    tables.push({ table, source: rows, team: Number(n[0]?.n ?? 0) });
  }
  tables.sort((a, b) => (a.table < b.table ? -1 : 1));
  // Counted before: the import's own audit entry is the one row the solo workspace did not have.
  await appendAudit(owner, {
    at: isoNow(at),
    userId: null,
    action: 'workspace.importArchive',
    entity: 'workspace',
    entityId: null,
    detail: { imported: archive.exportedAt, by: 'command line (--import-solo)' },
  });
  return { tables, report };
}

export { ArchiveError };
