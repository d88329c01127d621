import type SQLite from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCore, type Core } from '../electron/core';
import { accountAnalytics } from '../electron/core/analytics/load';
import { createMemoryLogger } from '../electron/common/log';
import { table } from './lib/timing';
import { localToday } from '@shared/dates/local';

/**
 * The account analytics (LTV, ABC, Pareto, dormancy, churn) timed as a user gets them (issue 18):
 * the real handlers through the core's dispatcher, plus JSON serialization of the reply, over
 * 10,000 clients and 200,000 quotes each with a proposal (a third won, a sixth lost), with visits,
 * complaints, contacts (some top management), surveys and key accounts — and over a tenth of
 * that, for the growth.
 *
 * Measured in the same run, samples interleaved so load moves them together:
 * - page: `accounts.analyticsPage` (one screen of 50 clients plus every count), served from the
 *   analytics computed for this data version and day (electron/core/analytics/cache.ts);
 * - after a write: the same page right after a write moved the data version (a client's related
 *   sales, a different client each time): the touched client's figures reloaded and recomputed,
 *   the cross-client parts (tiers, ranks, Pareto, counts) redone over every client (migration 021);
 * - first page of a new day: the same page right after the day turned (one day later each time):
 *   every client's figures that count days (since the last touch, the relationship's length) redone
 *   from its kept facts, and the facts of the clients with a dated fact crossing a window edge that
 *   day recomputed from their cached bases (analytics/base.ts factsValidUntil), no fact re-read —
 *   with the warm-up (analytics/warm.ts) the user does not even pay this, the row times the
 *   fallback of a request that arrives first;
 * - first page of 1 January: the same on the day every client's calendar-year sums restart ("this
 *   year"): a client with no other fact crossing an edge that day redoes its year sums alone (its
 *   wins from 1 January on, load.ts partOnDay), the others their facts from their bases (the clock
 *   jumps from 31 December, untimed, to 1 January);
 * - first page after a rate change: the same page right after an exchange rate was saved (one in
 *   fifty wins is in USD): the figures of the clients with USD wins recomputed from memory;
 * - full recomputation: what a full load costs (a fresh start, a currency change, a base over a
 *   year old): every client from the store (`accountAnalytics`);
 * - full reply: `accounts.analytics`, every client, from the cache (what the analytics screen of
 *   Wave 1 downloads);
 * - floor: one bare `SELECT client_id, SUM(net), SUM(cost) FROM quotes GROUP BY client_id`.
 * Targets: the page p95 < 100 ms including serialization, cached, right after a write, on the first
 * call of a new day (1 January too) and right after a rate change.
 */
const TARGET_MS = 100;
// 20, not 9: with 9 samples the nearest-rank p95 is the slowest one, a single garbage collection.
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 20);
const TODAY = new Date('2027-06-30T04:00:00.000Z');
const TODAY_ISO = '2027-06-30';
const DAY_MS = 86_400_000;

export function generate(sqlite: SQLite.Database, clients = 10_000, quotes = 200_000): void {
  let seed = 42;
  const random = () => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
  const day = (daysAgo: number) => new Date(Date.parse(`${TODAY_ISO}T00:00:00Z`) - daysAgo * 86_400_000).toISOString();
  const client = sqlite.prepare(
    `insert into clients (id, name, industry, status, price_sensitivity, character_level, professionalism_level, related_sales, created_at, updated_at)
     values (?, ?, '快消', ?, 'sensitive', ?, ?, ?, ?, ?)`,
  );
  const quote = sqlite.prepare(
    `insert into quotes (id, client_id, title, currency, document, line_count, subtotal, net, tax, total, cost, created_at, updated_at)
     values (?, ?, 'q', 'CNY', '{}', 5, ?, ?, 0, ?, ?, ?, ?)`,
  );
  const proposal = sqlite.prepare(
    `insert into proposals (client_id, quote_id, title, status, sections, created_at, updated_at, decided_at)
     values (?, ?, 'p', ?, '[]', ?, ?, ?)`,
  );
  const visit = sqlite.prepare(
    `insert into visits (client_id, visited_on, purpose, created_at, signals) values (?, ?, 'v', ?, ?)`,
  );
  const complaint = sqlite.prepare(
    `insert into complaints (client_id, received_on, received_by, severity, description, created_at) values (?, ?, 'x', 'low', 'd', ?)`,
  );
  const contact = sqlite.prepare(
    `insert into contacts (client_id, name, role, decision_maker, top_management) values (?, ?, '市场总监', 1, ?)`,
  );
  const survey = sqlite.prepare(
    `insert into surveys (client_id, surveyed_on, dimensions, aspects, note, created_at) values (?, ?, ?, '{}', '', ?)`,
  );
  const keyAccount = sqlite.prepare(
    `insert into key_accounts (client_id, added_at, added_by, add_reason) values (?, ?, null, '利润贡献高')`,
  );
  const score = () => 1 + Math.floor(random() * 10);
  const dimensions = () =>
    JSON.stringify(
      Object.fromEntries(
        ['professional', 'value', 'personal', 'dedication'].map((d) => [
          d,
          { expectation: score(), experience: score() },
        ]),
      ),
    );
  const levels = ['high', 'low', null];
  sqlite.transaction(() => {
    const created = day(1500);
    for (let c = 1; c <= clients; c++) {
      client.run(
        c,
        `客户 ${c}`,
        random() < 0.9 ? 'active' : random() < 0.5 ? 'paused' : 'let_go',
        levels[c % 3],
        levels[(c >> 1) % 3],
        random() < 0.1 ? Math.floor(random() * 1_000_000) : 0,
        created,
        created,
      );
      if (random() < 0.6) {
        const signals = random() < 0.1 ? '["perfunctory"]' : random() < 0.05 ? '["disagreement"]' : '[]';
        visit.run(c, day(Math.floor(random() * 400)).slice(0, 10), created, signals);
      }
      // A planned visit (after today): a plan, not contact.
      if (random() < 0.1) visit.run(c, day(-Math.floor(1 + random() * 60)).slice(0, 10), created, '[]');
      if (random() < 0.1) complaint.run(c, day(Math.floor(random() * 200)).slice(0, 10), created);
      if (random() < 0.7) contact.run(c, `联系人 ${c}`, random() < 0.4 ? 1 : 0);
      if (random() < 0.2) survey.run(c, day(Math.floor(random() * 300)).slice(0, 10), dimensions(), created);
      if (random() < 0.02) keyAccount.run(c, created);
    }
    for (let q = 1; q <= quotes; q++) {
      // Skewed towards low ids, so the Pareto curve has a head.
      const clientId = 1 + Math.floor(clients * random() ** 2);
      const subtotal = 100_000 + Math.floor(random() * 5_000_000);
      const net = random() < 0.3 ? Math.floor(subtotal * 0.9) : subtotal;
      const at = day(Math.floor(random() * 1095));
      quote.run(q, clientId, subtotal, net, net, Math.floor(net * (0.4 + random() * 0.5)), at, at);
      const r = random();
      const status = r < 0.33 ? 'won' : r < 0.5 ? 'lost' : 'sent';
      proposal.run(clientId, q, status, at, at, status === 'sent' ? null : at);
    }
  })();
}

const ms = (v: number) => v.toFixed(1);

function stats(xs: number[]): { p50: number; p95: number } {
  const s = [...xs].sort((a, b) => a - b);
  const pick = (p: number) => s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
  return { p50: pick(50), p95: pick(95) };
}

async function ok(core: Core, name: string, args: unknown = {}): Promise<string> {
  const reply = await core.call(name, args);
  if (!reply.ok) throw new Error(`${name}: ${reply.error.messages.en}`);
  return JSON.stringify(reply.result);
}

interface Measured {
  clients: number;
  quotes: number;
  page: { p50: number; p95: number };
  afterWrite: { p50: number; p95: number };
  full: { p50: number; p95: number };
  recompute: { p50: number; p95: number };
  newDay: { p50: number; p95: number };
  newYear: { p50: number; p95: number };
  afterRate: { p50: number; p95: number };
  floor: { p50: number; p95: number };
  pageKb: number;
  fullKb: number;
}

async function measure(clients: number, quotes: number): Promise<Measured> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-analytics-'));
  // The clock moves a day at a time for the "new day" row (the core reads it on every call), and
  // from 31 December to 1 January for the "1 January" row; the other rows do not depend on it.
  let now = TODAY;
  let ordinaryDay = TODAY;
  const NEW_YEAR_EVE = new Date('2027-12-31T04:00:00.000Z');
  const NEW_YEAR = new Date('2028-01-01T04:00:00.000Z');
  const core = await openCore({ dbPath: join(dir, 'bench.db'), log: createMemoryLogger(), now: () => now });
  try {
    await ok(core, 'workspace.setup', {
      mode: 'empty',
      adminName: '王经理',
      companyName: '星火传播',
      language: 'zh-CN',
    });
    const store = core.store;
    if (store.engine !== 'sqlite') throw new Error('a file workspace');
    const sqlite = store.sqlite;
    sqlite.pragma('synchronous = OFF');
    const started = performance.now();
    generate(sqlite, clients, quotes);
    // One win in fifty in USD, converted with the rate of its day (a rate dated before them all).
    sqlite.exec(`update proposals set won_currency = 'USD' where outcome = 'won' and id % 50 = 0`);
    sqlite.exec(
      `insert into exchange_rates (currency, rate_on, rate, created_at) values ('USD', '2020-01-01', '7.1000', '2020-01-01')`,
    );
    sqlite.exec('analyze');
    sqlite.pragma('synchronous = FULL');
    console.log(
      `generated ${clients.toLocaleString('en')} clients, ${quotes.toLocaleString('en')} quotes and proposals in ${ms(performance.now() - started)} ms`,
    );
    const floorStmt = sqlite.prepare('select client_id, sum(net), sum(cost) from quotes group by client_id');
    // A write the analytics read (a client's related sales), through the store's own connection;
    // a different client each time, spread over the id range (the low ids carry most quotes).
    const touch = sqlite.prepare('update clients set related_sales = related_sales + 1 where id = ?');
    let touched = 0;
    // An exchange rate saved (a new day's USD rate, a different one each time).
    const rate = sqlite.prepare(
      `insert into exchange_rates (currency, rate_on, rate, created_at) values ('USD', ?, ?, ?)
       on conflict (currency, rate_on) do update set rate = excluded.rate`,
    );
    let rates = 0;
    const page = () => ok(core, 'accounts.analyticsPage', { list: 'lifetime', offset: 0, limit: 50 });
    const full = () => ok(core, 'accounts.analytics');
    // [row, what is timed, what sets the stage before the untimed warm-up page]
    const fns: [keyof Measured, () => unknown, (() => void)?][] = [
      ['page', page],
      [
        'afterWrite',
        () => {
          touch.run(1 + ((touched++ * 997) % clients));
          return page();
        },
      ],
      [
        'newDay',
        () => {
          now = ordinaryDay = new Date(ordinaryDay.getTime() + DAY_MS);
          return page();
        },
        () => (now = ordinaryDay),
      ],
      [
        'newYear',
        () => {
          now = NEW_YEAR;
          return page();
        },
        () => (now = NEW_YEAR_EVE),
      ],
      [
        'afterRate',
        () => {
          rates++;
          rate.run(`2026-${String(1 + (rates % 12)).padStart(2, '0')}-15`, (7 + rates / 10_000).toFixed(4), TODAY_ISO);
          return page();
        },
      ],
      ['full', full],
      ['recompute', () => accountAnalytics(core.store.db, TODAY_ISO)],
      ['floor', () => floorStmt.all()],
    ];
    const times = new Map<string, number[]>(fns.map(([k]) => [k, []]));
    for (let i = 0; i < SAMPLES + 1; i++)
      for (const [k, fn, stage] of fns) {
        stage?.();
        // The page after a write starts from the cache of the version before; the others are timed
        // with the cache warm for this version (and, for the day rows, the day before).
        if (k !== 'floor') await page();
        const t = performance.now();
        await fn();
        const elapsed = performance.now() - t;
        if (i > 0) times.get(k)!.push(elapsed); // the first round warms statements and the page cache
      }
    // Every figure the page sends equals the analytics computed from scratch, here too.
    const reply = JSON.parse(await page()) as { clients: { clientId: number; lifetimeProfit: number }[] };
    const fresh = (await accountAnalytics(core.store.db, localToday(now))).analytics;
    const expected = [...fresh.clients]
      .sort((x, y) => y.lifetimeProfit - x.lifetimeProfit || x.clientId - y.clientId)
      .slice(0, 50);
    if (JSON.stringify(reply.clients) !== JSON.stringify(expected))
      throw new Error('the page differs from a fresh computation');
    console.log(
      `tiers ${JSON.stringify(fresh.tierCounts)}, dormancy ${JSON.stringify(fresh.dormancyCounts)}, top fifth ${fresh.topFifthSharePercent}% of profit, ` +
        `${fresh.clients.filter((c) => c.churn.length > 0).length} clients with churn warnings`,
    );
    return {
      clients,
      quotes,
      page: stats(times.get('page')!),
      afterWrite: stats(times.get('afterWrite')!),
      full: stats(times.get('full')!),
      recompute: stats(times.get('recompute')!),
      newDay: stats(times.get('newDay')!),
      newYear: stats(times.get('newYear')!),
      afterRate: stats(times.get('afterRate')!),
      floor: stats(times.get('floor')!),
      pageKb: (await page()).length / 1024,
      fullKb: (await full()).length / 1024,
    };
  } finally {
    await core.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export default async function run(): Promise<void> {
  const small = await measure(1_000, 20_000);
  const large = await measure(10_000, 200_000);
  const rows: string[][] = [];
  for (const m of [small, large]) {
    const size = `${m.clients.toLocaleString('en')} / ${m.quotes.toLocaleString('en')}`;
    const pass = m.page.p95 < TARGET_MS;
    const passAfter = m.afterWrite.p95 < TARGET_MS;
    rows.push(
      [
        size,
        'page of 50 (cached)',
        ms(m.page.p50),
        ms(m.page.p95),
        ms(m.floor.p50),
        `${(m.page.p50 / m.floor.p50).toFixed(2)}×`,
        m.pageKb.toFixed(0),
        `${pass ? 'PASS' : 'FAIL'} p95 < ${TARGET_MS} ms`,
      ],
      [
        size,
        'page after a write',
        ms(m.afterWrite.p50),
        ms(m.afterWrite.p95),
        ms(m.floor.p50),
        `${(m.afterWrite.p50 / m.floor.p50).toFixed(2)}×`,
        m.pageKb.toFixed(0),
        `${passAfter ? 'PASS' : 'FAIL'} p95 < ${TARGET_MS} ms`,
      ],
      ...(
        [
          ['first page of a new day', m.newDay],
          ['first page of 1 January (year sums redone)', m.newYear],
          ['first page after a rate change', m.afterRate],
        ] as const
      ).map(([figure, t]) => [
        size,
        figure,
        ms(t.p50),
        ms(t.p95),
        ms(m.floor.p50),
        `${(t.p50 / m.floor.p50).toFixed(2)}×`,
        m.pageKb.toFixed(0),
        `${t.p95 < TARGET_MS ? 'PASS' : 'FAIL'} p95 < ${TARGET_MS} ms`,
      ]),
      [
        size,
        'full recomputation',
        ms(m.recompute.p50),
        ms(m.recompute.p95),
        ms(m.floor.p50),
        `${(m.recompute.p50 / m.floor.p50).toFixed(1)}×`,
        '',
        'peer (a fresh start, a currency change)',
      ],
      [
        size,
        'full reply (cached)',
        ms(m.full.p50),
        ms(m.full.p95),
        ms(m.floor.p50),
        `${(m.full.p50 / m.floor.p50).toFixed(1)}×`,
        m.fullKb.toFixed(0),
        'peer (every client)',
      ],
    );
  }
  console.log(
    table(['clients / quotes', 'figure', 'p50 ms', 'p95 ms', 'floor p50 ms', '×floor', 'reply KB', 'target'], rows),
  );
  console.log(
    `growth ×10 data: page p50 ${(large.page.p50 / small.page.p50).toFixed(1)}×, after a write ${(large.afterWrite.p50 / small.afterWrite.p50).toFixed(1)}×, new day ${(large.newDay.p50 / small.newDay.p50).toFixed(1)}×, 1 January ${(large.newYear.p50 / small.newYear.p50).toFixed(1)}×, rate change ${(large.afterRate.p50 / small.afterRate.p50).toFixed(1)}×, full recomputation ${(large.recompute.p50 / small.recompute.p50).toFixed(1)}×, floor ${(large.floor.p50 / small.floor.p50).toFixed(1)}×`,
  );
  if (
    [small, large].some((m) => [m.page, m.afterWrite, m.newDay, m.newYear, m.afterRate].some((t) => t.p95 >= TARGET_MS))
  )
    process.exitCode = 1;
}
