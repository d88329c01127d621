import type { ChangeEvent } from '@shared/live/changes';
import type { Kysely } from 'kysely';

export type ChangeListener = (event: ChangeEvent) => void;

/** What hosts (browser mode, the team server, the Electron relay) see of the feed: subscribe. */
export interface ChangeSource {
  /** Every committed write from now on, from this process and, on PostgreSQL, from every other. */
  subscribe(listener: ChangeListener): () => void;
}

/**
 * The change feed as the dispatcher drives it. `stage` runs inside the write's transaction, so an
 * event is delivered only if the write commits; `committed` runs after the commit. Each engine
 * uses the one that fits it: PostgreSQL NOTIFYs in `stage` (the database holds it until commit
 * and delivers it to every listening process, this one too), SQLite delivers in `committed`.
 */
export interface ChangeFeed extends ChangeSource {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any schema: only raw SQL runs
  stage(trx: Kysely<any>, event: ChangeEvent): Promise<void>;
  committed(event: ChangeEvent): void;
  close(): Promise<void>;
}

/** Listeners in one process; one failing listener never stops the others or the write. */
export class Listeners {
  private readonly set = new Set<ChangeListener>();

  constructor(private readonly onError: (e: unknown) => void) {}

  add(listener: ChangeListener): () => void {
    this.set.add(listener);
    return () => this.set.delete(listener);
  }

  emit(event: ChangeEvent): void {
    for (const l of [...this.set]) {
      try {
        l(event);
      } catch (e) {
        this.onError(e);
      }
    }
  }

  clear(): void {
    this.set.clear();
  }
}
