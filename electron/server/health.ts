import type { IncomingMessage, ServerResponse } from 'node:http';
import { LATEST_VERSION } from '../core/db/migrations';
import { postgresSchemaVersion } from '../core/db/postgres/migrate';
import type { Core } from '../core';
import { sendJson } from './server';

/** What `/healthz` answers: 200 when the database answers at this build's schema, else 503. */
export interface Health {
  ok: boolean;
  engine: 'postgres' | 'sqlite' | null;
  schemaVersion: number | null;
  expectedSchemaVersion: number;
  /** The server is shutting down: a proxy should send new work elsewhere. */
  draining: boolean;
  error?: string;
}

function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer from the database within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Ask the database itself (a query on the server's pool), with a deadline: a hung pool is unhealthy. */
export async function checkHealth(core: Core, draining: boolean, timeoutMs: number): Promise<Health> {
  const base = { expectedSchemaVersion: LATEST_VERSION, draining };
  try {
    const store = core.store;
    if (store.engine !== 'postgres') return { ...base, ok: !draining, engine: 'sqlite', schemaVersion: LATEST_VERSION };
    const version = await within(postgresSchemaVersion(store.db), timeoutMs);
    const ok = version === LATEST_VERSION && !draining;
    return { ...base, ok, engine: 'postgres', schemaVersion: version };
  } catch (e) {
    return { ...base, ok: false, engine: null, schemaVersion: null, error: (e as Error).message.slice(0, 200) };
  }
}

/** The `/healthz` route for a load balancer or systemd's watchdog script. */
export function healthRoute(core: Core, isDraining: () => boolean, timeoutMs = 3000) {
  return async (_req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const health = await checkHealth(core, isDraining(), timeoutMs);
    sendJson(res, health.ok ? 200 : 503, health);
  };
}
