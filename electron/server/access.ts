import type { IncomingMessage } from 'node:http';
import { hostAllowed, originAllowed, tokenMatches } from './guard';
import { cookieName } from './session-cookie';

/** How an API call is let in, beyond the Host and Origin checks. */
export type Admission =
  /** Let in; `implicitIdentity`: may act without a session (see CallOptions in core/dispatch.ts). */
  | { ok: true; implicitIdentity: boolean }
  /** Refused 401 `unauthorized` (the page shows where the right address is). */
  | { ok: false };

/**
 * Who a server answers and how: one policy per kind of host. Browser mode's (below) answers only
 * its own page on 127.0.0.1 with the per-launch token; the team server's (team-access.ts) answers
 * people on the network who sign in with their password.
 */
export interface AccessPolicy {
  /** May this TCP peer talk to us at all? (Behind a proxy: only the proxy on this machine.) */
  peerAllowed(req: IncomingMessage): boolean;
  /** Is the request for us (the Host header: no DNS rebinding)? */
  hostAllowed(req: IncomingMessage): boolean;
  /** A present Origin must be ours (no cross-site calls). */
  originAllowed(req: IncomingMessage): boolean;
  admit(req: IncomingMessage): Promise<Admission>;
  /** The caller's address, for the sign-in rate limit and the logs. */
  client(req: IncomingMessage): string;
  cookieName: string;
  /** Mark the session cookie Secure (served over HTTPS). */
  secureCookie: boolean;
}

/** Browser mode: 127.0.0.1 or localhost on our port, our origin, the launch token. */
export function browserModeAccess(port: number, token: string): AccessPolicy {
  return {
    peerAllowed: () => true,
    hostAllowed: (req) => hostAllowed(req, port),
    originAllowed: (req) => originAllowed(req, port),
    admit: async (req) => (tokenMatches(req, token) ? { ok: true, implicitIdentity: true } : { ok: false }),
    client: (req) => req.socket.remoteAddress ?? 'unknown',
    cookieName: cookieName(port),
    secureCookie: false,
  };
}
