import { createDispatcher, type Dispatcher } from './dispatch';
import { handlers } from './handlers';
import { createLogger, type Logger } from './log';
import { WorkspaceFile } from './workspace-file';
import type { Store } from './db/connection';

export interface Core extends Dispatcher {
  /** The open connection (it changes after a restore). */
  readonly store: Store;
  readonly workspace: WorkspaceFile;
  close(): Promise<void>;
}

export interface CoreOptions {
  dbPath: string;
  /** Default: a "backups" folder beside the workspace file. */
  backupDir?: string;
  log?: Logger;
  now?: () => Date;
  validateResults?: boolean;
  /** Path of a better-sqlite3 binary built for Electron's ABI; Node's own build otherwise. */
  nativeBinding?: string;
}

/**
 * Open (or create) a workspace file — integrity check, backup before migrating, migrations, daily
 * backup — and answer calls on it.
 */
export async function openCore({
  dbPath,
  backupDir,
  log = createLogger(),
  now = () => new Date(),
  validateResults,
  nativeBinding,
}: CoreOptions): Promise<Core> {
  const workspace = new WorkspaceFile({ dbPath, backupDir, nativeBinding, log, now });
  await workspace.open();
  const dispatcher = createDispatcher({ workspace, handlers, log, now, validateResults });
  return {
    ...dispatcher,
    get store() {
      return workspace.store;
    },
    workspace,
    close: () => workspace.close(),
  };
}

export { statusOf } from './dispatch';
export type { CallOptions } from './dispatch';
export { CorruptWorkspaceError } from './workspace-file';
