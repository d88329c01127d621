import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { backupFileName, parseBackupFileName, type BackupReason } from './names';
import { backupsToDelete, DEFAULT_ROTATION, type RotationPolicy } from './rotation';

export interface BackupInfo {
  name: string;
  path: string;
  at: Date;
  reason: string;
  bytes: number;
}

export interface BackupPreview {
  integrity: string;
  schemaVersion: number;
  counts: Record<string, number>;
}

export function listBackups(dir: string): BackupInfo[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const out: BackupInfo[] = [];
  for (const name of names) {
    const parsed = parseBackupFileName(name);
    if (!parsed) continue;
    const path = join(dir, name);
    out.push({ name, path, at: parsed.at, reason: parsed.reason, bytes: statSync(path).size });
  }
  return out.sort((a, b) => b.at.getTime() - a.at.getTime());
}

/** The copy's integrity check: 'ok' or what SQLite found wrong. */
export type BackupCheck = (path: string) => Promise<string> | string;

/** On the calling thread; the workspace file passes a worker's instead (db/quick-check.ts). */
const checkHere: BackupCheck = (path) => inspectBackup(path).integrity;

/**
 * Copy the live database with SQLite's online backup API (consistent even while the app writes),
 * check the copy, then apply the rotation.
 */
export async function createBackup(
  live: SQLite.Database,
  dir: string,
  reason: BackupReason,
  at: Date,
  policy: RotationPolicy = DEFAULT_ROTATION,
  check: BackupCheck = checkHere,
): Promise<BackupInfo> {
  mkdirSync(dir, { recursive: true });
  const name = backupFileName(at, reason);
  const path = join(dir, name);
  await live.backup(path);
  // The copy inherits WAL mode; a backup should be one self-contained file, openable read-only.
  const copy = new SQLite(path);
  copy.pragma('journal_mode = DELETE');
  copy.close();
  const integrity = await check(path);
  if (integrity !== 'ok') {
    rmSync(path, { force: true });
    throw new Error(`The backup copy failed its integrity check: ${integrity}`);
  }
  for (const old of backupsToRotate(listBackups(dir), policy)) rmSync(old.path, { force: true });
  return { name, path, at, reason, bytes: statSync(path).size };
}

/** Backups made on purpose (manual, before a migration or a restore) are kept, this many of each kind. */
export const KEEP_PER_PURPOSE = 10;

/**
 * The automatic daily copies rotate (7 daily + 4 weekly by default); the others are never rotated
 * away by a daily one — only the oldest beyond KEEP_PER_PURPOSE of their own kind go.
 */
export function backupsToRotate(all: BackupInfo[], policy: RotationPolicy): BackupInfo[] {
  const doomed = backupsToDelete(
    all.filter((b) => b.reason === 'daily'),
    policy,
  );
  const byReason = new Map<string, BackupInfo[]>();
  for (const b of all) if (b.reason !== 'daily') byReason.set(b.reason, [...(byReason.get(b.reason) ?? []), b]);
  for (const list of byReason.values()) doomed.push(...list.slice(KEEP_PER_PURPOSE)); // newest first
  return doomed;
}

/** Open a backup read-only and say what it holds, without touching the live workspace. */
export function inspectBackup(path: string): BackupPreview {
  const db = new SQLite(path, { readonly: true, fileMustExist: true });
  try {
    const integrity = (db.pragma('integrity_check') as { integrity_check: string }[])
      .map((r) => r.integrity_check)
      .join('; ');
    const schemaVersion = db.pragma('user_version', { simple: true }) as number;
    const tables = db
      .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name")
      .all() as { name: string }[];
    const counts: Record<string, number> = {};
    for (const { name } of tables)
      counts[name] = (db.prepare(`select count(*) n from "${name}"`).get() as { n: number }).n;
    return { integrity, schemaVersion, counts };
  } finally {
    db.close();
  }
}

export function newestBackupAge(dir: string, now: Date): number | null {
  const newest = listBackups(dir)[0];
  return newest ? now.getTime() - newest.at.getTime() : null;
}
