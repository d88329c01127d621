/**
 * The desktop window as a team server's client: its calls go over HTTPS from this process (the
 * page never talks to the network and never sees the session cookie). No `electron` import, so
 * tests run it under plain Node against a real team server.
 *
 * Trust: the system's certificate authorities, plus — after the person explicitly trusted it,
 * having been shown its fingerprint — one self-signed certificate per server, pinned by its
 * SHA-256 fingerprint. A certificate that changes after being trusted is refused.
 */
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { checkServerIdentity, connect as tlsConnect, rootCertificates, type PeerCertificate } from 'node:tls';
import type { ApiResponse } from '@shared/contract';
import { hostRefusal } from '@shared/host/messages';
import { apiResponse } from '@shared/host/protocol';
import type { CertificateInfo } from '@shared/host/team';
import { sharedCatalogs } from '@shared/i18n/catalog';
import type { Lang } from '@shared/i18n/lang';
import type { Logger } from '../common/log';
import type { CallTarget } from './core-link';

export interface TrustedCertificate {
  fingerprint256: string;
  /** The certificate itself, so it can be given to TLS as the one extra authority for this server. */
  pem: string;
}

export interface TeamServer {
  /** `https://host[:port]` */
  origin: string;
  host: string;
  /** A per-launch token some servers print in their URL (`#token=…`), sent as a bearer token. */
  token?: string;
  trusted?: TrustedCertificate;
}

/** The URL as typed (already checked by teamUrlSchema) → origin, host and token. */
export function teamServerFromUrl(url: string, trusted?: TrustedCertificate): TeamServer {
  const u = new URL(url.trim());
  const token = /(?:^#|&)token=([^&]+)/.exec(u.hash)?.[1];
  return {
    origin: u.origin,
    host: u.host,
    token: token ? decodeURIComponent(token) : undefined,
    trusted,
  };
}

/** TLS failures a person can decide about by looking at the certificate (an unknown issuer). */
const TRUSTABLE = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
]);
const FINGERPRINT_CHANGED = 'WORKBENCH_FINGERPRINT_CHANGED';

/** A certificate failure the catalogue has words for (the codes are OpenSSL's). */
function isCertificateProblem(code: string): boolean {
  return Object.prototype.hasOwnProperty.call(sharedCatalogs['zh-CN'].certificateProblems, code);
}

/** Why a certificate was refused, in words (shared/i18n, certificateProblems). */
export function problemText(code: string, lang: Lang): string {
  const words: Record<string, string> = sharedCatalogs[lang].certificateProblems;
  return isCertificateProblem(code) ? words[code]! : code;
}

interface Reply {
  status: number;
  body: unknown;
  setCookie: string[];
}

/** POST one call to the server; rejects with the socket's error (TLS codes included). */
function post(server: TeamServer, name: string, args: unknown, lang: Lang, cookie?: string): Promise<Reply> {
  const url = new URL(`/api/${encodeURIComponent(name)}`, server.origin);
  const body = Buffer.from(JSON.stringify(args ?? {}));
  const headers: Record<string, string | number> = {
    'Content-Type': 'application/json',
    'Content-Length': body.length,
    'X-Workbench-Lang': lang,
  };
  if (server.token) headers.Authorization = `Bearer ${server.token}`;
  if (cookie) headers.Cookie = cookie;
  const trusted = server.trusted;
  return new Promise((resolve, reject) => {
    const onResponse = (res: IncomingMessage) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', reject);
      res.on('end', () => {
        let parsed: unknown;
        try {
          parsed = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        } catch {
          parsed = null;
        }
        resolve({ status: res.statusCode ?? 0, body: parsed, setCookie: res.headers['set-cookie'] ?? [] });
      });
    };
    const req =
      url.protocol === 'https:'
        ? httpsRequest(
            url,
            {
              method: 'POST',
              headers,
              // A trusted self-signed certificate is one more authority for this server only, and
              // it must be exactly the one the person trusted (checked during the handshake,
              // before a byte of the request leaves).
              ca: trusted ? [...rootCertificates, trusted.pem] : undefined,
              checkServerIdentity: (host: string, cert: PeerCertificate) => {
                const wrongName = checkServerIdentity(host, cert);
                if (wrongName) return wrongName;
                if (trusted && cert.fingerprint256 !== trusted.fingerprint256) {
                  return Object.assign(new Error('the certificate changed'), { code: FINGERPRINT_CHANGED });
                }
                return undefined;
              },
              agent: false,
            },
            onResponse,
          )
        : httpRequest(url, { method: 'POST', headers, agent: false }, onResponse);
    req.setTimeout(30_000, () => req.destroy(Object.assign(new Error('timed out'), { code: 'ETIMEDOUT' })));
    req.on('error', reject);
    req.end(body);
  });
}

/** The certificate the server presents, read without trusting it (to show the person). */
export function peerCertificate(origin: string): Promise<{ info: CertificateInfo; pem: string }> {
  const u = new URL(origin);
  return new Promise((resolve, reject) => {
    const socket = tlsConnect({
      host: u.hostname,
      port: Number(u.port || 443),
      servername: /^[\d.]+$|:/.test(u.hostname) ? undefined : u.hostname,
      rejectUnauthorized: false,
    });
    socket.setTimeout(15_000, () => socket.destroy(new Error('timed out')));
    socket.once('secureConnect', () => {
      const cert = socket.getPeerCertificate();
      socket.end();
      const b64 = cert.raw.toString('base64').replace(/(.{64})/g, '$1\n');
      resolve({
        info: {
          fingerprint256: cert.fingerprint256,
          subject: [cert.subject?.CN ?? ''].flat().join(', '),
          issuer: [cert.issuer?.CN ?? ''].flat().join(', '),
          validFrom: cert.valid_from,
          validTo: cert.valid_to,
        },
        pem: `-----BEGIN CERTIFICATE-----\n${b64.trim()}\n-----END CERTIFICATE-----\n`,
      });
    });
    socket.once('error', reject);
  });
}

function isEnvelope(value: unknown): value is ApiResponse<unknown> {
  return apiResponse.safeParse(value).success;
}

export type ProbeResult =
  | { kind: 'ok' }
  | { kind: 'untrusted'; code: string; certificate: CertificateInfo; pem: string }
  | { kind: 'refused'; response: ApiResponse<never> };

/**
 * Is a workbench answering there, over a connection we trust? `workspace.status` is public, so no
 * session is needed to ask.
 */
export async function probeTeamServer(server: TeamServer, lang: Lang): Promise<ProbeResult> {
  try {
    const reply = await post(server, 'workspace.status', {}, lang);
    if (!isEnvelope(reply.body))
      return {
        kind: 'refused',
        response: hostRefusal('not_found', 'team.error.not_workbench', lang, { host: server.host }),
      };
    if (!reply.body.ok && reply.body.error.code === 'unauthorized')
      return { kind: 'refused', response: reply.body as ApiResponse<never> };
    return { kind: 'ok' };
  } catch (e) {
    const code = String((e as { code?: unknown }).code ?? '');
    if (code === FINGERPRINT_CHANGED || (server.trusted && TRUSTABLE.has(code))) {
      // What was trusted is not what is presented now.
      const { info, pem } = await peerCertificate(server.origin);
      return { kind: 'untrusted', code: FINGERPRINT_CHANGED, certificate: info, pem };
    }
    if (TRUSTABLE.has(code)) {
      const { info, pem } = await peerCertificate(server.origin);
      return { kind: 'untrusted', code, certificate: info, pem };
    }
    if (isCertificateProblem(code))
      return {
        kind: 'refused',
        response: hostRefusal('forbidden', 'team.error.certificate', lang, {
          host: server.host,
          problem: problemText(code, lang),
        }),
      };
    return {
      kind: 'refused',
      response: hostRefusal('internal', 'team.error.unreachable', lang, {
        host: server.host,
        detail: (e as Error).message,
      }),
    };
  }
}

/** The session cookie a reply sets: `name=value`, null when it clears it, undefined when none. */
export function sessionFromSetCookie(setCookie: string[]): string | null | undefined {
  for (const header of setCookie) {
    const [pair, ...attributes] = header.split(';').map((p) => p.trim());
    if (!pair?.includes('=')) continue;
    const cleared = pair.endsWith('=') || attributes.some((a) => /^max-age=0$/i.test(a));
    return cleared ? null : pair;
  }
  return undefined;
}

/**
 * Calls relayed to a team server. The window's session there is the server's session cookie,
 * held by the relay like the solo workspace's session id (`RelayOptions.sessionId`).
 */
export function createTeamLink(server: TeamServer, log: Logger): CallTarget & { server: TeamServer } {
  return {
    server,
    async call(name, args, options) {
      let reply: Reply;
      try {
        reply = await post(server, name, args, options.lang, options.sessionId);
      } catch (e) {
        log.error('a call to the team server failed', { host: server.host, name, error: (e as Error).message });
        const code = String((e as { code?: unknown }).code ?? '');
        // What was trusted is not what the server presents now.
        if (code === FINGERPRINT_CHANGED || (server.trusted && TRUSTABLE.has(code)))
          return hostRefusal('forbidden', 'team.error.fingerprint_changed', options.lang, { host: server.host });
        if (isCertificateProblem(code))
          return hostRefusal('forbidden', 'team.error.certificate', options.lang, {
            host: server.host,
            problem: problemText(code, options.lang),
          });
        return hostRefusal('internal', 'team.error.unreachable', options.lang, {
          host: server.host,
          detail: (e as Error).message,
        });
      }
      if (!isEnvelope(reply.body))
        return hostRefusal('internal', 'team.error.not_workbench', options.lang, { host: server.host });
      const session = sessionFromSetCookie(reply.setCookie);
      if (session !== undefined) options.onSession?.(session);
      return reply.body;
    },
  };
}
