import { request } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core';
import { coreOnDemand } from '../../electron/server/core-on-demand';
import { startServer, type RunningServer } from '../../electron/server/server';
import { openTestCore, type TestCore } from './support/core';

interface Reply {
  status: number;
  body: string;
}

function send(server: RunningServer, path: string, method: 'GET' | 'POST', body?: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { Host: `127.0.0.1:${server.port}` };
    if (method === 'POST')
      Object.assign(headers, { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' });
    const req = request({ host: '127.0.0.1', port: server.port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * Browser mode listens before its core has loaded (electron/server/cli.ts, issue 18): the page's
 * files are served at once, and an API call that comes before the core is open waits for it — it is
 * answered by the core, never refused or answered from anything else.
 */
describe('browser mode: listening before the core is open', () => {
  let t: TestCore | undefined;
  let server: RunningServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
    await t?.dispose();
    t = undefined;
  });

  function staticDir(): string {
    const dir = mkdtempSync(join(tmpdir(), 'workbench-static-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>workbench</title>');
    return dir;
  }

  it('serves the page while the core opens, and answers a call made meanwhile once it is open, from the core', async () => {
    let open!: (core: Core) => void;
    const core = new Promise<Core>((resolve) => (open = resolve));
    server = await startServer({ core, staticDir: staticDir(), port: 0 });

    const order: string[] = [];
    const call = send(server, '/api/settings.get', 'POST', '{}').then((r) => (order.push('call answered'), r));
    const page = await send(server, '/', 'GET');
    order.push('page served');
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>workbench</title>');

    t = await openTestCore();
    await t.ok('workspace.setup', { mode: 'empty', adminName: '王经理', companyName: '星火传播', language: 'zh-CN' });
    order.push('core open');
    open(t.core);
    const reply = await call;
    expect(order).toEqual(['page served', 'core open', 'call answered']);
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, result: { companyName: '星火传播' } });
  });

  it('answers a call that waited for a core that failed to open with `internal`, no detail leaked', async () => {
    let fail!: (e: Error) => void;
    const core = new Promise<Core>((_, reject) => (fail = reject));
    core.catch(() => {}); // the host (cli.ts) reports the failure itself and stops
    server = await startServer({ core, staticDir: staticDir(), port: 0 });
    const call = send(server, '/api/settings.get', 'POST', '{}');
    // The request has reached the server (the page is served after it on the same server).
    expect((await send(server, '/', 'GET')).status).toBe(200);
    fail(new Error('the workspace file /secret/path failed its integrity check'));
    const reply = await call;
    expect(reply.status).toBe(500);
    const body = JSON.parse(reply.body) as { ok: boolean; error: { code: string } };
    expect(body).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(reply.body).not.toContain('/secret/path');
  });

  it('loads the core on demand: page files alone do not load it, an API call does at once, and idleness does without one', async () => {
    const loads: string[] = [];
    t = await openTestCore();
    await t.ok('workspace.setup', { mode: 'empty', adminName: '王经理', companyName: '星火传播', language: 'zh-CN' });
    const opened = t.core;
    const onDemand = coreOnDemand(async () => (loads.push('loaded'), opened), 60_000);
    server = await startServer({
      core: onDemand.core,
      staticDir: staticDir(),
      port: 0,
      needCore: onDemand.need,
      onRequest: onDemand.activity,
    });
    expect((await send(server, '/', 'GET')).status).toBe(200);
    expect((await send(server, '/missing.js', 'GET')).status).toBe(404);
    expect(onDemand.started()).toBe(false);
    const reply = await send(server, '/api/settings.get', 'POST', '{}');
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, result: { companyName: '星火传播' } });
    await send(server, '/api/settings.get', 'POST', '{}');
    expect(loads).toEqual(['loaded']);

    // No browser at all: the core still loads once the server has been quiet for idleMs, and
    // each page file answered meanwhile postpones that.
    const idle = coreOnDemand(async () => (loads.push('idle'), opened), 80);
    await new Promise((r) => setTimeout(r, 50));
    idle.activity();
    await new Promise((r) => setTimeout(r, 50));
    expect(idle.started()).toBe(false);
    await expect(idle.core).resolves.toBe(opened);
    expect(loads).toEqual(['loaded', 'idle']);
  });
});
