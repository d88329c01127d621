/** Backup files are named by their UTC time and reason, so a folder listing sorts by age. */
const PATTERN = /^workbench-(\d{8})T(\d{6})(\d{3})Z-([a-z0-9-]+)\.db$/;

export const BACKUP_REASONS = ['daily', 'manual', 'pre-migration', 'pre-restore'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

export function backupFileName(at: Date, reason: BackupReason): string {
  const iso = at.toISOString(); // 2026-11-23T08:00:00.000Z
  const stamp =
    iso.slice(0, 10).replaceAll('-', '') + 'T' + iso.slice(11, 19).replaceAll(':', '') + iso.slice(20, 23) + 'Z';
  return `workbench-${stamp}-${reason}.db`;
}

export function parseBackupFileName(name: string): { at: Date; reason: string } | null {
  const m = PATTERN.exec(name);
  if (!m) return null;
  const [, d, t, ms, reason] = m as unknown as [string, string, string, string, string];
  const iso = `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}T${t.slice(0, 2)}:${t.slice(2, 4)}:${t.slice(4, 6)}.${ms}Z`;
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? null : { at, reason };
}
