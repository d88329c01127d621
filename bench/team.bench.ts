/**
 * The team workspace under load (issue 17): one throwaway PostgreSQL cluster, the two roles and the
 * database as docs/team-server.md creates them, one team server process (the build, as `npm run
 * server` runs it), and 20 simulated users as separate Node processes (bench/team/worker.ts) — 16
 * account leads creating and editing quotes (some on shared quotes, to provoke conflicts),
 * creating proposals and requesting approval, and 4 finance users approving from the queue — all
 * searching the archive, for WORKBENCH_BENCH_TEAM_SECONDS (default 60).
 *
 * Afterwards the database is read directly: every write a user saw acknowledged must be there
 * (quotes and proposals at their acknowledged revision and content, no revision acknowledged twice,
 * approval requests and decisions as acknowledged). Prints p50/p95 per handler, conflicts, refusals
 * by code, and PASS/FAIL: PASS when nothing acknowledged was lost and no call got a 5xx or no
 * answer. The cluster and every process are removed on exit, on failure too.
 */
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { thinQuote } from '../electron/core/seed/proposal-demo';
// @ts-expect-error -- a plain .mjs helper shared with the test set-up and the server scripts
import { startThrowawayPostgres } from '../scripts/lib/throwaway-postgres.mjs';
import { createTeamDatabase } from './lib/team-database';
import { percentile, table } from './lib/timing';
import type { Ack, CallSample, Go, WorkerReady, WorkerReport, WorkerTask } from './team/protocol';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SECONDS = Number(process.env.WORKBENCH_BENCH_TEAM_SECONDS ?? 60);
const LEADS = 16;
const FINANCE = 4;
const SHARED_QUOTES = 2;
const PASSWORD = 'bench password 1';

interface Cluster {
  url: string;
  stop(): void;
}

/** The team server as `npm run server` starts it; resolves with its port and set-up token once ready. */
function startServer(appUrl: string, ownerUrl: string): Promise<{ child: ChildProcess; port: number; token: string }> {
  const child = spawn(
    process.execPath,
    [join(ROOT, 'out/main/team-server.js'), '--listen', '127.0.0.1:0', '--pool-max', '10'],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, WORKBENCH_PG: appUrl, WORKBENCH_OWNER_PG: ownerUrl },
    },
  );
  const err: string[] = [];
  child.stderr!.on('data', (c: Buffer) => err.push(c.toString('utf8')));
  return new Promise((resolve, reject) => {
    let buffered = '';
    const timer = setTimeout(() => reject(new Error('the team server logged no ready line in 120 s')), 120_000);
    child.stdout!.on('data', (c: Buffer) => {
      buffered += c.toString('utf8');
      for (const line of buffered.split('\n')) {
        if (!line.startsWith('{')) continue;
        let parsed: { msg?: string; port?: number; setupUrl?: string; level?: number };
        try {
          parsed = JSON.parse(line) as typeof parsed;
        } catch {
          continue;
        }
        if (parsed.msg === 'ready' && parsed.setupUrl) {
          clearTimeout(timer);
          resolve({ child, port: parsed.port!, token: parsed.setupUrl.split('#token=')[1]! });
        }
      }
      // Keep only the unfinished last line; the request log is not needed after start.
      buffered = buffered.slice(buffered.lastIndexOf('\n') + 1);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the team server exited (${code}) before it was ready: ${err.join('')}`));
    });
  });
}

async function call(
  port: number,
  name: string,
  args: unknown,
  headers: Record<string, string>,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a call's JSON result, read by the contract's field names
): Promise<{ result: any; setCookie: string | null }> {
  const res = await fetch(`http://127.0.0.1:${port}/api/${name}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Workbench-Lang': 'en', ...headers },
    body: JSON.stringify(args),
  });
  const body = (await res.json()) as { ok: boolean; result?: unknown; error?: unknown };
  if (res.status !== 200) throw new Error(`${name} refused (${res.status}): ${JSON.stringify(body.error)}`);
  return { result: body.result, setCookie: res.headers.get('set-cookie') };
}

interface Worker {
  /** Signed in and waiting for the start. */
  ready: Promise<void>;
  start(until: number): void;
  report: Promise<WorkerReport>;
}

function forkWorker(task: WorkerTask, children: ChildProcess[]): Worker {
  // fork() passes on this process's execArgv (tsx's loader), so the worker runs from its .ts source.
  const child = fork(join(ROOT, 'bench/team/worker.ts'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  children.push(child);
  let report: WorkerReport | null = null;
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  child.on('message', (m) => {
    if ((m as WorkerReady).ready) markReady();
    else report = m as WorkerReport;
  });
  const exited = new Promise<WorkerReport>((resolve, reject) =>
    child.once('exit', (code) =>
      report ? resolve(report) : reject(new Error(`worker ${task.index} exited (${code}) without a report`)),
    ),
  );
  child.send(task);
  return {
    ready: Promise.race([ready, exited.then(() => {})]),
    start: (until) => child.send({ until } satisfies Go),
    report: exited,
  };
}

/** What the database holds against what the users saw acknowledged. */
async function checkAcknowledged(superUrl: string, acks: Ack[]): Promise<{ lost: string[]; checked: number }> {
  const db = new pg.Client({ connectionString: superUrl });
  await db.connect();
  const lost: string[] = [];
  try {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- rows of hand-written SQL, read by column name
    const rows = async (sql: string) => (await db.query(sql)).rows as Record<string, any>[];
    const quotes = new Map((await rows('select id, revision, title from quotes')).map((r) => [r.id as number, r]));
    const proposals = new Map(
      (await rows('select id, revision, title from proposals')).map((r) => [r.id as number, r]),
    );
    const approvals = new Map(
      (await rows('select id, proposal_id, status, decided_by from proposal_approvals')).map((r) => [
        r.id as number,
        r,
      ]),
    );
    for (const [kind, table] of [
      ['quote', quotes],
      ['proposal', proposals],
    ] as const) {
      const byId = new Map<number, { revision: number; title: string }[]>();
      for (const a of acks) if (a.kind === kind) byId.set(a.id, [...(byId.get(a.id) ?? []), a]);
      for (const [id, list] of byId) {
        const row = table.get(id);
        if (!row) {
          lost.push(`${kind} ${id}: acknowledged, not in the database`);
          continue;
        }
        const revisions = list.map((a) => a.revision);
        // Two saves acknowledged with the same revision: one silently replaced the other.
        if (new Set(revisions).size !== revisions.length) lost.push(`${kind} ${id}: a revision acknowledged twice`);
        const last = list.reduce((a, b) => (b.revision > a.revision ? b : a));
        if (row.revision < last.revision)
          lost.push(`${kind} ${id}: revision ${row.revision} in the database, ${last.revision} acknowledged`);
        else if (row.revision === last.revision && row.title !== last.title)
          lost.push(`${kind} ${id}: revision ${last.revision} holds "${row.title}", acknowledged "${last.title}"`);
      }
    }
    for (const a of acks) {
      if (a.kind === 'approval-request') {
        const row = approvals.get(a.id);
        if (!row || row.proposal_id !== a.proposalId) lost.push(`approval ${a.id}: acknowledged request not found`);
      } else if (a.kind === 'approval-decision') {
        const row = approvals.get(a.id);
        if (!row || row.status !== a.status || row.decided_by !== a.decidedBy)
          lost.push(`approval ${a.id}: acknowledged decision by ${a.decidedBy} is ${JSON.stringify(row ?? null)}`);
      }
    }
  } finally {
    await db.end();
  }
  return { lost, checked: acks.length };
}

function summarize(samples: CallSample[]): string {
  const byHandler = new Map<string, CallSample[]>();
  for (const s of samples) byHandler.set(s.handler, [...(byHandler.get(s.handler) ?? []), s]);
  const rows = [...byHandler.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([handler, list]) => {
      const ok = list.filter((s) => s.status === 200).map((s) => s.ms);
      const all = list.map((s) => s.ms).sort((a, b) => a - b);
      const refused = new Map<string, number>();
      for (const s of list) if (s.status !== 200) refused.set(s.code!, (refused.get(s.code!) ?? 0) + 1);
      return [
        handler,
        String(list.length),
        String(ok.length),
        [...refused].map(([code, n]) => `${code} ${n}`).join(', ') || '-',
        percentile(all, 50).toFixed(1),
        percentile(all, 95).toFixed(1),
      ];
    });
  return table(['handler', 'calls', 'ok', 'refused', 'p50 ms', 'p95 ms'], rows);
}

export default async function teamBench(): Promise<void> {
  const children: ChildProcess[] = [];
  let cluster: Cluster | null = null;
  let server: ChildProcess | null = null;
  // Ctrl+C during the run still removes the cluster and every process (the finally below).
  const interrupt = () => {
    for (const c of children) c.kill('SIGKILL');
    server?.kill('SIGKILL');
    cluster?.stop();
    process.exit(130);
  };
  process.once('SIGINT', interrupt);
  try {
    cluster = (await startThrowawayPostgres({ log: (m: string) => console.log(m) })) as Cluster;
    const { appUrl, ownerUrl } = await createTeamDatabase(cluster.url);
    const started = await startServer(appUrl, ownerUrl);
    server = started.child;
    const { port } = started;

    // Set up through the set-up address (the demo agency), then create the bench's users.
    const setup = await call(
      port,
      'workspace.setup',
      { mode: 'demo', adminName: '王经理', companyName: '星火传播', language: 'zh-CN', adminPassword: PASSWORD },
      { Authorization: `Bearer ${started.token}` },
    );
    const adminUser = (setup.result.users as { id: number; role: string }[]).find((u) => u.role === 'admin')!;
    const signIn = await call(port, 'auth.signIn', { userId: adminUser.id, password: PASSWORD }, {});
    const cookie = signIn.setCookie!.split(';')[0]!;
    const as = async (name: string, args: unknown) => (await call(port, name, args, { Cookie: cookie })).result;
    const made: { id: number; role: 'account_lead' | 'finance' }[] = [];
    for (let i = 0; i < LEADS + FINANCE; i++) {
      const role = i < LEADS ? 'account_lead' : 'finance';
      const user = await as('users.create', { name: `bench ${role} ${i}`, role, password: PASSWORD });
      made.push({ id: user.id as number, role });
    }
    const clientIds = ((await as('clients.list', {})).items as { id: number; name: string }[]).map((c) => c.id);
    const clientName = ((await as('clients.list', {})).items as { name: string }[])[0]!.name;
    const draft = ((await as('proposals.list', {})).items as { id: number; status: string }[]).find(
      (p) => p.status === 'draft',
    )!;
    const model = await as('proposals.get', { id: draft.id });
    const quoteDocument = thinQuote('zh-CN', 'bench', clientName) as unknown as WorkerTask['quoteDocument'];
    const sharedQuoteIds: number[] = [];
    for (let i = 0; i < SHARED_QUOTES; i++) {
      const title = `shared ${i}`;
      const q = await as('quotes.create', { clientId: clientIds[0], title, document: { ...quoteDocument, title } });
      sharedQuoteIds.push(q.id as number);
    }

    const workers = made.map((u, index) =>
      forkWorker(
        {
          index,
          port,
          userId: u.id,
          password: PASSWORD,
          role: u.role,
          clientIds,
          sharedQuoteIds,
          quoteDocument,
          proposalBody: {
            sections: model.sections,
            preCommunication: model.preCommunication,
            selfCheck: model.selfCheck,
          },
        },
        children,
      ),
    );
    // A worker that fails before it is ready rejects its report: seen by Promise.all below.
    await Promise.all(workers.map((w) => w.ready));
    const load0 = loadavg()[0]!;
    const until = Date.now() + SECONDS * 1000;
    console.log(`${made.length} users signed in; ${SECONDS} s against one server and one PostgreSQL…`);
    for (const w of workers) w.start(until);
    const reports = await Promise.all(workers.map((w) => w.report));
    const load1 = loadavg()[0]!;
    const samples = reports.flatMap((r) => r.samples);
    const acks = reports.flatMap((r) => r.acks);
    const transport = reports.flatMap((r) => r.transportErrors);
    const superUrl = new URL(cluster.url);
    superUrl.pathname = '/workbench';
    const check = await checkAcknowledged(superUrl.toString(), acks);
    const fiveXX = samples.filter((s) => s.status >= 500);
    const conflicts = samples.filter((s) => s.status === 409);
    const count = (kind: Ack['kind']) => acks.filter((a) => a.kind === kind).length;

    console.log(summarize(samples));
    console.log(
      `\n${samples.length} calls in ${SECONDS} s (${(samples.length / SECONDS).toFixed(1)}/s), ` +
        `load average ${load0.toFixed(1)} → ${load1.toFixed(1)} (1 min)`,
    );
    console.log(
      `acknowledged writes: ${acks.length} (quotes ${count('quote')}, proposals ${count('proposal')}, ` +
        `approval requests ${count('approval-request')}, decisions ${count('approval-decision')}); ` +
        `checked in the database: ${check.checked - check.lost.length} present, ${check.lost.length} lost`,
    );
    const conflictBy = new Map<string, number>();
    for (const c of conflicts) conflictBy.set(c.handler, (conflictBy.get(c.handler) ?? 0) + 1);
    console.log(
      `conflicts (409): ${conflicts.length} (${[...conflictBy].map(([h, n]) => `${h} ${n}`).join(', ') || 'none'}); ` +
        `5xx: ${fiveXX.length}; no answer: ${transport.length}`,
    );
    for (const l of check.lost.slice(0, 20)) console.log(`  LOST ${l}`);
    for (const t of transport.slice(0, 10)) console.log(`  NO ANSWER ${t}`);
    const pass = check.lost.length === 0 && fiveXX.length === 0 && transport.length === 0 && acks.length > 0;
    console.log(`\n${pass ? 'PASS' : 'FAIL'}: 0 acknowledged writes lost, no 5xx, every call answered`);
    if (!pass) process.exitCode = 1;
  } finally {
    process.off('SIGINT', interrupt);
    for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
    if (server && server.exitCode === null) {
      const exited = new Promise((r) => server!.once('exit', r));
      server.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 20_000))]);
      if (server.exitCode === null) server.kill('SIGKILL');
    }
    cluster?.stop();
  }
}
