import { spawn, type ChildProcess } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** The real team server as its own process (tsx runs the sources; `npm run server` runs the build). */
export interface TeamProcess {
  child: ChildProcess;
  /** Every JSON line it logged so far. */
  logs: Record<string, unknown>[];
  stdout: () => string;
  stderr: () => string;
  port: number;
  url: string;
  setupUrl?: string;
  token?: string;
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

export function runTeamCli(
  args: string[],
  env: Record<string, string> = {},
): {
  child: ChildProcess;
  out: string[];
  err: string[];
  exited: Promise<number | null>;
} {
  const child = spawn(
    process.execPath,
    [
      join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
      '--tsconfig',
      join(ROOT, 'tsconfig.node.json'),
      join(ROOT, 'electron/server/team-cli.ts'),
      ...args,
    ],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } },
  );
  const out: string[] = [];
  const err: string[] = [];
  child.stdout!.on('data', (c: Buffer) => out.push(c.toString('utf8')));
  child.stderr!.on('data', (c: Buffer) => err.push(c.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, out, err, exited };
}

export async function startTeamProcess(args: string[], env: Record<string, string> = {}): Promise<TeamProcess> {
  const { child, out, err, exited } = runTeamCli(args, env);
  const logs = (): Record<string, unknown>[] =>
    out
      .join('')
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as Record<string, unknown>);
  const ready = await new Promise<Record<string, unknown>>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ready line in 90 s: ${out.join('')}${err.join('')}`)), 90_000);
    const check = () => {
      const line = logs().find((l) => l.msg === 'ready');
      if (line) {
        clearTimeout(timer);
        resolve(line);
      }
    };
    child.stdout!.on('data', check);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code}) before it was ready: ${err.join('')}`));
    });
  });
  const setupUrl = ready.setupUrl as string | undefined;
  const p: TeamProcess = {
    child,
    get logs() {
      return logs();
    },
    stdout: () => out.join(''),
    stderr: () => err.join(''),
    port: ready.port as number,
    url: ready.url as string,
    setupUrl,
    token: setupUrl?.split('#token=')[1],
    exited,
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
    },
  };
  return p;
}

/** The log line `match` finds, once the process has written it (it logs after the answer is sent). */
export async function waitForLog(
  p: TeamProcess,
  match: (line: Record<string, unknown>) => boolean,
  timeoutMs = 10_000,
): Promise<Record<string, unknown>> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const line = p.logs.find(match);
    if (line) return line;
    if (Date.now() > until) throw new Error(`no such log line in ${timeoutMs} ms: ${p.stdout()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export interface Reply {
  status: number;
  json: any;
  setCookie: string[];
  headers: Record<string, unknown>;
}

/** One HTTP(S) request to 127.0.0.1 (or `address`), with the headers given. */
export function send(
  port: number,
  path: string,
  options: {
    method?: string;
    body?: unknown;
    headers?: Record<string, string>;
    tls?: boolean;
    address?: string;
    ca?: Buffer;
  } = {},
): Promise<Reply> {
  const request = options.tls ? httpsRequest : httpRequest;
  const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: options.address ?? '127.0.0.1',
        port,
        path,
        method: options.method ?? (payload === undefined ? 'GET' : 'POST'),
        headers: {
          Host: `127.0.0.1:${port}`,
          'X-Workbench-Lang': 'en',
          ...(payload ? { 'Content-Type': 'application/json' } : {}),
          ...options.headers,
        },
        ...(options.tls ? { ca: options.ca, servername: 'localhost', agent: false } : { agent: false }),
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: unknown;
          try {
            json = JSON.parse(text);
          } catch {
            json = text;
          }
          resolve({
            status: res.statusCode ?? 0,
            json,
            setCookie: res.headers['set-cookie'] ?? [],
            headers: res.headers,
          });
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/** `name=value` of the first Set-Cookie, for the next request's Cookie header. */
export function cookieOf(reply: Reply): string {
  const first = reply.setCookie[0];
  if (!first) throw new Error(`no Set-Cookie in ${JSON.stringify(reply.json)}`);
  return first.split(';')[0]!;
}
