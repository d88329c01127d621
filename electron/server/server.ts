import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiResponse } from '@shared/contract';
import { isLang, type Lang } from '@shared/i18n/lang';
import { CONTENT_SECURITY_POLICY } from '../common/csp';
import { localize, type CoreMessageKey } from '../core/errors';
import { statusOf, type Core } from '../core';
import { hostAllowed, originAllowed, tokenMatches } from './guard';
import { readSessionCookie, sessionCookie } from './session-cookie';
import { readStatic } from './static-files';

export interface ServerOptions {
  core: Core;
  /** The built renderer (out/renderer). */
  staticDir: string;
  port?: number;
  /** Random per launch unless given (WORKBENCH_TOKEN). */
  token?: string;
  maxBodyBytes?: number;
}

export interface RunningServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
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

function sendJson(res: ServerResponse, status: number, body: unknown, extra: Record<string, string> = {}): void {
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
}: ServerOptions): Promise<RunningServer> {
  const secret = token ?? randomBytes(24).toString('base64url');
  let boundPort = port;

  const server = createServer(async (req, res) => {
    const lang = langOf(req);
    try {
      if (!hostAllowed(req, boundPort)) return refuse(res, 403, 'forbidden', 'error.forbidden_origin', lang);
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      if (url.pathname.startsWith(API_PREFIX)) return await api(req, res, url.pathname.slice(API_PREFIX.length), lang);
      if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'not_found', 'error.method', lang);
      // The raw path, not the URL parser's: it would fold `/../` away and hide a traversal attempt.
      const file = await readStatic(staticDir, (req.url ?? '/').split(/[?#]/)[0]!);
      if (!file) return refuse(res, 404, 'not_found', 'error.not_found', lang);
      res.writeHead(200, {
        ...SECURITY_HEADERS,
        'Content-Type': file.type,
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Frame-Options': 'DENY',
        'Cache-Control': file.type.startsWith('text/html') ? 'no-store' : 'public, max-age=3600',
      });
      res.end(req.method === 'HEAD' ? undefined : file.body);
    } catch (e) {
      process.stderr.write(`browser mode: ${(e as Error).message}\n`);
      if (!res.headersSent) refuse(res, 500, 'internal', 'error.internal', lang);
      else res.end();
    }
  });

  async function api(req: IncomingMessage, res: ServerResponse, name: string, lang: Lang): Promise<void> {
    if (req.method !== 'POST') return refuse(res, 405, 'not_found', 'error.method', lang);
    if (!originAllowed(req, boundPort)) return refuse(res, 403, 'forbidden', 'error.forbidden_origin', lang);
    if (!tokenMatches(req, secret)) return refuse(res, 401, 'unauthorized', 'error.unauthorized', lang);
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
    const response = await core.call(decodeURIComponent(name), args, {
      sessionId: readSessionCookie(req, boundPort),
      client: req.socket.remoteAddress ?? 'unknown',
      onSession: (id) => (headers['Set-Cookie'] = sessionCookie(boundPort, id)),
      lang,
    });
    sendJson(res, statusOf(response), response, headers);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // Loopback only: never reachable from another machine.
    server.listen(port, '127.0.0.1', () => resolve());
  });
  boundPort = (server.address() as AddressInfo).port;
  return {
    port: boundPort,
    token: secret,
    url: `http://127.0.0.1:${boundPort}/#token=${secret}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
