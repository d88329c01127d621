import type { IncomingMessage } from 'node:http';
import { isLoopbackHost } from '@shared/server/team-options';
import type { AccessPolicy } from './access';
import { tokenMatches } from './guard';

export interface TeamAccessOptions {
  /** The address listened on and the bound port. */
  host: string;
  port: number;
  tls: boolean;
  /** Accept only a reverse proxy on this machine, and trust its X-Forwarded-For/-Host. */
  behindProxy: boolean;
  /** The address people type (required behind a proxy). */
  publicUrl?: URL;
  /** The set-up token printed at start. */
  token: string;
  /**
   * Has the workspace been claimed — do people sign in with passwords (sign-in mode `required`)?
   * Until then only the holder of the set-up token is answered.
   */
  claimed(): Promise<boolean>;
}

function firstHeader(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return (Array.isArray(v) ? v[0] : v)?.split(',')[0]?.trim() || undefined;
}

/**
 * The team server's access: people on the network, each signing in with a password (no token once
 * the workspace is claimed). Requests must name one of our hosts (no DNS rebinding) and a present
 * Origin must be ours (no cross-site calls; the session cookie is SameSite=Strict as well). Behind a
 * proxy, only a peer on this machine is answered, and only from it are X-Forwarded-* believed.
 *
 * The hand-over: a new team database has no user who can sign in. Until it does (an admin with a
 * password and sign-in in force), the server answers only calls carrying the set-up token it prints
 * at start, exactly like browser mode, and only those may act without a session (first run, an
 * unclaimed workspace's admin). Once claimed, the token adds nothing: everyone signs in.
 */
export function teamAccess(o: TeamAccessOptions): AccessPolicy {
  const loopback = isLoopbackHost(o.host);
  const hostForUrl = o.host.includes(':') ? `[${o.host}]` : o.host;
  const hosts = new Set([`${hostForUrl}:${o.port}`.toLowerCase()]);
  if (loopback) for (const h of ['127.0.0.1', 'localhost', '[::1]']) hosts.add(`${h}:${o.port}`);
  if (o.publicUrl) hosts.add(o.publicUrl.host.toLowerCase());
  const scheme = o.tls ? 'https' : 'http';
  const origins = new Set([...hosts].map((h) => `${scheme}://${h}`));
  if (o.publicUrl) origins.add(o.publicUrl.origin.toLowerCase());
  const peerIsLocal = (req: IncomingMessage) => isLoopbackHost(req.socket.remoteAddress ?? '');
  const secure = o.tls || o.publicUrl?.protocol === 'https:';

  return {
    peerAllowed: (req) => !o.behindProxy || peerIsLocal(req),
    hostAllowed(req) {
      const host = (o.behindProxy ? firstHeader(req, 'x-forwarded-host') : undefined) ?? req.headers.host;
      return typeof host === 'string' && hosts.has(host.toLowerCase());
    },
    originAllowed(req) {
      const origin = req.headers.origin;
      return origin === undefined || origins.has(origin.toLowerCase());
    },
    async admit(req) {
      if (tokenMatches(req, o.token)) return { ok: true, implicitIdentity: true };
      return (await o.claimed()) ? { ok: true, implicitIdentity: false } : { ok: false };
    },
    client(req) {
      if (o.behindProxy && peerIsLocal(req)) {
        // The proxy appends the address it saw: the last entry is the only one it vouches for.
        const chain = String(req.headers['x-forwarded-for'] ?? '')
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
        if (chain.length > 0) return chain[chain.length - 1]!;
      }
      return req.socket.remoteAddress ?? 'unknown';
    },
    // __Host-: the browser keeps it only if Secure, Path=/ and no Domain — no sibling host can set it.
    cookieName: secure ? '__Host-workbench_session' : 'workbench_session',
    secureCookie: secure,
  };
}
