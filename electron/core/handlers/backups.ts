import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createBackup, inspectBackup, listBackups, type BackupInfo } from '../backup/backups';
import { LATEST_VERSION } from '../db/migrations';
import { CoreError } from '../errors';
import type { WorkspaceFile } from '../workspace-file';
import { requireFile } from '../workspace';
import { defineHandlers } from './types';

const toWire = (b: BackupInfo) => ({ name: b.name, at: b.at.toISOString(), reason: b.reason, bytes: b.bytes });

/** Look a backup up by name inside the backup folder only (the name schema already forbids paths). */
function checkedPreview(workspace: WorkspaceFile, name: string) {
  const path = join(workspace.backupDir, name);
  if (!existsSync(path)) throw new CoreError('not_found', 'error.backup_not_found');
  let preview;
  try {
    preview = inspectBackup(path);
  } catch (e) {
    throw new CoreError('validation', 'error.backup_unreadable', { problem: (e as Error).message });
  }
  if (preview.integrity !== 'ok')
    throw new CoreError('validation', 'error.backup_unreadable', { problem: preview.integrity });
  if (preview.schemaVersion > LATEST_VERSION)
    throw new CoreError('validation', 'error.backup_newer', { version: preview.schemaVersion });
  return { path, preview: { name, ...preview } };
}

export const backupHandlers = defineHandlers({
  'backups.list': (_a, { workspace }) => {
    const file = requireFile(workspace);
    return { folder: file.backupDir, items: listBackups(file.backupDir).map(toWire) };
  },
  'backups.create': async (_a, ctx) => {
    const file = requireFile(ctx.workspace);
    const b = await createBackup(file.store.sqlite, file.backupDir, 'manual', ctx.now);
    ctx.audit({ entity: 'backup', entityId: b.name });
    return toWire(b);
  },
  'backups.inspect': ({ name }, { workspace }) => checkedPreview(requireFile(workspace), name).preview,
  'backups.restore': async ({ name }, ctx) => {
    const file = requireFile(ctx.workspace);
    const { path, preview } = checkedPreview(file, name);
    await file.restoreFrom(path);
    ctx.audit({ entity: 'backup', entityId: name, detail: { restored: true } });
    ctx.emit({ type: 'workspace.replaced' });
    return preview;
  },
});
