import { request, type IncomingMessage } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { User } from '@shared/contract';
import { parseChangeEvent, type ChangeEvent } from '@shared/live/changes';
import { startServer, type RunningServer } from '../../electron/server/server';
import { openTestCore, type TestCore } from './support/core';
import { CLIENT } from './support/changes';

/** An open event stream as a browser's EventSource would read it. */
interface Stream {
  status: number;
  type: string | undefined;
  events: { event: string; data: unknown }[];
  changes(): ChangeEvent[];
  ended: Promise<void>;
  done: boolean;
  close(): void;
  next(match: (e: { event: string; data: unknown }) => boolean): Promise<{ event: string; data: unknown }>;
  body: string;
}

/**
 * GET /api/events over real HTTP on the browser-mode server: the same token, Origin and session
 * rules as the API, events as they commit, and the stream ends with the session.
 */
describe('browser mode: server-sent change events', () => {
  let t: TestCore;
  let server: RunningServer;
  let clock: Date;
  let lead: User;

  function open(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Stream> {
    return new Promise((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: server.port,
          path,
          method,
          headers: { Host: `127.0.0.1:${server.port}`, ...headers },
        },
        (res: IncomingMessage) => {
          const stream: Stream = {
            status: res.statusCode ?? 0,
            type: res.headers['content-type'],
            events: [],
            body: '',
            changes: () => stream.events.filter((e) => e.event === 'change').map((e) => parseChangeEvent(e.data)!),
            done: false,
            ended: new Promise((r) =>
              res.on('close', () => {
                stream.done = true;
                r();
              }),
            ),
            close: () => req.destroy(),
            async next(match) {
              const deadline = Date.now() + 10_000;
              for (;;) {
                const found = stream.events.find(match);
                if (found) return found;
                if (Date.now() > deadline) throw new Error(`no such event in ${stream.body}`);
                await new Promise((r) => setTimeout(r, 20));
              }
            },
          };
          let buffer = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            stream.body += chunk;
            buffer += chunk;
            let at: number;
            while ((at = buffer.indexOf('\n\n')) >= 0) {
              const block = buffer.slice(0, at);
              buffer = buffer.slice(at + 2);
              const event = /^event: (.*)$/m.exec(block)?.[1];
              const data = /^data: (.*)$/m.exec(block)?.[1];
              if (event && data) stream.events.push({ event, data: JSON.parse(data) });
            }
          });
          resolve(stream);
        },
      );
      req.on('error', reject);
      req.end();
    });
  }

  async function post(name: string, args: unknown, cookie?: string) {
    const r = await fetch(`http://127.0.0.1:${server.port}/api/${name}`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${server.token}`,
        'Content-Type': 'application/json',
        ...(cookie ? { Cookie: cookie } : {}),
      },
      body: JSON.stringify(args),
    });
    return { status: r.status, json: (await r.json()) as any, setCookie: r.headers.get('set-cookie') };
  }

  const events = () => `/api/events?token=${encodeURIComponent(server.token)}`;

  beforeEach(async () => {
    clock = new Date('2026-11-23T08:00:00.000Z');
    t = await openTestCore(() => clock);
    const staticDir = mkdtempSync(join(tmpdir(), 'workbench-static-'));
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>workbench</title>');
    server = await startServer({ core: t.core, staticDir, port: 0, eventsHeartbeatMs: 50 });
    await t.ok('workspace.setup', {
      mode: 'empty',
      adminName: '王经理',
      companyName: '星火传播',
      language: 'zh-CN',
      adminPassword: 'admin password 1',
    });
    t.defaultUserId = 1;
    lead = await t.ok<User>('users.create', { name: '陈磊', role: 'account_lead', password: 'lead password 1' });
  });
  afterEach(async () => {
    await server.close();
    await t.dispose();
  });

  async function signIn(): Promise<string> {
    const r = await post('auth.signIn', { userId: lead.id, password: 'lead password 1' });
    expect(r.status).toBe(200);
    return r.setCookie!.split(';')[0]!;
  }

  it('refuses without the token, from another origin, by POST, and without a session where everyone signs in', async () => {
    expect((await open('/api/events')).status).toBe(401);
    expect((await open('/api/events?token=wrong')).status).toBe(401);
    expect((await open(events(), { Origin: 'http://evil.example' })).status).toBe(403);
    expect((await open(events(), {}, 'POST')).status).toBe(405);
    const nobody = await open(events());
    expect(nobody.status).toBe(401);
    await nobody.ended;
    expect(JSON.parse(nobody.body).error.code).toBe('sign_in_required');
  });

  it('streams each committed change to a signed-in user, from writes by anyone', async () => {
    const cookie = await signIn();
    const stream = await open(events(), { Cookie: cookie });
    expect(stream.status).toBe(200);
    expect(stream.type).toMatch(/^text\/event-stream/);
    const ready = await stream.next((e) => e.event === 'ready');
    expect(ready.data).toEqual({ user: { id: lead.id, name: '陈磊', role: 'account_lead' } });

    // The admin saves a client in-process; the lead saves one over HTTP.
    const admin = await t.ok<{ id: number }>('clients.save', { ...CLIENT, name: '星河乳业' });
    const own = await post('clients.save', { ...CLIENT, name: 'Acme Foods' }, cookie);
    expect(own.status).toBe(200);
    await stream.next((e) => e.event === 'change' && (e.data as ChangeEvent).by?.name === '陈磊');
    const changes = stream.changes().filter((c) => c.call === 'clients.save');
    expect(changes.map((c) => [c.by?.name, c.changes])).toEqual([
      ['王经理', [{ kind: 'client', id: admin.id }]],
      ['陈磊', [{ kind: 'client', id: own.json.result.id }]],
    ]);
    // A refused write sends nothing; the next accepted one is the very next event.
    expect((await post('users.create', { name: 'x', role: 'admin', password: 'whatever pass 1' }, cookie)).status).toBe(
      403,
    );
    await t.ok('clients.save', { ...CLIENT, name: '第三个' });
    await stream.next((e) => e.event === 'change' && (e.data as ChangeEvent).changes[0]!.id === admin.id + 2);
    expect(
      stream
        .changes()
        .map((c) => c.call)
        .slice(-3),
    ).toEqual(['clients.save', 'clients.save', 'clients.save']);
    stream.close();
  });

  it('ends the stream when the session ends (sign-out), and watching does not keep a session alive', async () => {
    const cookie = await signIn();
    const stream = await open(events(), { Cookie: cookie });
    await stream.next((e) => e.event === 'ready');
    expect((await post('auth.signOut', {}, cookie)).status).toBe(200);
    await stream.ended; // the next heartbeat finds the session gone

    const idle = await signIn();
    const watching = await open(events(), { Cookie: idle });
    await watching.next((e) => e.event === 'ready');
    // An hour with the stream open and beating (many beats at 50 ms)…
    clock = new Date(clock.getTime() + 60 * 60_000);
    await new Promise((r) => setTimeout(r, 300));
    expect((await post('clients.list', {}, idle)).status).toBe(200); // …then one real call (touches)
    clock = new Date(clock.getTime() + 119 * 60_000);
    await new Promise((r) => setTimeout(r, 300));
    // 119 minutes of only the stream: still alive (the stream did not end it).
    expect(watching.done).toBe(false);
    clock = new Date(clock.getTime() + 2 * 60_000);
    // Past two hours since the last call: the beats did not count as use, so the session is over…
    await watching.ended;
    expect((await post('clients.list', {}, idle)).status).toBe(401);
  });
});
