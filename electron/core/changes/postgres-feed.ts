import { parseChangeEvent, type ChangeEvent } from '@shared/live/changes';
import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import type { Logger } from '../../common/log';
import { Listeners, type ChangeFeed, type ChangeListener } from './feed';

/** The channel every server process on one team database listens on. */
export const CHANGES_CHANNEL = 'workbench_changes';

const RETRY_MS = [500, 1000, 2000, 5000, 10_000];

/**
 * A team workspace: several server processes share one database, so the database carries the feed.
 * A write NOTIFYs inside its transaction (PostgreSQL delivers it on commit, and drops it on
 * rollback); a dedicated connection LISTENs and hands what arrives to this process's listeners.
 * That connection is not the pool's: a pooled connection goes back to other work between
 * queries, and a notification only reaches a connection that is LISTENing.
 *
 * If the listening connection drops, it is opened again with backoff, and once it is back the
 * listeners are told `workspace` changed: whatever was written meanwhile was not heard.
 */
export class PostgresChangeFeed implements ChangeFeed {
  private readonly listeners: Listeners;
  private client: pg.Client | null = null;
  private closed = false;
  private attempt = 0;
  private retry: NodeJS.Timeout | null = null;

  constructor(
    private readonly url: string,
    private readonly log: Logger,
  ) {
    this.listeners = new Listeners((e) => log.error('change listener failed', e));
  }

  /** Resolves once LISTEN is in place: writes from then on are heard. */
  async start(): Promise<void> {
    await this.connect();
  }

  subscribe(listener: ChangeListener): () => void {
    return this.listeners.add(listener);
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any schema: only raw SQL runs
  async stage(trx: Kysely<any>, event: ChangeEvent): Promise<void> {
    await sql`select pg_notify(${CHANGES_CHANNEL}, ${JSON.stringify(event)})`.execute(trx);
  }

  /** Nothing to do: this process hears its own NOTIFY on its LISTEN connection, like every other. */
  committed(): void {}

  async close(): Promise<void> {
    this.closed = true;
    if (this.retry) clearTimeout(this.retry);
    this.listeners.clear();
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => {});
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.url, application_name: 'agency-workbench-listen' });
    client.on('notification', (message) => {
      if (message.channel !== CHANGES_CHANNEL) return;
      let raw: unknown;
      try {
        raw = JSON.parse(message.payload ?? '');
      } catch {
        raw = null;
      }
      const event = parseChangeEvent(raw);
      // Anyone who may connect to the database may NOTIFY on it: what is not an event is dropped.
      if (event) this.listeners.emit(event);
      else this.log.error('change feed: ignored a notification that is not a change event');
    });
    client.on('error', (e) => this.lost(client, e));
    client.on('end', () => this.lost(client, new Error('connection ended')));
    await client.connect();
    await client.query(`listen ${CHANGES_CHANNEL}`);
    this.client = client;
  }

  private lost(client: pg.Client, e: Error): void {
    if (this.closed || this.client !== client) return;
    this.client = null;
    this.log.error('change feed: the listening connection was lost; reconnecting', { message: e.message });
    client.end().catch(() => {});
    this.schedule();
  }

  private schedule(): void {
    const delay = RETRY_MS[Math.min(this.attempt, RETRY_MS.length - 1)]!;
    this.attempt += 1;
    this.retry = setTimeout(() => {
      this.retry = null;
      if (this.closed) return;
      this.connect().then(
        () => {
          this.attempt = 0;
          this.listeners.emit({
            call: 'feed.resumed',
            at: new Date().toISOString(),
            by: null,
            changes: [{ kind: 'workspace', id: null }],
          });
        },
        () => this.schedule(),
      );
    }, delay);
  }
}
