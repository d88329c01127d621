import { join } from 'node:path';
import { rmSync } from 'node:fs';
import { archiveFileName, buildArchive, packArchive } from '../archive/export';
import { ARCHIVE_MIME } from '../archive/format';
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

export const workspaceArchiveHandlers = defineHandlers({
  'workspace.exportArchive': (_a, { store, now }) => {
    const archive = buildArchive(store.sqlite, now);
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
    // Build the new file beside the live one, then swap it in like a restore (live file backed up first).
    const staging = join(ctx.workspace.backupDir, '..', 'import-staging.db');
    try {
      await writeArchiveTo(staging, archive);
      await ctx.workspace.restoreFrom(staging, 'archive');
    } catch (e) {
      if (e instanceof ArchiveError) throw refusal(e);
      throw e;
    } finally {
      for (const suffix of ['', '-wal', '-shm']) rmSync(staging + suffix, { force: true });
    }
    ctx.audit({ entity: 'workspace', detail: { imported: archive.exportedAt } });
    return workspaceStatus(ctx.workspace.store.db);
  },
});
