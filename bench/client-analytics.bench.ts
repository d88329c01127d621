import type SQLite from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../electron/core/db/connection';
import { migrate } from '../electron/core/db/migrate';
import { accountAnalytics } from '../electron/core/analytics/load';
import { table } from './lib/timing';

/**
 * The account analytics (LTV, ABC, Pareto, dormancy, churn) over 10,000 clients and 200,000
 * quotes, each with a proposal (a third won, a sixth lost), plus visits, complaints and surveys.
 * Floor: one bare `SELECT client_id, SUM(net), SUM(cost) FROM quotes GROUP BY client_id` over the
 * same table, in the same run. Target: p95 < 300 ms.
 */
const CLIENTS = 10_000;
const QUOTES = 200_000;
const RUNS = 9;
const TARGET_MS = 300;
const TODAY = '2027-06-30';

export function generate(sqlite: SQLite.Database): void {
  let seed = 42;
  const random = () => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
  const day = (daysAgo: number) => new Date(Date.parse(`${TODAY}T00:00:00Z`) - daysAgo * 86_400_000).toISOString();
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
  const visit = sqlite.prepare(`insert into visits (client_id, visited_on, purpose, created_at) values (?, ?, 'v', ?)`);
  const complaint = sqlite.prepare(
    `insert into complaints (client_id, received_on, received_by, severity, description, created_at) values (?, ?, 'x', 'low', 'd', ?)`,
  );
  const levels = ['high', 'low', null];
  sqlite.transaction(() => {
    const created = day(1500);
    for (let c = 1; c <= CLIENTS; c++) {
      client.run(
        c,
        `客户 ${c}`,
        random() < 0.9 ? 'active' : 'paused',
        levels[c % 3],
        levels[(c >> 1) % 3],
        0,
        created,
        created,
      );
      if (random() < 0.6) visit.run(c, day(Math.floor(random() * 400)).slice(0, 10), created);
      if (random() < 0.1) complaint.run(c, day(Math.floor(random() * 200)).slice(0, 10), created);
    }
    for (let q = 1; q <= QUOTES; q++) {
      // Skewed towards low ids, so the Pareto curve has a head.
      const clientId = 1 + Math.floor(CLIENTS * random() ** 2);
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

export default async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-analytics-'));
  const store = openStore(join(dir, 'bench.db'));
  try {
    await migrate(store.db, store.sqlite);
    store.sqlite.pragma('synchronous = OFF');
    const started = performance.now();
    generate(store.sqlite);
    store.sqlite.exec('analyze');
    console.log(
      `generated ${CLIENTS.toLocaleString('en')} clients, ${QUOTES.toLocaleString('en')} quotes and proposals in ${ms(performance.now() - started)} ms`,
    );

    const floorStmt = store.sqlite.prepare('select client_id, sum(net), sum(cost) from quotes group by client_id');
    const times: number[] = [];
    const floors: number[] = [];
    let sample = null as Awaited<ReturnType<typeof accountAnalytics>>['analytics'] | null;
    for (let i = 0; i < RUNS + 1; i++) {
      let t = performance.now();
      const { analytics } = await accountAnalytics(store.db, TODAY);
      const elapsed = performance.now() - t;
      t = performance.now();
      floorStmt.all();
      const floor = performance.now() - t;
      if (i === 0) continue; // warm-up: statement preparation and the page cache
      times.push(elapsed);
      floors.push(floor);
      sample = analytics;
    }
    times.sort((a, b) => a - b);
    floors.sort((a, b) => a - b);
    const pick = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)]!;
    const p50 = pick(times, 50);
    const p95 = pick(times, 95);
    const floor50 = pick(floors, 50);
    const pass = p95 < TARGET_MS;
    console.log(
      table(
        ['figure', 'p50 ms', 'p95 ms', 'floor p50 ms', 'ratio', 'target'],
        [
          [
            'account analytics',
            ms(p50),
            ms(p95),
            ms(floor50),
            `${(p50 / floor50).toFixed(1)}×`,
            `${pass ? 'PASS' : 'FAIL'} p95 < ${TARGET_MS} ms`,
          ],
        ],
      ),
    );
    if (sample)
      console.log(
        `tiers ${JSON.stringify(sample.tierCounts)}, dormancy ${JSON.stringify(sample.dormancyCounts)}, top fifth ${sample.topFifthSharePercent}% of profit, ` +
          `${sample.clients.filter((c) => c.churn.length > 0).length} clients with churn warnings`,
      );
    if (!pass) process.exitCode = 1;
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
