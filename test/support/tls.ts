import { execFileSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { createServer as createHttpsServer, type Server } from 'node:https';
import { join } from 'node:path';

/** A self-signed certificate for 127.0.0.1 / localhost, made with openssl like an agency's IT person would. */
export function selfSigned(dir: string, name: string): { key: Buffer; cert: Buffer; fingerprint: string } {
  const key = join(dir, `${name}.key`);
  const cert = join(dir, `${name}.crt`);
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      key,
      '-out',
      cert,
      '-days',
      '2',
      '-subj',
      `/CN=workbench ${name}`,
      '-addext',
      'subjectAltName=IP:127.0.0.1,DNS:localhost',
    ],
    { stdio: 'ignore' },
  );
  const pem = readFileSync(cert);
  return { key: readFileSync(key), cert: pem, fingerprint: new X509Certificate(pem).fingerprint256 };
}

/** TLS in front of the team server, as a reverse proxy (nginx, Caddy) would put it. */
export function tlsProxy(tls: { key: Buffer; cert: Buffer }, backendPort: number, port = 0): Promise<Server> {
  const proxy = createHttpsServer(tls, (req, res) => {
    const upstream = httpRequest(
      {
        host: '127.0.0.1',
        port: backendPort,
        path: req.url,
        method: req.method,
        headers: { ...req.headers, host: `127.0.0.1:${backendPort}` },
      },
      (reply) => {
        res.writeHead(reply.statusCode ?? 502, reply.headers);
        reply.pipe(res);
      },
    );
    req.pipe(upstream);
  });
  return new Promise((resolve) => proxy.listen(port, '127.0.0.1', () => resolve(proxy)));
}

export const closeProxy = (p: Server) =>
  new Promise<void>((resolve) => {
    p.closeAllConnections();
    p.close(() => resolve());
  });
