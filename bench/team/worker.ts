/**
 * One simulated user of the team bench, as its own Node process (forked by bench/team.bench.ts):
 * signs in over HTTP like a browser and loops until the deadline. An account lead creates a quote,
 * edits it, edits a shared quote (to collide with the other leads), creates a proposal on its quote
 * and asks finance to approve it, and searches the archive. Finance takes requests from the queue,
 * approves them, and searches. Every acknowledged write is reported so that the parent can check it
 * is in the database; every call's time and status too.
 */
import type { Ack, CallSample, Go, WorkerReady, WorkerReport, WorkerTask } from './protocol';

const SEARCH_TERMS = ['报价', '发布会', 'launch', '品牌', 'media'];

interface Reply {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a call's JSON result, read by the contract's field names
  body: { ok?: boolean; result?: any; error?: { code?: string } };
}

class Client {
  cookie = '';
  readonly samples: CallSample[] = [];
  readonly transportErrors: string[] = [];
  constructor(private readonly port: number) {}

  /** POST /api/NAME; null when no HTTP answer came (counted as a transport error). */
  async call(handler: string, args: unknown): Promise<Reply | null> {
    const started = performance.now();
    try {
      const res = await fetch(`http://127.0.0.1:${this.port}/api/${handler}`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'X-Workbench-Lang': 'en',
          ...(this.cookie ? { Cookie: this.cookie } : {}),
        },
        body: JSON.stringify(args),
        signal: AbortSignal.timeout(60_000),
      });
      const text = await res.text();
      const ms = performance.now() - started;
      const set = res.headers.get('set-cookie');
      if (set) this.cookie = set.split(';')[0]!;
      let body: Reply['body'] = {};
      try {
        body = JSON.parse(text) as Reply['body'];
      } catch {
        body = {};
      }
      this.samples.push({
        handler,
        ms,
        status: res.status,
        ...(res.status === 200 ? {} : { code: body.error?.code ?? 'no-json' }),
      });
      return { status: res.status, body };
    } catch (e) {
      this.transportErrors.push(`${handler}: ${(e as Error).message}`);
      return null;
    }
  }
}

const pick = <T>(items: readonly T[], n: number): T => items[n % items.length]!;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function lead(task: WorkerTask, until: number, api: Client, acks: Ack[]): Promise<void> {
  for (let round = 1; Date.now() < until; round++) {
    const clientId = pick(task.clientIds, task.index + round);
    const title = `bench u${task.index} r${round}`;
    // A quote of one's own: create, then edit (a save names the revision it was based on).
    const created = await api.call('quotes.create', {
      clientId,
      title,
      document: { ...task.quoteDocument, title },
    });
    if (created?.status !== 200) continue;
    const quote = created.body.result;
    acks.push({ kind: 'quote', id: quote.id, revision: quote.revision, title });
    const edited = `${title} edited`;
    const saved = await api.call('quotes.save', {
      id: quote.id,
      revision: quote.revision,
      clientId: quote.clientId,
      ownerId: quote.ownerId,
      document: { ...quote.document, title: edited },
      lineMeta: quote.lineMeta,
    });
    if (saved?.status === 200)
      acks.push({ kind: 'quote', id: quote.id, revision: saved.body.result.revision, title: edited });

    // A shared quote: read it, think briefly, save on the revision read — others may have saved since.
    const sharedId = pick(task.sharedQuoteIds, round);
    const shared = await api.call('quotes.get', { id: sharedId });
    if (shared?.status === 200) {
      await sleep(20 + Math.floor(Math.random() * 80));
      const s = shared.body.result;
      const sharedTitle = `shared ${sharedId} by u${task.index} r${round}`;
      const r = await api.call('quotes.save', {
        id: s.id,
        revision: s.revision,
        clientId: s.clientId,
        ownerId: s.ownerId,
        document: { ...s.document, title: sharedTitle },
        lineMeta: s.lineMeta,
      });
      if (r?.status === 200)
        acks.push({ kind: 'quote', id: s.id, revision: r.body.result.revision, title: sharedTitle });
    }

    // A proposal on the quote (below the floor): save its content, pre-communicate, request approval.
    const proposalTitle = `bench proposal u${task.index} r${round}`;
    const p = await api.call('proposals.create', { clientId, title: proposalTitle, quoteId: quote.id });
    if (p?.status === 200) {
      const proposal = p.body.result;
      acks.push({ kind: 'proposal', id: proposal.id, revision: proposal.revision, title: proposalTitle });
      const ps = await api.call('proposals.save', {
        id: proposal.id,
        revision: proposal.revision,
        title: proposalTitle,
        quoteId: quote.id,
        ...task.proposalBody,
      });
      if (ps?.status === 200) {
        acks.push({ kind: 'proposal', id: proposal.id, revision: ps.body.result.revision, title: proposalTitle });
        const moved = await api.call('proposals.transition', { id: proposal.id, to: 'pre_communicated' });
        if (moved?.status === 200) {
          const asked = await api.call('proposals.requestApproval', {
            id: proposal.id,
            revision: moved.body.result.revision,
            note: `bench u${task.index}`,
          });
          const approval = asked?.status === 200 ? asked.body.result.approval : null;
          if (approval) acks.push({ kind: 'approval-request', id: approval.id, proposalId: proposal.id });
        }
      }
    }

    await api.call('archive.search', {
      query: pick(SEARCH_TERMS, task.index + round),
      filters: {},
      sort: 'relevance',
      limit: 50,
    });
  }
}

async function finance(task: WorkerTask, until: number, api: Client, acks: Ack[]): Promise<void> {
  for (let round = 1; Date.now() < until; round++) {
    const queue = await api.call('approvals.queue', { state: 'pending' });
    const open = ((queue?.body.result?.items ?? []) as { id: number; current: boolean; ownConflict: unknown }[]).filter(
      (i) => i.current && i.ownConflict === null,
    );
    if (open.length > 0) {
      // Several finance users work the same queue: two may pick the same request (decided once).
      const item = open[Math.floor(Math.random() * Math.min(open.length, 3))]!;
      const decided = await api.call('approvals.decide', {
        id: item.id,
        decision: 'approved',
        comment: `bench finance u${task.index}`,
      });
      if (decided?.status === 200)
        acks.push({ kind: 'approval-decision', id: item.id, decidedBy: task.userId, status: 'approved' });
    } else {
      await sleep(200);
    }
    if (round % 3 === 0)
      await api.call('archive.search', {
        query: pick(SEARCH_TERMS, task.index + round),
        filters: {},
        sort: 'newest',
        limit: 50,
      });
  }
}

/** The parent's next message. */
function nextMessage<T>(): Promise<T> {
  return new Promise((resolve) => process.once('message', (m) => resolve(m as T)));
}

async function run(task: WorkerTask): Promise<WorkerReport> {
  const api = new Client(task.port);
  const acks: Ack[] = [];
  const signedIn = await api.call('auth.signIn', { userId: task.userId, password: task.password });
  if (signedIn?.status !== 200 || !api.cookie)
    throw new Error(`sign-in refused for user ${task.userId}: ${JSON.stringify(signedIn?.body)}`);
  // Start-up and sign-in are not part of the timed run: wait for everyone.
  api.samples.length = 0;
  const go = nextMessage<Go>();
  process.send!({ ready: true } satisfies WorkerReady);
  const { until } = await go;
  if (task.role === 'finance') await finance(task, until, api, acks);
  else await lead(task, until, api, acks);
  return { index: task.index, acks, samples: api.samples, transportErrors: api.transportErrors };
}

void nextMessage<WorkerTask>().then((task) =>
  run(task).then(
    (report) => process.send!(report, () => process.exit(0)),
    (e: unknown) => {
      process.stderr.write(`worker ${task.index}: ${(e as Error).stack ?? String(e)}\n`);
      process.exit(1);
    },
  ),
);
