import type { Logger as Pino } from 'pino';
import type { SessionState } from '@shared/contract';
import type { Core } from '../core';
import { healthRoute } from './health';
import { logRequest } from './request-log';
import { startServer, type RunningServer } from './server';
import { teamAccess } from './team-access';

export interface TeamServerOptions {
  /** A core opened on the team database (`openCore({ team })`). */
  core: Core;
  staticDir: string;
  host: string;
  port: number;
  tls?: { cert: Buffer; key: Buffer };
  behindProxy?: boolean;
  publicUrl?: URL;
  log: Pino;
  /** The set-up token; random per launch unless given. */
  token?: string;
}

export interface RunningTeamServer extends RunningServer {
  /** The address people open. */
  url: string;
  /** The address with the set-up token, useful only until the workspace is claimed. */
  setupUrl: string;
  /** Do people sign in with passwords yet? (Until then only the set-up token is answered.) */
  claimed(): Promise<boolean>;
}

/**
 * The team server: browser mode's server (server.ts) with the team's access policy
 * (team-access.ts), HTTPS, `/healthz`, a JSON log line per request and a graceful shutdown.
 * Stateless: sessions live in the team database, so several of these may run behind one proxy.
 */
export async function startTeamServer(o: TeamServerOptions): Promise<RunningTeamServer> {
  let draining = false;
  const claimed = async () => {
    const r = await o.core.call('auth.session', {}, { implicitIdentity: false });
    return r.ok && (r.result as SessionState).mode === 'required';
  };
  const server = await startServer({
    core: o.core,
    staticDir: o.staticDir,
    host: o.host,
    port: o.port,
    tls: o.tls,
    token: o.token,
    access: (port, token) =>
      teamAccess({
        host: o.host,
        port,
        tls: Boolean(o.tls),
        behindProxy: Boolean(o.behindProxy),
        publicUrl: o.publicUrl,
        token,
        claimed,
      }),
    routes: { '/healthz': healthRoute(o.core, () => draining) },
    onRequest: (r) => logRequest(o.log, r),
    // The page then needs no launch token: people sign in (renderer/src/api/transport.ts).
    pageMeta: { 'workbench-server': 'team' },
  });
  const hostForUrl = o.host.includes(':') ? `[${o.host}]` : o.host;
  const url = o.publicUrl
    ? o.publicUrl.origin
    : `${o.tls ? 'https' : 'http'}://${hostForUrl === '0.0.0.0' || hostForUrl === '[::]' ? '127.0.0.1' : hostForUrl}:${server.port}`;
  return {
    ...server,
    url,
    setupUrl: `${url}/#token=${server.token}`,
    claimed,
    async shutdown(graceMs) {
      draining = true;
      await server.shutdown(graceMs);
    },
  };
}
