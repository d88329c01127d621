import type { Page } from 'playwright-core';
import { startWorkbench } from '../test/e2e/harness';
import { bigQuote } from '../test/e2e/quote-fixtures';
import { table } from './lib/timing';

/**
 * The quote editor in Chromium, against browser mode, on a 1,000-line quote:
 * - a keystroke in a quantity cell → the new total painted: p50/p95 over 50 edits (target p95 < 50 ms),
 *   against the floor: the same keystroke into a plain input whose value a span mirrors, no app logic;
 * - opening the quote from the list → its total painted (target < 500 ms), against the floor: the
 *   quote's own `quotes.get` fetched and parsed by the same page, which no editor can beat.
 */

const EDITS = 50;
const WARMUP = 5;
const OPENS = 7;
const TARGET_EDIT_P95 = 50;
const TARGET_OPEN = 500;

// In-page probes, as strings: this project's TypeScript has no DOM types on the Node side.
const PROBES = `
window.__armEdit = (selector) => {
  const target = document.querySelector(selector);
  const before = target.textContent;
  window.__edit = new Promise((resolve) => {
    let start = 0;
    const onKey = (e) => { start = e.timeStamp; };
    document.addEventListener('keydown', onKey, { capture: true, once: true });
    const observer = new MutationObserver(() => {
      if (target.textContent === before) return;
      observer.disconnect();
      // The frame that paints the new text.
      requestAnimationFrame((frame) => resolve(Math.max(frame, performance.now()) - start));
    });
    observer.observe(target, { childList: true, characterData: true, subtree: true });
  });
};
window.__longTasks = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
}).observe({ type: 'longtask', buffered: true });
window.__floorInput = () => {
  let box = document.getElementById('bench-floor');
  if (!box) {
    box = document.createElement('div');
    box.id = 'bench-floor';
    box.style.cssText = 'position:fixed;left:8px;bottom:8px;z-index:99;background:#fff';
    box.innerHTML = '<input id="bench-floor-input" value="1"><span id="bench-floor-echo">1</span>';
    document.body.append(box);
    const input = document.getElementById('bench-floor-input');
    const echo = document.getElementById('bench-floor-echo');
    input.addEventListener('input', () => { echo.textContent = input.value; });
  }
};
`;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}
function stats(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  return { p50: percentile(s, 50), p95: percentile(s, 95), max: s[s.length - 1] ?? NaN };
}
const ms = (v: number) => v.toFixed(1);

/** One keystroke into the focused field, timed from keydown to the paint of `watch`'s new text. */
async function timedKeystroke(page: Page, key: string, watch: string): Promise<number> {
  await page.evaluate(`window.__armEdit(${JSON.stringify(watch)})`);
  await page.keyboard.press(key);
  return (await page.evaluate('window.__edit')) as number;
}

/**
 * Issue 18: after a typing pause the editor autosaves the draft and settles its deferred panels.
 * One keystroke into a line's quantity, then PAUSE_MS of nothing: the longest long task
 * (PerformanceObserver 'longtask', > 50 ms by definition) from the keystroke to the end of the
 * pause, the autosave included, over PAUSE_RUNS runs. Target at 10,000 lines: none.
 */
const PAUSE_MS = 2500;
const PAUSE_RUNS = 5;

async function pauseLongTasks(
  page: Page,
  origin: string,
  quoteId: number,
): Promise<{ keystroke: number[]; pause: number[]; floor: number[] }> {
  await page.goto(`${origin}/quotes/${quoteId}`);
  await page.locator('[data-testid="total-total"]').waitFor({ timeout: 120_000 });
  await page.evaluate('window.__floorInput()');
  const cell = page.locator('[data-cell="line-0:qty"]');
  const floorInput = page.locator('#bench-floor-input');
  const keystroke: number[] = [];
  const pause: number[] = [];
  // The floor, measured: the same keystroke and pause into a plain input on the same page (no
  // app logic runs), interleaved. On a loaded machine it is not 0: what it shows is the load.
  const floor: number[] = [];
  await page.waitForTimeout(PAUSE_MS); // the open's own work settles first
  for (let i = 0; i < PAUSE_RUNS + 1; i++) {
    if (i > 0) {
      await floorInput.focus();
      await page.keyboard.press('ControlOrMeta+A');
      const start = (await page.evaluate('performance.now()')) as number;
      await page.keyboard.press(String((i % 8) + 2));
      await page.waitForTimeout(PAUSE_MS);
      const tasks = (await page.evaluate('window.__longTasks')) as { start: number; duration: number }[];
      floor.push(Math.max(0, ...tasks.filter((t) => t.start >= start).map((t) => t.duration)));
    }
    await cell.focus();
    await page.keyboard.press('ControlOrMeta+A');
    const before = (await page.evaluate('performance.now()')) as number;
    await page.keyboard.press(String((i % 8) + 2));
    const typed = (await page.evaluate('performance.now()')) as number;
    await page.waitForTimeout(PAUSE_MS);
    const tasks = (await page.evaluate('window.__longTasks')) as { start: number; duration: number }[];
    const within = (from: number, to: number) =>
      Math.max(0, ...tasks.filter((t) => t.start >= from && t.start < to).map((t) => t.duration));
    if (i === 0) continue; // warm-up
    keystroke.push(within(before, typed + 100));
    pause.push(within(typed + 100, typed + PAUSE_MS));
  }
  return { keystroke, pause, floor };
}

export default async function run(): Promise<void> {
  const wb = await startWorkbench({
    setup: { mode: 'demo', adminName: 'Bench', companyName: 'Bench Agency', language: 'zh-CN' },
  });
  try {
    const clients = await wb.call('clients.list', {});
    const quote = await wb.call('quotes.create', {
      clientId: clients.items[0]!.id,
      title: 'Bench',
      document: bigQuote(1000),
    });
    const page = wb.page;
    await page.addInitScript(PROBES);
    const origin = new URL(wb.server.url).origin;
    await page.goto(wb.server.url); // keeps the token for this tab
    await page.getByRole('navigation').first().waitFor();

    // Opening: from the quotes list, a click on the quote's link until its total is painted.
    const opens: number[] = [];
    const fetches: number[] = [];
    for (let i = 0; i < OPENS; i++) {
      await page.goto(`${origin}/quotes`);
      const link = page.locator(`a[href="/quotes/${quote.id}"]`);
      await link.waitFor();
      const elapsed = (await page.evaluate(`new Promise((resolve) => {
        const start = performance.now();
        const observer = new MutationObserver(() => {
          if (!document.querySelector('[data-testid="total-total"]')) return;
          observer.disconnect();
          requestAnimationFrame(() => resolve(performance.now() - start));
        });
        observer.observe(document.body, { childList: true, subtree: true });
        document.querySelector('a[href="/quotes/${quote.id}"]').click();
      })`)) as number;
      opens.push(elapsed);
      fetches.push(
        (await page.evaluate(`(async () => {
          const start = performance.now();
          const r = await fetch('/api/quotes.get', { method: 'POST', headers: { 'Content-Type': 'application/json',
            Authorization: 'Bearer ' + sessionStorage.getItem('workbench.token') }, body: JSON.stringify({ id: ${quote.id} }) });
          await r.json();
          return performance.now() - start;
        })()`)) as number,
      );
    }

    // Editing: the first line's quantity, one digit at a time, each changing the total.
    await page.evaluate('window.__floorInput()');
    const cell = page.locator('[data-cell="line-0:qty"]');
    const floorInput = page.locator('#bench-floor-input');
    const edits: number[] = [];
    const floor: number[] = [];
    for (let i = 0; i < WARMUP + EDITS; i++) {
      const digit = String((i % 8) + 2);
      // Interleaved, so both see the same machine.
      await cell.focus();
      await page.keyboard.press('ControlOrMeta+A');
      const edit = await timedKeystroke(page, digit, '[data-testid="total-total"]');
      await floorInput.focus();
      await page.keyboard.press('ControlOrMeta+A');
      const plain = await timedKeystroke(page, digit, '#bench-floor-echo');
      if (i >= WARMUP) {
        edits.push(edit);
        floor.push(plain);
      }
    }
    // A typing pause at 1,000 and at 10,000 lines: the longest long task.
    const big = await wb.call('quotes.create', {
      clientId: clients.items[0]!.id,
      title: 'Bench 10k',
      document: bigQuote(10_000),
    });
    const pause1k = await pauseLongTasks(page, origin, quote.id);
    const pause10k = await pauseLongTasks(page, origin, big.id);
    const lines = await wb.call('quotes.get', { id: quote.id });
    const count = lines.document.sections.reduce((n, s) => n + s.lines.length, 0);

    const e = stats(edits);
    const f = stats(floor);
    const o = stats(opens);
    const fo = stats(fetches);
    const editPass = e.p95 < TARGET_EDIT_P95;
    const openPass = o.p50 < TARGET_OPEN && o.max < TARGET_OPEN * 1.5;
    console.log(`Quote editor in Chromium, ${count.toLocaleString('en')}-line quote, ms`);
    console.log(
      table(
        ['measure', 'n', 'p50', 'p95', 'max', 'floor p50', 'floor p95', 'ratio p50', 'target'],
        [
          [
            'keystroke → total painted',
            String(edits.length),
            ms(e.p50),
            ms(e.p95),
            ms(e.max),
            ms(f.p50),
            ms(f.p95),
            (e.p50 / f.p50).toFixed(1) + '×',
            `${editPass ? 'PASS' : 'FAIL'} p95 < ${TARGET_EDIT_P95} ms`,
          ],
          [
            'open from list → total painted',
            String(opens.length),
            ms(o.p50),
            ms(o.p95),
            ms(o.max),
            ms(fo.p50),
            ms(fo.p95),
            (o.p50 / fo.p50).toFixed(1) + '×',
            `${openPass ? 'PASS' : 'FAIL'} < ${TARGET_OPEN} ms`,
          ],
        ],
      ),
    );
    console.log(
      'floor: keystroke — the same key into a plain <input> mirrored by a <span>, no app logic;' +
        ' open — fetching and parsing the quote’s own quotes.get in the same page.',
    );
    const worst = (v: number[]) => Math.max(0, ...v);
    const pausePass = worst(pause10k.pause) <= 50;
    console.log(
      table(
        [
          'longest long task, ms (0 = none > 50 ms)',
          'runs',
          '1,000 lines',
          '10,000 lines',
          'growth',
          'floor (plain input, 1k / 10k page)',
          'target',
        ],
        [
          [
            'keystroke (its own handling, +100 ms)',
            String(pause10k.keystroke.length),
            ms(worst(pause1k.keystroke)),
            ms(worst(pause10k.keystroke)),
            worst(pause1k.keystroke) > 0
              ? `${(worst(pause10k.keystroke) / worst(pause1k.keystroke)).toFixed(1)}×`
              : '—',
            `${ms(worst(pause1k.floor))} / ${ms(worst(pause10k.floor))}`,
            '—',
          ],
          [
            `typing pause (${PAUSE_MS} ms: autosave, deferred panels)`,
            String(pause10k.pause.length),
            ms(worst(pause1k.pause)),
            ms(worst(pause10k.pause)),
            worst(pause1k.pause) > 0 ? `${(worst(pause10k.pause) / worst(pause1k.pause)).toFixed(1)}×` : '—',
            `${ms(worst(pause1k.floor))} / ${ms(worst(pause10k.floor))}`,
            `${pausePass ? 'PASS' : 'FAIL'} none > 50 ms at 10,000 lines`,
          ],
        ],
      ),
    );
    if (!editPass || !openPass || !pausePass) process.exitCode = 1;
  } finally {
    await wb.close();
  }
}
