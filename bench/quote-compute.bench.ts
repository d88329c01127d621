import { computeQuote, type QuoteInterchange, type QuoteLine, type QuoteSection } from '../shared/quote';
import { consume, measureTogether, table, type Timing } from './lib/timing';

/**
 * computeQuote on quotes of 10 to 10,000 lines against the floor: a plain loop that only sums the
 * integer amounts of the same lines, measured in the same run. Targets: 1,000 lines in under 1 ms
 * (p95), and within 20× of the floor.
 */

const ROLES = ['高级策划', '策划', '设计师', '文案', '媒介', '客户经理', '摄影', '项目经理'];

/** A deterministic pseudo-random sequence, so every run benches the same quotes. */
function sequence(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * A realistic mix: 60% labor (a third of it by hours, at 7.5 h/day), 30% of lines with a market
 * reference near our rate, 5% optional, costs 50–90% of price, a few section overrides.
 */
export function benchQuote(lineCount: number): QuoteInterchange {
  const random = sequence(lineCount);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const between = (low: number, high: number): number => Math.floor(low + random() * (high - low));
  const perSection = Math.min(50, lineCount);
  const sections: QuoteSection[] = [];
  for (let made = 0; made < lineCount; made += perSection) {
    const lines: QuoteLine[] = [];
    for (let i = 0; i < Math.min(perSection, lineCount - made); i++) {
      const price = between(80000, 480000);
      const market =
        random() < 0.3
          ? { unitPrice: Math.floor(price * (0.85 + random() * 0.3)), source: '2026 行业报告', date: '2026-03-01' }
          : undefined;
      const optional = random() < 0.05 ? true : undefined;
      if (random() < 0.6) {
        const byHours = random() < 0.33;
        lines.push({
          kind: 'labor',
          role: pick(ROLES),
          headcount: pick(['1', '2', '3', '0.5']),
          ...(byHours ? { hours: pick(['4', '12', '18', '7.5']) } : { days: pick(['1', '2.5', '3.5', '10', '0.25']) }),
          rate: price,
          costRate: Math.floor(price * (0.5 + random() * 0.2)),
          ...(market ? { market } : {}),
          ...(optional ? { optional } : {}),
        });
      } else {
        const unitPrice = price * 10;
        lines.push({
          kind: 'item',
          description: '场地租赁',
          quantity: pick(['1', '2', '12.5', '100', '0.333']),
          unit: '场',
          unitPrice,
          unitCost: Math.floor(unitPrice * (0.7 + random() * 0.2)),
          ...(market ? { market: { ...market, unitPrice: market.unitPrice * 10 } } : {}),
          ...(optional ? { optional } : {}),
        });
      }
    }
    sections.push({
      title: `章节 ${sections.length + 1}`,
      ...(random() < 0.3 ? { difficultyLevel: pick([1, 2, 4, 5]) } : {}),
      lines,
    });
  }
  return {
    format: 'workbench.quote/1',
    title: 'Bench',
    currency: 'CNY',
    difficulty: { level: 3, rationale: '两周工期' },
    hoursPerDay: '7.5',
    taxPercent: '6',
    discount: { percent: '12.5', reason: '长期合作', condition: '年度框架' },
    sections,
  };
}

/** The floor: what it costs just to visit every line and add up an integer. */
function sumLineAmounts(quote: QuoteInterchange): number {
  let sum = 0;
  const sections = quote.sections;
  for (let s = 0; s < sections.length; s++) {
    const lines = sections[s]!.lines;
    for (let l = 0; l < lines.length; l++) {
      const line = lines[l]!;
      sum += line.kind === 'labor' ? line.rate : line.unitPrice;
    }
  }
  return sum;
}

const micros = (value: number): string => (value < 10 ? value.toFixed(3) : value.toFixed(1));

/** The targets apply to a 1,000-line quote; the other sizes show how cost scales. */
const TARGET_LINES = 1000;
const TARGET_MICROS = 1000;
const TARGET_RATIO = 20;

export default async function run(): Promise<void> {
  const rows: string[][] = [];
  let failed = false;
  for (const size of [10, 100, 1000, 10000]) {
    const quote = benchQuote(size);
    consume(computeQuote(quote));
    // Interleaved, so that both see the same machine: the ratio is what the target is about.
    const [compute, floor] = measureTogether([() => computeQuote(quote).total, () => sumLineAmounts(quote)]) as [
      Timing,
      Timing,
    ];
    const ratio = compute.p50 / floor.p50;
    let verdict = '—';
    if (size === TARGET_LINES) {
      const fast = compute.p95 < TARGET_MICROS;
      const close = ratio <= TARGET_RATIO;
      verdict = `${fast ? 'PASS' : 'FAIL'} p95 < 1 ms, ${close ? 'PASS' : 'FAIL'} ≤ ${TARGET_RATIO}× floor`;
      failed = !fast || !close;
    }
    rows.push([
      size.toLocaleString('en'),
      micros(compute.p50),
      micros(compute.p95),
      micros(compute.p50 / size),
      micros(floor.p50),
      ratio.toFixed(1) + '×',
      verdict,
    ]);
  }
  console.log('computeQuote, µs (floor: a plain loop summing the integer line amounts, sampled interleaved)');
  console.log(table(['lines', 'p50', 'p95', 'p50/line', 'floor p50', 'ratio', 'targets'], rows));
  if (failed) process.exitCode = 1;
}
