import { PostgresSessionStore } from './auth/postgres-session-store';
import { Sessions, type SessionPolicy } from './auth/sessions';
import { LocalChangeFeed } from './changes/local-feed';
import type { ChangeFeed, ChangeSource } from './changes/feed';
import { startAnalyticsWarmer, type AnalyticsWarmer } from './analytics/warm';
import { createDispatcher, type Dispatcher } from './dispatch';
import { handlers } from './handlers';
import { createLogger, type Logger } from '../common/log';
import type { Workspace } from './workspace';
import { WorkspaceFile } from './workspace-file';
import type { Store } from './db/store';

export interface Core extends Dispatcher {
  /** The open connection (it changes after a restore). */
  readonly store: Store;
  readonly workspace: Workspace;
  /** What each committed write changed, for live refresh (server-sent events, the Electron relay). */
  readonly changes: ChangeSource;
  /** The account analytics' warm-up, when started (CommonOptions.warmAnalytics). */
  readonly analyticsWarmer?: AnalyticsWarmer;
  close(): Promise<void>;
}

interface CommonOptions {
  log?: Logger;
  now?: () => Date;
  validateResults?: boolean;
  /** Idle and absolute session expiry; default a working day (auth/sessions.ts). */
  sessionPolicy?: SessionPolicy;
  /**
   * Compute the account analytics off the user's path after start-up and when the day turns
   * (analytics/warm.ts). The hosts turn it on (host/entry.ts); tests and benchmarks that time the
   * analytics themselves leave it off, or shorten its delays.
   */
  warmAnalytics?: boolean | { firstDelayMs?: number; checkMs?: number };
}

/** A solo workspace: one SQLite file. */
export interface FileCoreOptions extends CommonOptions {
  dbPath: string;
  /** Default: a "backups" folder beside the workspace file. */
  backupDir?: string;
  /** Path of a better-sqlite3 binary built for Electron's ABI; Node's own build otherwise. */
  nativeBinding?: string;
}

/** A team workspace: a PostgreSQL database (see team-workspace.ts for the two roles). */
export interface TeamCoreOptions extends CommonOptions {
  team: { url: string; ownerUrl?: string; serverRole?: string; poolMax?: number };
}

export type CoreOptions = FileCoreOptions | TeamCoreOptions;

/**
 * Open a workspace — a file (integrity check, backup before migrating, migrations, daily backup) or
 * a team database (migrations as the owner, then the server's role) — and answer calls on it.
 */
export async function openCore(options: CoreOptions): Promise<Core> {
  const { log = createLogger(), now = () => new Date(), validateResults, sessionPolicy, warmAnalytics } = options;
  // The PostgreSQL driver loads only for a team database: a file opens without it (issue 18).
  const workspace: Workspace =
    'team' in options
      ? new (await import('./team-workspace')).TeamWorkspace({ ...options.team, log })
      : new WorkspaceFile({
          dbPath: options.dbPath,
          backupDir: options.backupDir,
          nativeBinding: options.nativeBinding,
          log,
          now,
        });
  await workspace.open();
  // A file is opened by one process: its sessions live in that process. A team database is shared
  // by every server process on it, and so are its sessions (migration 019).
  const sessions = new Sessions(
    workspace.kind === 'team' ? new PostgresSessionStore(() => workspace.store.db) : undefined,
    sessionPolicy,
  );
  let changes: ChangeFeed;
  if ('team' in options) {
    const { PostgresChangeFeed } = await import('./changes/postgres-feed');
    const feed = new PostgresChangeFeed(options.team.url, log);
    try {
      await feed.start();
    } catch (e) {
      await workspace.close();
      throw e;
    }
    changes = feed;
  } else changes = new LocalChangeFeed(log);
  const dispatcher = createDispatcher({ workspace, handlers, log, now, validateResults, sessions, changes });
  // Calls being answered: the analytics warm-up waits for none (it never holds a request back).
  let inFlight = 0;
  const analyticsWarmer = warmAnalytics
    ? startAnalyticsWarmer({
        db: () => workspace.store.db,
        now,
        log,
        busy: () => inFlight > 0,
        ...(typeof warmAnalytics === 'object' ? warmAnalytics : {}),
      })
    : undefined;
  return {
    ...dispatcher,
    call: async (...args) => {
      inFlight++;
      try {
        return await dispatcher.call(...args);
      } finally {
        inFlight--;
      }
    },
    get store() {
      return workspace.store;
    },
    workspace,
    changes,
    analyticsWarmer,
    close: async () => {
      analyticsWarmer?.stop();
      await analyticsWarmer?.settled();
      await changes.close();
      await workspace.close();
    },
  };
}

export { statusOf } from './status';
export type { CallOptions } from './dispatch';
export { CorruptWorkspaceError } from './workspace-file';
