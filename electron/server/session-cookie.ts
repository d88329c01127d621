import type { IncomingMessage } from 'node:http';

/**
 * The browser-mode session cookie. Its name carries the port: cookies are shared by every port of
 * 127.0.0.1, and two workspaces open side by side must not sign each other out. HttpOnly (the
 * page's scripts never see it), SameSite=Strict (no other site's page sends it), Path=/.
 */
export function cookieName(port: number): string {
  return `workbench_session_${port}`;
}

const ID = /^[A-Za-z0-9_-]{20,100}$/;

/** The session id the request carries under `name`, if it is shaped like one of ours. */
export function readCookie(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    const value = rest.join('=');
    if (key === name && ID.test(value)) return value;
  }
  return undefined;
}

/**
 * The Set-Cookie value that stores a session id under `name`, or clears it (null). `secure`: only
 * ever sent over HTTPS (a team server with TLS, or behind a proxy that terminates it).
 */
export function setCookie(name: string, id: string | null, secure = false): string {
  const attributes = `HttpOnly; SameSite=Strict; Path=/${secure ? '; Secure' : ''}`;
  return id === null ? `${name}=; ${attributes}; Max-Age=0` : `${name}=${id}; ${attributes}`;
}

/** Browser mode's cookie for this port. */
export function readSessionCookie(req: IncomingMessage, port: number): string | undefined {
  return readCookie(req, cookieName(port));
}

export function sessionCookie(port: number, id: string | null): string {
  return setCookie(cookieName(port), id);
}
