import pino, { type Logger as Pino } from 'pino';
import type { Logger } from '../common/log';
import type { RequestRecord } from './server';

/**
 * The team server's log: JSON lines on stdout (journald keeps them), one per request — method,
 * the call's name, status, milliseconds, who acted, the client's address — and the core's own
 * messages in the same stream. Never a body, a password, a cookie or a session id: the request
 * record has no field for them.
 */
export function createServerLog(destination: pino.DestinationStream | number = 1): Pino {
  return pino(
    { base: { service: 'workbench-team-server' }, timestamp: pino.stdTimeFunctions.isoTime },
    typeof destination === 'number' ? pino.destination({ dest: destination, sync: true }) : destination,
  );
}

export function logRequest(log: Pino, r: RequestRecord): void {
  const level = r.status >= 500 ? 'error' : 'info';
  log[level](
    { method: r.method, handler: r.handler, status: r.status, ms: r.ms, userId: r.userId, client: r.client },
    'request',
  );
}

/** The core's Logger on the same stream. */
export function coreLogger(log: Pino): Logger {
  const detailOf = (d: unknown) =>
    d instanceof Error ? { err: d } : d === undefined ? {} : { detail: d as Record<string, unknown> };
  return {
    error: (message, detail) => log.error(detailOf(detail), message),
    info: (message, detail) => log.info(detailOf(detail), message),
  };
}
