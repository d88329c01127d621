import fc from 'fast-check';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  contract,
  DOMAIN_EVENT_TYPES,
  domainEventSchema,
  type CallName,
  type DomainEvent,
  type User,
} from '@shared/contract';
import { createDispatcher } from '../../electron/core/dispatch';
import type { CommittedWrite } from '../../electron/core/events';
import { handlers } from '../../electron/core/handlers';
import { HANDLER_EVENTS } from '../../electron/core/handlers/events';
import type { HandlerMap } from '../../electron/core/handlers/types';
import type { Database } from '../../electron/core/db/schema';
import { engineOf } from '../../electron/core/db/engine';
import { rebuildSearchIndex } from '../../electron/core/search/indexer';
import { DEMO_SETUP_SIGNED, openDemoCore, snapshotTables, type TestCore } from './support/core';
import { FUZZ_EXAMPLES } from './support/fuzz-examples';

/**
 * The search index follows typed domain events, not audit strings. Three things are shown here:
 * every write of the contract declares its events (and only writes do); what a write changes in
 * the indexed tables is what its events say; and after any sequence of writes the index is exactly
 * what a rebuild from the store makes (a fast-check property), on both engines.
 */

/** The index as rows keyed by document (ids and FTS rowids differ between two builds, not content). */
async function indexSnapshot(db: Kysely<Database>): Promise<string> {
  const { rows } = await sql<Record<string, unknown>>`select * from search_docs`.execute(db);
  const docs = rows
    .map(({ id: _id, ...rest }) => rest)
    .sort((a, b) => String(a.doc_key).localeCompare(String(b.doc_key)));
  // Every document has its full-text row (SQLite's FTS5 table is separate; PostgreSQL's tsvector is a column above).
  let missing: unknown[] = [];
  if (engineOf(db) === 'sqlite')
    missing = (
      await sql`select d.doc_key from search_docs d where not exists (select 1 from search_fts f where f.rowid = d.id)`.execute(
        db,
      )
    ).rows;
  return JSON.stringify({ docs, missing });
}

class Rollback extends Error {}

/** The index as a rebuild from the store would make it, computed in a transaction that is rolled back. */
async function rebuiltSnapshot(db: Kysely<Database>): Promise<string> {
  let snapshot = '';
  await db
    .transaction()
    .execute(async (trx) => {
      await rebuildSearchIndex(trx);
      snapshot = await indexSnapshot(trx);
      throw new Rollback();
    })
    .catch((e: unknown) => {
      if (!(e instanceof Rollback)) throw e;
    });
  return snapshot;
}

async function expectIndexMatchesRebuild(t: TestCore, label: string): Promise<void> {
  const db = t.core.store.db;
  expect(await indexSnapshot(db), label).toBe(await rebuiltSnapshot(db));
}

type Rows = Map<number, Record<string, unknown>>;
interface IndexedRows {
  quotes: Rows;
  proposals: Rows;
  clients: Rows;
  versions: Rows;
}

async function indexedRows(t: TestCore): Promise<IndexedRows> {
  const read = async (table: string): Promise<Rows> => {
    const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(t.core.store.db);
    return new Map(rows.map((r) => [Number(r.id), r]));
  };
  return {
    quotes: await read('quotes'),
    proposals: await read('proposals'),
    clients: await read('clients'),
    versions: await read('proposal_versions'),
  };
}

const same = (a: unknown, b: unknown) =>
  JSON.stringify(a, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v)) ===
  JSON.stringify(b, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v));

/** The events a change of the indexed tables calls for, as `type:id` strings. */
function neededEvents(before: IndexedRows, after: IndexedRows): string[] {
  const needed: string[] = [];
  const diff = (
    b: Rows,
    a: Rows,
    on: (id: number, old?: Record<string, unknown>, now?: Record<string, unknown>) => void,
  ) => {
    for (const id of new Set([...b.keys(), ...a.keys()])) if (!same(b.get(id), a.get(id))) on(id, b.get(id), a.get(id));
  };
  diff(before.quotes, after.quotes, (id, _old, now) => needed.push(now ? `quote.saved:${id}` : `quote.deleted:${id}`));
  diff(before.proposals, after.proposals, (id, old, now) => {
    needed.push(`proposal.saved:${id}`);
    if (old && now && old.quote_id !== now.quote_id) needed.push(`proposal.relinked:${id}`);
  });
  diff(before.clients, after.clients, (id, old, now) => {
    if (!now) return needed.push(`client.deleted:${id}`);
    needed.push(`client.saved:${id}`);
    if (old && old.name !== now.name) needed.push(`client.renamed:${id}`);
  });
  diff(before.versions, after.versions, (_id, _old, now) => {
    if (now) needed.push(`version.frozen:${Number(now.proposal_id)}`);
  });
  return needed;
}

function eventKey(e: DomainEvent): string {
  switch (e.type) {
    case 'quote.saved':
    case 'quote.deleted':
      return `${e.type}:${e.quoteId}`;
    case 'proposal.saved':
    case 'proposal.relinked':
    case 'version.frozen':
      return `${e.type}:${e.proposalId}`;
    case 'client.saved':
    case 'client.renamed':
    case 'client.deleted':
      return `${e.type}:${e.clientId}`;
    case 'workspace.replaced':
      return e.type;
  }
}

const WRITES = (Object.keys(contract) as CallName[]).filter((n) => contract[n].write);

describe('domain events', () => {
  let t: TestCore;
  let admin: User;
  const heard: CommittedWrite[] = [];

  beforeAll(async () => {
    t = await openDemoCore(undefined, DEMO_SETUP_SIGNED);
    const users = (await t.ok<{ items: User[] }>('users.list', {}, 1)).items;
    admin = users.find((u) => u.role === 'admin')!;
    t.defaultUserId = admin.id;
    t.core.events.onCommitted((w) => heard.push(w));
  }, 120_000);
  afterAll(async () => {
    await t.dispose();
  });

  it('every write of the contract declares its events, reads declare none, and each type is known', () => {
    expect(Object.keys(HANDLER_EVENTS).sort()).toEqual([...WRITES].sort());
    for (const [name, types] of Object.entries(HANDLER_EVENTS))
      for (const type of types) expect(DOMAIN_EVENT_TYPES, name).toContain(type);
    // Every event type is emitted by some write (a type nobody emits is dead weight for the index).
    const declared = new Set(Object.values(HANDLER_EVENTS).flat());
    expect([...declared].sort()).toEqual([...DOMAIN_EVENT_TYPES].sort());
  });

  it('the demo set-up is one workspace.replaced, and the index it built matches a rebuild', async () => {
    await expectIndexMatchesRebuild(t, 'after the demo set-up');
  });

  it('each write (its example, on the demo workspace) emits exactly what it changed, and leaves the index as a rebuild', async () => {
    const checked: string[] = [];
    const refused: string[] = [];
    for (const name of WRITES) {
      // Set-up and the two file swaps are about whole workspaces (the property below covers set-up).
      if (name === 'workspace.setup' || name === 'backups.restore' || name === 'workspace.importArchive') continue;
      if (name === 'auth.signOut' || name === 'auth.changePassword') continue;
      const args = structuredClone(FUZZ_EXAMPLES[name]) as Record<string, unknown>;
      if ('revision' in args && typeof args.id === 'number') {
        const what = name.startsWith('quotes.') ? 'quotes.get' : 'proposals.get';
        const r = await t.core.call(what, { id: args.id }, { userId: admin.id });
        if (r.ok) args.revision = (r.result as { revision: number }).revision;
      }
      const before = await indexedRows(t);
      heard.length = 0;
      const r = await t.core.call(name, args, { userId: admin.id });
      if (!r.ok) {
        refused.push(`${name} (${r.error.code})`);
        expect(r.error.code, `${name}: ${r.error.messages.en}`).not.toBe('internal');
        continue;
      }
      const after = await indexedRows(t);
      expect(heard.map((w) => w.call)).toEqual([name]);
      const emitted = heard[0]!.events;
      for (const e of emitted) {
        expect(domainEventSchema.parse(e)).toEqual(e);
        expect(HANDLER_EVENTS[name as keyof typeof HANDLER_EVENTS] as readonly string[], name).toContain(e.type);
      }
      const keys = new Set(emitted.map(eventKey));
      for (const need of neededEvents(before, after)) expect(keys, `${name} changed ${need}`).toContain(need);
      await expectIndexMatchesRebuild(t, name);
      checked.push(name);
    }
    console.log(`domain events: ${checked.length} writes checked; refused on the demo data: ${refused.join(', ')}`);
    // The writes that touch what the archive finds are among the checked ones.
    for (const n of ['clients.save', 'quotes.create', 'quotes.save', 'quotes.duplicate', 'proposals.create'])
      expect(checked).toContain(n);
  }, 300_000);

  it('a handler that emits an event it does not declare fails, and nothing of its write stays', async () => {
    const bad = {
      ...handlers,
      'visits.save': (async (args, ctx) => {
        const result = await handlers['visits.save'](args, ctx);
        ctx.emit({ type: 'quote.deleted', quoteId: 1 });
        return result;
      }) satisfies HandlerMap['visits.save'],
    } as HandlerMap;
    const dispatcher = createDispatcher({ workspace: t.core.workspace, handlers: bad, log: t.log });
    const before = await snapshotTables(t.core);
    const r = await dispatcher.call('visits.save', FUZZ_EXAMPLES['visits.save'], { userId: admin.id });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('internal');
    expect(await snapshotTables(t.core)).toBe(before);
  });

  it('a listener that throws after the commit neither fails nor undoes the write', async () => {
    const off = t.core.events.onCommitted(() => {
      throw new Error('a broken feed');
    });
    try {
      const r = await t.core.call(
        'quotes.create',
        { clientId: 1, title: '监听者失败', currency: 'CNY' },
        { userId: admin.id },
      );
      expect(r.ok).toBe(true);
      const found = await t.query<{ id: number }>('select id from quotes where title = ?', '监听者失败');
      expect(found).toHaveLength(1);
    } finally {
      off();
    }
  });

  it('property: after a random sequence of writes the index equals a full rebuild', async () => {
    const pick = <T>(items: readonly T[], i: number): T | undefined =>
      items.length ? items[i % items.length] : undefined;
    const ids = async (table: 'quotes' | 'proposals' | 'clients'): Promise<number[]> =>
      (await t.query<{ id: number }>(`select id from ${table} order by id`)).map((r) => Number(r.id));
    const words = fc.constantFrom('发布会', '品牌', 'Launch', '年度 campaign', '危机公关', '新品', 'KOL 合作', '社媒');
    const op = fc.oneof(
      fc.record({ kind: fc.constant('quote.create' as const), i: fc.nat(), w: words }),
      fc.record({ kind: fc.constant('quote.save' as const), i: fc.nat(), w: words }),
      fc.record({ kind: fc.constant('quote.duplicate' as const), i: fc.nat() }),
      fc.record({ kind: fc.constant('quote.delete' as const), i: fc.nat() }),
      fc.record({ kind: fc.constant('proposal.create' as const), i: fc.nat(), q: fc.nat(), w: words }),
      fc.record({ kind: fc.constant('proposal.save' as const), i: fc.nat(), q: fc.option(fc.nat()), w: words }),
      fc.record({
        kind: fc.constant('proposal.transition' as const),
        i: fc.nat(),
        to: fc.constantFrom('pre_communicated', 'negotiating', 'won', 'lost', 'draft'),
      }),
      fc.record({ kind: fc.constant('proposal.send' as const), i: fc.nat() }),
      fc.record({ kind: fc.constant('client.rename' as const), i: fc.nat(), w: words }),
      fc.record({ kind: fc.constant('archive.clone' as const), i: fc.nat() }),
      fc.record({ kind: fc.constant('settings.update' as const), tax: fc.constantFrom('6', '9', '13') }),
    );
    type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

    async function apply(o: Op): Promise<void> {
      const call = (name: string, args: unknown) => t.core.call(name, args, { userId: admin.id });
      switch (o.kind) {
        case 'quote.create': {
          const c = pick(await ids('clients'), o.i);
          if (c) await call('quotes.create', { clientId: c, title: `${o.w} 报价`, currency: 'CNY' });
          return;
        }
        case 'quote.save': {
          const id = pick(await ids('quotes'), o.i);
          if (!id) return;
          const r = await call('quotes.get', { id });
          if (!r.ok) return;
          const q = r.result as {
            revision: number;
            clientId: number;
            ownerId: number | null;
            document: Record<string, unknown>;
          };
          await call('quotes.save', {
            id,
            revision: q.revision,
            clientId: q.clientId,
            ownerId: q.ownerId,
            document: { ...q.document, title: `${o.w} ${id}` },
            lineMeta: {},
          });
          return;
        }
        case 'quote.duplicate': {
          const id = pick(await ids('quotes'), o.i);
          if (id) await call('quotes.duplicate', { id });
          return;
        }
        case 'quote.delete': {
          const id = pick(await ids('quotes'), o.i);
          if (id) await call('quotes.delete', { id });
          return;
        }
        case 'proposal.create': {
          const c = pick(await ids('clients'), o.i);
          if (!c) return;
          const quotes = await t.query<{ id: number }>('select id from quotes where client_id = ? order by id', c);
          const q = pick(quotes, o.q);
          await call('proposals.create', {
            clientId: c,
            title: `${o.w} 提案`,
            ...(q ? { quoteId: Number(q.id) } : {}),
          });
          return;
        }
        case 'proposal.save': {
          const id = pick(await ids('proposals'), o.i);
          if (!id) return;
          const r = await call('proposals.get', { id });
          if (!r.ok) return;
          const p = r.result as Record<string, unknown> & {
            revision: number;
            clientId: number;
            quoteId: number | null;
          };
          const quotes = await t.query<{ id: number }>(
            'select id from quotes where client_id = ? order by id',
            p.clientId,
          );
          const quoteId = o.q === null ? null : (pick(quotes, o.q)?.id ?? null);
          await call('proposals.save', {
            id,
            revision: p.revision,
            title: `${o.w} ${id}`,
            quoteId: quoteId === null ? null : Number(quoteId),
            sections: p.sections,
            preCommunication: p.preCommunication ?? null,
            selfCheck: p.selfCheck ?? null,
          });
          return;
        }
        case 'proposal.transition': {
          const id = pick(await ids('proposals'), o.i);
          if (id) await call('proposals.transition', { id, to: o.to, reasonCode: 'price', note: '属性测试' });
          return;
        }
        case 'proposal.send': {
          const id = pick(await ids('proposals'), o.i);
          if (!id) return;
          const r = await call('proposals.get', { id });
          if (!r.ok) return;
          await call('proposals.send', {
            id,
            revision: (r.result as { revision: number }).revision,
            acknowledgeWarnings: true,
            noPreCommunicationReason: '客户要求先看书面方案',
          });
          return;
        }
        case 'client.rename': {
          const id = pick(await ids('clients'), o.i);
          if (!id) return;
          const r = await call('clients.get', { id });
          if (!r.ok) return;
          const c = r.result as Record<string, unknown>;
          const { id: _id, createdAt: _c, updatedAt: _u, ...rest } = c;
          await call('clients.save', {
            ...FUZZ_EXAMPLES['clients.save'],
            ...pickClientInput(rest),
            id,
            name: `${o.w}${id}`,
          });
          return;
        }
        case 'archive.clone': {
          const v = await t.query<{ proposal_id: number; number: number }>(
            'select proposal_id, number from proposal_versions order by id',
          );
          const version = pick(v, o.i);
          if (version)
            await call('archive.clone', {
              id: Number(version.proposal_id),
              number: Number(version.number),
              title: '复用',
            });
          return;
        }
        case 'settings.update': {
          const r = await call('settings.get', {});
          if (r.ok) await call('settings.update', { ...FUZZ_EXAMPLES['settings.update'], taxPercent: o.tax });
          return;
        }
      }
    }

    let writes = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 10 }), async (ops) => {
        for (const o of ops) {
          heard.length = 0;
          await apply(o);
          writes += heard.length;
        }
        await expectIndexMatchesRebuild(t, JSON.stringify(ops));
      }),
      { numRuns: 20, seed: Number(process.env.FC_SEED ?? Date.now() % 2_147_483_647) },
    );
    console.log(`domain events property: ${writes} committed writes over 20 random sequences`);
    expect(writes).toBeGreaterThan(12);
  }, 600_000);
});

/** The client fields `clients.save` takes, from what `clients.get` returns. */
function pickClientInput(c: Record<string, unknown>): Record<string, unknown> {
  const keys = Object.keys(FUZZ_EXAMPLES['clients.save']);
  const out: Record<string, unknown> = {};
  for (const k of keys) if (k in c) out[k] = c[k];
  if (Array.isArray(out.contacts))
    out.contacts = (out.contacts as Record<string, unknown>[]).map((p) => {
      const keep: Record<string, unknown> = {};
      for (const k of ['id', ...Object.keys(FUZZ_EXAMPLES['clients.save'].contacts![0]!)]) if (k in p) keep[k] = p[k];
      return keep;
    });
  if (Array.isArray(out.dates))
    out.dates = (out.dates as Record<string, unknown>[]).map((d) => ({ label: d.label, date: d.date }));
  return out;
}
