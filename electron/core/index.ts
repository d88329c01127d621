import { openStore, type Store } from './db/connection';
import { migrate, schemaVersion } from './db/migrate';
import { createDispatcher, type Dispatcher } from './dispatch';
import { handlers } from './handlers';
import { createLogger, type Logger } from './log';

export interface Core extends Dispatcher {
  store: Store;
  close(): Promise<void>;
}

export interface CoreOptions {
  dbPath: string;
  log?: Logger;
  now?: () => Date;
  validateResults?: boolean;
  /** Path of a better-sqlite3 binary built for Electron's ABI; Node's own build otherwise. */
  nativeBinding?: string;
}

/** Open (or create) a workspace file, bring its schema up to date, and answer calls on it. */
export async function openCore({ dbPath, log = createLogger(), now, validateResults, nativeBinding }: CoreOptions): Promise<Core> {
  const store = openStore(dbPath, { nativeBinding });
  try {
    const before = schemaVersion(store.sqlite);
    const applied = await migrate(store.db, store.sqlite);
    if (applied.length > 0) log.info('migrated workspace', { dbPath, from: before, applied });
  } catch (e) {
    await store.close();
    throw e;
  }
  const dispatcher = createDispatcher({ store, handlers, log, now, validateResults });
  return { ...dispatcher, store, close: () => store.close() };
}

export { statusOf } from './dispatch';
export type { CallOptions } from './dispatch';
