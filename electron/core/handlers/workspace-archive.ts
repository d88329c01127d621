import { join } from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { archiveFileName, buildArchive, packArchive } from '../archive/export';
import { ARCHIVE_MIME, type WorkspaceArchive } from '../archive/format';
import { buildTeamArchive, copyIntoTeam } from '../archive/team';
import { openStore } from '../db/connection';
import { ArchiveError, unpackArchive, writeArchiveTo } from '../archive/import';
import { CoreError, type CoreMessageKey } from '../errors';
import { countRows } from '../repos/counts';
import { workspaceStatus } from './workspace';
import { defineHandlers } from './types';

function refusal(e: ArchiveError): CoreError {
  const p = e.problem;
  const key = `error.archive_${p.kind}` as CoreMessageKey;
  const vars: Record<string, string | number> = {};
  if (p.kind === 'not_json' || p.kind === 'rejected_rows') vars.detail = p.detail;
  if (p.kind === 'newer') vars.version = p.version;
  if (p.kind === 'unknown_table' || p.kind === 'rejected_rows') vars.table = p.table;
  return new CoreError(
    p.kind === 'too_large' ? 'too_large' : 'validation',
    key,
    vars,
    p.kind === 'invalid' ? p.issues : undefined,
  );
}

/** Write the archive into a new SQLite file in a temp dir (migrated to the latest), hand it over, remove it. */
async function withStagedArchive<T>(archive: WorkspaceArchive, use: (path: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'workbench-import-'));
  try {
    const staging = join(dir, 'import-staging.db');
    await writeArchiveTo(staging, archive);
    return await use(staging);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const workspaceArchiveHandlers = defineHandlers({
  'workspace.exportArchive': async (_a, { workspace, now }) => {
    const archive =
      workspace.kind === 'team'
        ? await buildTeamArchive(workspace.store.db, now)
        : buildArchive(workspace.store.sqlite, now);
    const bytes = packArchive(archive);
    const rows = Object.values(archive.tables).reduce((n, t) => n + t.rows.length, 0);
    return { fileName: archiveFileName(now), mimeType: ARCHIVE_MIME, bytesBase64: bytes.toString('base64'), rows };
  },
  'workspace.importArchive': async ({ bytesBase64 }, ctx) => {
    const counts = await countRows(ctx.db);
    if (Object.values(counts).some((n) => n > 0)) throw new CoreError('conflict', 'error.archive_not_empty');
    let archive;
    try {
      archive = unpackArchive(Buffer.from(bytesBase64, 'base64'));
    } catch (e) {
      if (e instanceof ArchiveError) throw refusal(e);
      throw e;
    }
    const workspace = ctx.workspace;
    try {
      if (workspace.kind === 'team') {
        // Moving in: the archive becomes a migrated SQLite file, which is copied into the team
        // database in one transaction and compared table by table (archive/team.ts).
        await withStagedArchive(archive, async (staging) => {
          const source = openStore(staging);
          try {
            // The first-run screen's import has nobody signed in (the workspace was checked empty
            // above): whoever sets up a new installation is its admin, as workspace.setup makes
            // them, and row-level security lets only an admin bring decided approvals in — which
            // the demo agency has. Id 0 names no user; the copy only inserts, and the policy that
            // reads the acting user's id is the decision's update.
            await copyIntoTeam(source.sqlite, workspace.store.db, ctx.actor ?? { id: 0, role: 'admin' });
          } finally {
            await source.close();
          }
        });
      } else {
        // Build the new file beside the live one, then swap it in like a restore (live file backed up first).
        const staging = join(workspace.backupDir, '..', 'import-staging.db');
        try {
          await writeArchiveTo(staging, archive);
          await workspace.restoreFrom(staging, 'archive');
        } finally {
          for (const suffix of ['', '-wal', '-shm']) rmSync(staging + suffix, { force: true });
        }
      }
    } catch (e) {
      if (e instanceof ArchiveError) throw refusal(e);
      throw e;
    }
    ctx.audit({ entity: 'workspace', detail: { imported: archive.exportedAt } });
    ctx.emit({ type: 'workspace.replaced' });
    return workspaceStatus(workspace.store.db);
  },
});
