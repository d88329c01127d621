import * as z from 'zod';
import { maintenance, query } from '../define';
import { ADMIN } from '../roles';
import { isoDateTime, noArgs } from '../common';

/** A backup is named by the app (workbench-<UTC time>-<reason>.db); only such names are accepted. */
export const backupNameSchema = z
  .string()
  .max(100)
  .refine((s) => /^workbench-\d{8}T\d{9}Z-[a-z-]+\.db$/.test(s), { params: { key: 'backup.bad_name' } });

export const backupSchema = z.object({
  name: z.string(),
  at: isoDateTime,
  reason: z.string(),
  bytes: z.int(),
});
export type Backup = z.infer<typeof backupSchema>;

export const backupPreviewSchema = z.object({
  name: z.string(),
  integrity: z.string(),
  schemaVersion: z.int(),
  counts: z.record(z.string(), z.int()),
});
export type BackupPreview = z.infer<typeof backupPreviewSchema>;

export const backupsContract = {
  'backups.list': query(ADMIN, noArgs, z.object({ folder: z.string(), items: z.array(backupSchema) })),
  // Not inside a transaction: the online backup copies committed pages only.
  'backups.create': maintenance(ADMIN, noArgs, backupSchema),
  'backups.inspect': query(ADMIN, z.strictObject({ name: backupNameSchema }), backupPreviewSchema),
  'backups.restore': maintenance(ADMIN, z.strictObject({ name: backupNameSchema }), backupPreviewSchema),
};
