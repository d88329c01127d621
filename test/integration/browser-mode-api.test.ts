import { request } from 'node:http';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../electron/server/server';
import { openTestCore, snapshotTables, type TestCore } from './support/core';

interface Reply {
  status: number;
  body: string;
  json: () => any;
}

function send(
  server: RunningServer,
  path: string,
  {
    method = 'POST',
    headers = {},
    body,
  }: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: server.port, path, method, headers: { Host: `127.0.0.1:${server.port}`, ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: res.statusCode ?? 0, body: text, json: () => JSON.parse(text) });
        });
      },
    );
    req.on('error', (e: NodeJS.ErrnoException) =>
      e.code === 'ECONNRESET' || e.code === 'EPIPE' ? resolve({ status: 413, body: '', json: () => ({}) }) : reject(e),
    );
    if (body !== undefined) req.end(body);
    else req.end();
  });
}

describe('browser mode API', () => {
  let t: TestCore;
  let server: RunningServer;
  const auth = () => ({ Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' });
  const api = (name: string, args: unknown, headers: Record<string, string> = {}) =>
    send(server, `/api/${name}`, { headers: { ...auth(), ...headers }, body: JSON.stringify(args) });

  beforeEach(async () => {
    t = await openTestCore();
    const staticDir = mkdtempSync(join(tmpdir(), 'workbench-static-'));
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>workbench</title>');
    server = await startServer({ core: t.core, staticDir, port: 0, maxBodyBytes: 64 * 1024 });
    await t.ok('workspace.setup', { mode: 'empty', adminName: '王经理', companyName: '星火传播', language: 'zh-CN' });
  });
  afterEach(async () => {
    await server.close();
    await t.dispose();
  });

  it('answers a valid call with {ok:true,result}', async () => {
    const r = await api('settings.get', {});
    expect(r.status).toBe(200);
    expect(r.json()).toMatchObject({ ok: true, result: { companyName: '星火传播' } });
  });

  it('prints one ready line with a random per-launch token', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/#token=${server.token}`);
    expect(server.token.length).toBeGreaterThanOrEqual(24);
  });

  it('refuses a call without a token, or with a wrong one, with 401', async () => {
    const none = await send(server, '/api/settings.get', {
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(none.status).toBe(401);
    expect(none.json().error.code).toBe('unauthorized');
    const wrong = await api('settings.get', {}, { Authorization: 'Bearer not-the-token' });
    expect(wrong.status).toBe(401);
  });

  it('refuses a foreign Origin with 403 even with the token', async () => {
    const r = await api('settings.get', {}, { Origin: 'http://evil.example' });
    expect(r.status).toBe(403);
    expect(r.json().error.code).toBe('forbidden');
    const ok = await api('settings.get', {}, { Origin: `http://127.0.0.1:${server.port}` });
    expect(ok.status).toBe(200);
  });

  it('refuses a foreign Host (DNS rebinding) with 403, for the API and the page', async () => {
    const r = await api('settings.get', {}, { Host: `evil.example:${server.port}` });
    expect(r.status).toBe(403);
    const page = await send(server, '/', { method: 'GET', headers: { Host: 'evil.example' } });
    expect(page.status).toBe(403);
  });

  it('refuses bad args with 400, the field paths and a message in both languages, and writes nothing', async () => {
    const before = await snapshotTables(t.core);
    const r = await api('settings.update', {
      companyName: '',
      currency: 'XXX',
      documentLanguage: 'zh-CN',
      difficultyMultipliers: { '1': '0.90', '2': '1.00', '3': '1.15', '4': '1.30', '5': '1.50' },
      hoursPerDay: '8',
      taxPercent: '6',
      marginFloorPercent: '30',
      extra: true,
    });
    expect(r.status).toBe(400);
    const { error } = r.json();
    expect(error.code).toBe('validation');
    const paths = error.issues.map((i: { path: unknown[] }) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['companyName', 'currency', '']));
    for (const issue of error.issues) {
      expect(issue.messages['zh-CN']).toMatch(/\S/);
      expect(issue.messages.en).toMatch(/\S/);
    }
    expect(error.issues.find((i: { path: unknown[] }) => i.path[0] === 'companyName').messages['zh-CN']).toBe(
      '此项为必填',
    );
    expect(await snapshotTables(t.core)).toBe(before);
  });

  it('words the refusal in the language asked for', async () => {
    const en = await api(
      'users.create',
      { name: '', role: 'admin', password: 'long enough' },
      { 'X-Workbench-Lang': 'en' },
    );
    expect(en.json().error.message).toMatch(/invalid/i);
    const zh = await api(
      'users.create',
      { name: '', role: 'admin', password: 'long enough' },
      { 'X-Workbench-Lang': 'zh-CN' },
    );
    expect(zh.json().error.message).toMatch(/输入有误/);
  });

  it('answers an unknown call with 404', async () => {
    const r = await api('nothing.here', {});
    expect(r.status).toBe(404);
    expect(r.json().error.code).toBe('not_found');
  });

  it('refuses a body over the cap with 413, and writes nothing', async () => {
    const before = await snapshotTables(t.core);
    const r = await send(server, '/api/users.create', {
      headers: auth(),
      body: JSON.stringify({ name: 'x'.repeat(200 * 1024), role: 'admin' }),
    });
    expect(r.status).toBe(413);
    expect(await snapshotTables(t.core)).toBe(before);
  });

  it('refuses anything but POST on the API', async () => {
    const r = await send(server, '/api/settings.get', { method: 'GET', headers: auth() });
    expect(r.status).toBe(405);
  });

  it('turns an exception inside a handler into a 500 without a stack, and logs it', async () => {
    // A real failure, not a mock: the table the handler reads is gone.
    await t.asOwner({ sqlite: 'DROP TABLE audit_log', postgres: 'DROP TABLE audit_log' });
    const r = await api('audit.list', { limit: 5 });
    expect(r.status).toBe(500);
    const { error } = r.json();
    expect(error.code).toBe('internal');
    expect(r.body).not.toMatch(/at .*\.(ts|js):\d+/);
    expect(r.body).not.toMatch(/no such table/);
    expect(t.log.entries.some((e) => e.level === 'error' && /audit\.list/.test(e.message))).toBe(true);
  });

  it('is not reachable on any non-loopback address of this machine', async () => {
    const addresses = Object.values(networkInterfaces())
      .flat()
      .filter((a) => a && !a.internal)
      .map((a) => a!.address);
    for (const host of addresses) {
      const outcome = await new Promise<string>((resolve) => {
        const socket = connect({ host, port: server.port, timeout: 2000 });
        socket.on('connect', () => (socket.destroy(), resolve('connected')));
        socket.on('timeout', () => (socket.destroy(), resolve('timeout')));
        socket.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? 'error'));
      });
      expect(outcome, host).not.toBe('connected');
    }
  });

  it('serves the page with a CSP and refuses path traversal', async () => {
    const page = await send(server, '/', { method: 'GET' });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>workbench</title>');
    for (const path of ['/../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2fetc%2fpasswd', '/%00']) {
      const r = await send(server, path, { method: 'GET' });
      expect(r.status, path).toBe(404);
      expect(r.body).not.toMatch(/root:/);
    }
  });
});
