import { copyFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createBackup, inspectBackup, listBackups, newestBackupAge } from './backup/backups';
import type { BackupReason } from './backup/names';
import { DEFAULT_ROTATION } from './backup/rotation';
import { openStore, type SqliteStore } from './db/connection';
import { migrate, schemaVersion } from './db/migrate';
import { integrityCheckInWorker, quickCheckInWorker } from './db/quick-check';
import { LATEST_VERSION } from './db/migrations';
import { CoreError } from './errors';
import { verifyReplacement, type FileSource } from './integrity/verify-file';
import type { Logger } from '../common/log';
import { searchIndexNeedsRebuild } from './search/indexer';
import { SearchIndexJob } from './search/rebuild-job';

const DAY = 86_400_000;

export class CorruptWorkspaceError extends Error {
  constructor(
    readonly dbPath: string,
    readonly problem: string,
    readonly backups: string[],
  ) {
    super(
      `The workspace file ${dbPath} failed its integrity check (${problem}). ` +
        (backups.length > 0
          ? `Restore the newest backup: copy ${backups[0]} over it (the app keeps backups in the "backups" folder beside it).`
          : 'No backup was found beside it; keep the file and contact support.'),
    );
  }
}

export interface WorkspaceFileOptions {
  dbPath: string;
  backupDir?: string;
  nativeBinding?: string;
  log: Logger;
  now: () => Date;
}

/**
 * The live workspace file and its lifecycle: open with an integrity check, a backup before any
 * migration, a daily backup, and restore (which swaps the open connection).
 *
 * Opening is quick so the app can listen at once: the integrity check of a file that needs no
 * migration runs in a worker thread, and the daily backup after it, in the background. Reads are
 * answered meanwhile; every write waits for the check (`ready()`), so nothing is written to a file
 * that turns out damaged. A file about to be migrated is checked first, before anything else.
 */
export class WorkspaceFile {
  readonly kind = 'file' as const;
  readonly backupDir: string;
  private current: SqliteStore | null = null;
  private checked: Promise<void> = Promise.resolve();
  private background: Promise<void> = Promise.resolve();
  /** The archive's index, rebuilt in the background when it must be (search/rebuild-job.ts). */
  readonly searchIndex: SearchIndexJob;

  constructor(private readonly o: WorkspaceFileOptions) {
    this.backupDir = o.backupDir ?? join(dirname(o.dbPath), 'backups');
    this.searchIndex = new SearchIndexJob(o.log);
  }

  get store(): SqliteStore {
    if (!this.current) throw new Error('The workspace is closed');
    return this.current;
  }

  get path(): string {
    return this.o.dbPath;
  }

  async open(): Promise<void> {
    const store = this.openStoreOrRefuse();
    try {
      const version = schemaVersion(store.sqlite);
      if (version > 0 && version < LATEST_VERSION) {
        // A damaged file is never migrated: check it before anything else.
        this.assertIntact(store.sqlite.pragma('quick_check', { simple: true }) as string);
        // A migration rewrites tables: keep the file as it was before, whatever happens next.
        await this.backup(store.sqlite, 'pre-migration');
        this.checked = Promise.resolve();
      } else if (version > 0) {
        this.checked = quickCheckInWorker(this.o.dbPath, this.o.nativeBinding).then((r) => this.assertIntact(r));
        // Seen by ready(); this copy only keeps an unobserved failure from being reported twice.
        this.checked.catch(() => {});
      } else this.checked = Promise.resolve(); // a new file: nothing in it to check
      const applied = await migrate(store.db, store.sqlite);
      if (applied.length > 0) this.o.log.info('migrated workspace', { dbPath: this.o.dbPath, from: version, applied });
      // The search index is derived: an upgraded workspace or an imported archive arrives without
      // it. It is rebuilt in the background; opening does not wait (searches say how far it is).
      const rebuild = await searchIndexNeedsRebuild(store.db);
      this.current = store;
      if (rebuild) this.searchIndex.start(store.db);
      this.background = this.checked
        .then(() => this.dailyBackup())
        .catch((e: unknown) => {
          if (!(e instanceof CorruptWorkspaceError)) this.o.log.error('daily backup failed', e);
        });
    } catch (e) {
      await store.close();
      // Damage met on the way in (the search index's check reads pages the quick check has not yet
      // reached) is refused the same way as damage found by the check: naming the backups.
      throw this.corruptionOr(e);
    }
  }

  /** An SQLite corruption error as CorruptWorkspaceError (naming the backups); anything else as it is. */
  private corruptionOr(e: unknown): unknown {
    const code = (e as { code?: string }).code ?? '';
    if (!/^SQLITE_(CORRUPT|NOTADB)/.test(code)) return e;
    return new CorruptWorkspaceError(
      this.o.dbPath,
      (e as Error).message,
      listBackups(this.backupDir).map((b) => b.path),
    );
  }

  /**
   * Resolves once the file passed its integrity check; rejects with CorruptWorkspaceError (naming
   * the newest backup) when it failed. Writes wait for it; the hosts report a failure and stop.
   */
  ready(): Promise<void> {
    return this.checked;
  }

  /** Resolves when the start-up work in the background (check, daily backup) is over. */
  idle(): Promise<void> {
    return this.background;
  }

  /** A file SQLite cannot even open as a database is refused the same way, naming the backups. */
  private openStoreOrRefuse(): SqliteStore {
    try {
      return openStore(this.o.dbPath, { nativeBinding: this.o.nativeBinding });
    } catch (e) {
      throw this.corruptionOr(e);
    }
  }

  private assertIntact(check: string): void {
    if (check !== 'ok')
      throw new CorruptWorkspaceError(
        this.o.dbPath,
        check,
        listBackups(this.backupDir).map((b) => b.path),
      );
  }

  /** A backup whose copy is checked in a worker thread, so the app keeps answering meanwhile. */
  private backup(live: SqliteStore['sqlite'], reason: BackupReason) {
    return createBackup(live, this.backupDir, reason, this.o.now(), DEFAULT_ROTATION, (path) =>
      integrityCheckInWorker(path, this.o.nativeBinding),
    );
  }

  /** On start-up: back up when the newest backup is older than a day (a new empty file needs none). */
  async dailyBackup(): Promise<void> {
    const age = newestBackupAge(this.backupDir, this.o.now());
    const hasData = (this.store.sqlite.prepare('select count(*) n from users').get() as { n: number }).n > 0;
    if (hasData && (age === null || age >= DAY)) await this.backup(this.store.sqlite, 'daily');
  }

  /**
   * Replace the live file with a backup (or a file built from an archive). Checked first, before the
   * live file is touched: integrity, a schema exactly the app's, every frozen version and approval
   * (integrity/verify-file.ts). Then the live file is backed up ("pre-restore") and swapped; if the
   * new file cannot be opened, the pre-restore copy is put back whole and the refusal names it.
   * Returns the pre-restore copy's name.
   */
  async restoreFrom(path: string, source: FileSource = 'backup'): Promise<string> {
    const preview = inspectBackup(path);
    if (preview.integrity !== 'ok') throw new Error(`backup failed integrity check: ${preview.integrity}`);
    await verifyReplacement(path, source);
    await this.background;
    await this.searchIndex.stop();
    const pre = await this.backup(this.store.sqlite, 'pre-restore');
    // Copy beside the live file first, so the swap itself is one atomic rename.
    const incoming = `${this.o.dbPath}.restoring`;
    copyFileSync(path, incoming);
    await this.store.close();
    this.current = null;
    this.swapIn(incoming);
    try {
      await this.open();
    } catch (e) {
      const detail = (e instanceof Error ? e.message : String(e)).slice(0, 200);
      this.o.log.error(`restore: the restored file did not open; rolling back to ${pre.name}`, e);
      try {
        copyFileSync(pre.path, incoming);
        this.swapIn(incoming);
        await this.open();
      } catch (again) {
        this.o.log.error(`restore: rolling back to ${pre.name} failed; restore it by hand`, again);
        throw new CoreError('internal', 'error.restore_rollback_failed', { detail, preRestore: pre.name });
      }
      throw new CoreError('conflict', 'error.restore_rolled_back', { detail, preRestore: pre.name });
    }
    return pre.name;
  }

  /** One atomic rename over the closed live file, its WAL and shared-memory files gone first. */
  private swapIn(incoming: string): void {
    for (const suffix of ['-wal', '-shm']) rmSync(this.o.dbPath + suffix, { force: true });
    renameSync(incoming, this.o.dbPath);
  }

  async close(): Promise<void> {
    // Not in the middle of the daily backup's copy, nor of an index batch.
    await this.background;
    await this.searchIndex.stop();
    await this.current?.close();
    this.current = null;
  }
}
