import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { ApiResponse } from '@shared/contract';
import { isLang, type Lang } from '@shared/i18n/lang';
import { CONTENT_SECURITY_POLICY } from '../common/csp';
import { localize, type CoreMessageKey } from '../core/errors';
import type { Core } from '../core';
import { statusOf } from '../core/status';
import { browserModeAccess, type AccessPolicy } from './access';
import { EVENTS_PATH, eventsToken, serveEvents } from './events';
import { readCookie, setCookie } from './session-cookie';
import { readStatic } from './static-files';

export interface ServerOptions {
  /**
   * The core, or its opening: browser mode listens before the core has loaded (issue 18, cold
   * start), so the page's files are served meanwhile and each API call waits for the core here. Its
   * failure to open is the host's to report (cli.ts); a call waiting on it is answered `internal`.
   */
  core: Core | Promise<Core>;
  /** Told when a request needs the core, before it waits for it (browser mode loads it then: core-on-demand.ts). */
  needCore?(): void;
  /** The built renderer (out/renderer). */
  staticDir: string;
  port?: number;
  /** Random per launch unless given (WORKBENCH_TOKEN). */
  token?: string;
  maxBodyBytes?: number;
  /** The address to listen on; default 127.0.0.1 (browser mode never listens anywhere else). */
  host?: string;
  /** Serve HTTPS with this certificate and key (PEM). */
  tls?: { cert: Buffer; key: Buffer };
  /** Who is answered and how, once the port is known; default browser mode's (access.ts). */
  access?: (port: number, token: string) => AccessPolicy;
  /** GET routes answered after the peer check and before the Host check (a load balancer's probe). */
  routes?: Record<string, (req: IncomingMessage, res: ServerResponse) => Promise<void>>;
  /** Told about every request once its answer is sent (the team server's structured log). */
  onRequest?(record: RequestRecord): void;
  /** `<meta name content>` put into every HTML page served (tells the page which host serves it). */
  pageMeta?: Record<string, string>;
  /** How often a live-refresh stream re-checks its session (events.ts; tests shorten it). */
  eventsHeartbeatMs?: number;
}

/** One request as the logs see it: never a body, a password or a session id. */
export interface RequestRecord {
  method: string;
  /** The API call's name, or the route; `static` for files. */
  handler: string;
  status: number;
  ms: number;
  /** Who acted (null: nobody, or not an API call). */
  userId: number | null;
  client: string;
}

export interface RunningServer {
  url: string;
  port: number;
  token: string;
  /** Stop at once: every connection is cut (tests, browser mode). */
  close(): Promise<void>;
  /**
   * Stop gracefully: no new connection or request is accepted, the requests in flight are
   * answered (for at most `graceMs`, then cut), then the server is closed.
   */
  shutdown(graceMs: number): Promise<void>;
}

/**
 * A 10,000-line interchange quote is about 3 MB; a workspace archive or a logo travels as base64
 * and may be tens of MB. Anything larger is not a real request.
 */
export const DEFAULT_MAX_BODY = 64 * 1024 * 1024;
const API_PREFIX = '/api/';

const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

function langOf(req: IncomingMessage): Lang {
  const explicit = req.headers['x-workbench-lang'];
  if (isLang(explicit)) return explicit;
  return /^en\b/i.test(req.headers['accept-language'] ?? '') ? 'en' : 'zh-CN';
}

export function sendJson(res: ServerResponse, status: number, body: unknown, extra: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...extra,
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  res.end(text);
}

function refuse(res: ServerResponse, status: number, code: string, key: CoreMessageKey, lang: Lang): void {
  const messages = localize(key);
  const body: ApiResponse<never> = { ok: false, error: { code: code as never, message: messages[lang], messages } };
  sendJson(res, status, body);
}

function withMeta(html: Buffer, meta: Record<string, string>): Buffer {
  const escape = (v: string) => v.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);
  const tags = Object.entries(meta)
    .map(([name, content]) => `<meta name="${escape(name)}" content="${escape(content)}">`)
    .join('');
  return Buffer.from(
    html.toString('utf8').replace(/<head>/i, (h) => `${h}${tags}`),
    'utf8',
  );
}

/** Read at most `limit` bytes; null when the body is larger (the rest is not read). */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) return resolve(null);
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        resolve(null);
        req.removeAllListeners('data');
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/**
 * Browser mode: the built renderer and `POST /api/<name>` on 127.0.0.1 only, answered by the same
 * core the Electron shell uses.
 */
export async function startServer({
  core,
  staticDir,
  port = 0,
  token,
  maxBodyBytes = DEFAULT_MAX_BODY,
  host = '127.0.0.1',
  tls,
  access = browserModeAccess,
  routes = {},
  onRequest,
  pageMeta,
  eventsHeartbeatMs,
  needCore,
}: ServerOptions): Promise<RunningServer> {
  const secret = token ?? randomBytes(24).toString('base64url');
  let policy: AccessPolicy = access(port, secret);
  /** Answers being prepared: told to close their connection when a graceful shutdown begins. */
  const inFlight = new Set<ServerResponse>();
  let draining = false;

  const listener = async (req: IncomingMessage, res: ServerResponse) => {
    const lang = langOf(req);
    const started = performance.now();
    const record = { handler: 'static', userId: null as number | null };
    inFlight.add(res);
    res.on('close', () => {
      inFlight.delete(res);
      onRequest?.({
        method: req.method ?? '?',
        handler: record.handler,
        status: res.statusCode,
        ms: Math.round((performance.now() - started) * 10) / 10,
        userId: record.userId,
        client: policy.client(req),
      });
    });
    if (draining) res.setHeader('Connection', 'close');
    try {
      if (!policy.peerAllowed(req)) {
        record.handler = 'refused-peer';
        return refuse(res, 403, 'forbidden', 'error.forbidden_origin', lang);
      }
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const route = routes[url.pathname];
      if (route && (req.method === 'GET' || req.method === 'HEAD')) {
        record.handler = url.pathname;
        return await route(req, res);
      }
      if (!policy.hostAllowed(req)) return refuse(res, 403, 'forbidden', 'error.forbidden_origin', lang);
      if (url.pathname === EVENTS_PATH) {
        record.handler = 'events';
        return await events(req, res, url, lang);
      }
      if (url.pathname.startsWith(API_PREFIX)) {
        record.handler = decodeURIComponent(url.pathname.slice(API_PREFIX.length)).slice(0, 80);
        return await api(req, res, url.pathname.slice(API_PREFIX.length), lang, record);
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'not_found', 'error.method', lang);
      // The raw path, not the URL parser's: it would fold `/../` away and hide a traversal attempt.
      const file = await readStatic(staticDir, (req.url ?? '/').split(/[?#]/)[0]!);
      if (!file) return refuse(res, 404, 'not_found', 'error.not_found', lang);
      const isHtml = file.type.startsWith('text/html');
      res.writeHead(200, {
        ...SECURITY_HEADERS,
        'Content-Type': file.type,
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Frame-Options': 'DENY',
        'Cache-Control': isHtml ? 'no-store' : 'public, max-age=3600',
      });
      res.end(req.method === 'HEAD' ? undefined : isHtml && pageMeta ? withMeta(file.body, pageMeta) : file.body);
    } catch (e) {
      process.stderr.write(`browser mode: ${(e as Error).message}\n`);
      if (!res.headersSent) refuse(res, 500, 'internal', 'error.internal', lang);
      else res.end();
    }
  };
  const server = tls ? createTlsServer({ cert: tls.cert, key: tls.key }, listener) : createServer(listener);

  async function api(
    req: IncomingMessage,
    res: ServerResponse,
    name: string,
    lang: Lang,
    record: { userId: number | null },
  ): Promise<void> {
    needCore?.(); // even before the checks: a refused call costs nothing, a waiting one its load
    if (req.method !== 'POST') return refuse(res, 405, 'not_found', 'error.method', lang);
    if (!policy.originAllowed(req)) return refuse(res, 403, 'forbidden', 'error.forbidden_origin', lang);
    const admission = await policy.admit(req);
    if (!admission.ok) return refuse(res, 401, 'unauthorized', 'error.unauthorized', lang);
    const body = await readBody(req, maxBodyBytes);
    if (body === null) {
      refuse(res, 413, 'too_large', 'error.too_large', lang);
      req.socket.destroySoon?.();
      return;
    }
    let args: unknown = {};
    if (body.length > 0) {
      try {
        args = JSON.parse(body.toString('utf8'));
      } catch {
        return refuse(res, 400, 'validation', 'error.bad_json', lang);
      }
    }
    // Who acts comes from the session cookie only; nothing else the page sends names a user.
    const headers: Record<string, string> = {};
    const response = await (
      await core
    ).call(decodeURIComponent(name), args, {
      sessionId: readCookie(req, policy.cookieName),
      client: policy.client(req),
      onSession: (id) => (headers['Set-Cookie'] = setCookie(policy.cookieName, id, policy.secureCookie)),
      onActor: (userId) => (record.userId = userId),
      implicitIdentity: admission.implicitIdentity,
      lang,
    });
    sendJson(res, statusOf(response), response, headers);
  }

  /** Live refresh (electron/server/events.ts): the same origin, token and session as the API. */
  async function events(req: IncomingMessage, res: ServerResponse, url: URL, lang: Lang): Promise<void> {
    needCore?.();
    if (!policy.originAllowed(req)) return refuse(res, 403, 'forbidden', 'error.forbidden_origin', lang);
    // EventSource cannot send headers: its token comes as ?token= and is admitted as the API's is.
    const token = eventsToken(req, url);
    if (token !== undefined) req.headers.authorization = `Bearer ${token}`;
    const admission = await policy.admit(req);
    if (!admission.ok) return refuse(res, 401, 'unauthorized', 'error.unauthorized', lang);
    await serveEvents(req, res, {
      core: await core,
      sessionId: readCookie(req, policy.cookieName),
      implicitIdentity: admission.implicitIdentity,
      heartbeatMs: eventsHeartbeatMs,
      refuse: (status, code, key) => refuse(res, status, code, key, lang),
    });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const boundPort = (server.address() as AddressInfo).port;
  policy = access(boundPort, secret);
  return {
    port: boundPort,
    token: secret,
    url: `http://127.0.0.1:${boundPort}/#token=${secret}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
    shutdown: (graceMs) =>
      new Promise<void>((resolve) => {
        draining = true;
        // Answers still being prepared close their connection once sent (no keep-alive).
        for (const res of inFlight) if (!res.headersSent) res.setHeader('Connection', 'close');
        const timer = setTimeout(() => server.closeAllConnections(), graceMs);
        // Stops accepting; resolves once every connection has closed (idle keep-alive ones now).
        server.close(() => {
          clearTimeout(timer);
          resolve();
        });
        server.closeIdleConnections();
      }),
  };
}
