import { openPostgresStore, redactUrl } from './db/postgres/connection';
import { migratePostgres, postgresSchemaVersion } from './db/postgres/migrate';
import { LATEST_VERSION } from './db/migrations';
import { NewerSchemaError } from './db/schema-version';
import type { PostgresStore } from './db/store';
import type { Logger } from '../common/log';
import { searchIndexNeedsRebuild } from './search/indexer';
import { SearchIndexJob } from './search/rebuild-job';

export interface TeamWorkspaceOptions {
  /** The server's connection: a role without UPDATE/DELETE on the evidence tables. */
  url: string;
  /**
   * The owner's connection, for migrations and grants. Without it the database must already be at
   * this build's schema version (a second server behind the same proxy, started after the first).
   */
  ownerUrl?: string;
  /** The role the privileges are granted to; default the user name in `url`. */
  serverRole?: string;
  poolMax?: number;
  log: Logger;
}

export class SchemaBehindError extends Error {
  constructor(readonly found: number) {
    super(
      `The team database is at schema version ${found}; this build needs ${LATEST_VERSION}. ` +
        'Start the server once with --owner-pg (the owner role) to migrate it.',
    );
  }
}

/** The team workspace: a shared PostgreSQL database, opened by a (stateless) server process. */
export class TeamWorkspace {
  readonly kind = 'team' as const;
  private current: PostgresStore | null = null;

  /** The archive's index, rebuilt in the background when it must be (search/rebuild-job.ts). */
  readonly searchIndex: SearchIndexJob;

  constructor(private readonly o: TeamWorkspaceOptions) {
    this.searchIndex = new SearchIndexJob(o.log);
  }

  get store(): PostgresStore {
    if (!this.current) throw new Error('The team workspace is closed');
    return this.current;
  }

  get path(): string {
    return redactUrl(this.o.url);
  }

  /** Ready once open: PostgreSQL checks its own pages; there is no start-up check to wait for. */
  ready(): Promise<void> {
    return Promise.resolve();
  }

  /** No start-up work runs in the background on a team database (backups are pg_dump's). */
  idle(): Promise<void> {
    return Promise.resolve();
  }

  async open(): Promise<void> {
    if (this.o.ownerUrl) {
      const owner = openPostgresStore(this.o.ownerUrl, { max: 1, applicationName: 'agency-workbench-migrate' });
      try {
        const serverRole = this.o.serverRole ?? decodeURIComponent(new URL(this.o.url).username);
        const applied = await migratePostgres(owner.db, { serverRole });
        if (applied.length > 0) this.o.log.info('migrated team database', { applied });
      } finally {
        await owner.close();
      }
    }
    const store = openPostgresStore(this.o.url, { max: this.o.poolMax });
    try {
      const version = await postgresSchemaVersion(store.db);
      if (version > LATEST_VERSION) throw new NewerSchemaError(version, LATEST_VERSION);
      if (version < LATEST_VERSION) throw new SchemaBehindError(version);
      // Rebuilt in the background (search/rebuild-job.ts): opening does not wait for it.
      const rebuild = await searchIndexNeedsRebuild(store.db);
      this.current = store;
      if (rebuild) this.searchIndex.start(store.db);
    } catch (e) {
      await store.close();
      throw e;
    }
  }

  async close(): Promise<void> {
    await this.searchIndex.stop();
    await this.current?.close();
    this.current = null;
  }
}
