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

/** "12.5" → 12500: a decimal string in thousandths (the quote's quantities and percents have ≤ 3 places). */
function milli(text: string): number {
  const dot = text.indexOf('.');
  if (dot < 0) return Number(text) * 1000;
  const fraction = text.slice(dot + 1, dot + 4);
  return Number(text.slice(0, dot)) * 1000 + Number(fraction) * 10 ** (3 - fraction.length);
}

/** (a × b × …) / d rounded half away from zero, exact: Number arithmetic while safe, BigInt past 2^53. */
function roundDiv(factors: number[], d: number): number {
  let n = 1;
  for (const f of factors) n *= f;
  if (Math.abs(n) <= Number.MAX_SAFE_INTEGER) {
    const q = Math.trunc(n / d);
    const r = n - q * d;
    return 2 * Math.abs(r) >= d ? q + Math.sign(n) : q;
  }
  let bn = 1n;
  for (const f of factors) bn *= BigInt(f);
  const bd = BigInt(d);
  const q = bn / bd;
  const r = bn - q * bd;
  return Number(2n * (r < 0n ? -r : r) >= bd ? q + (bn < 0n ? -1n : 1n) : q);
}

const MULTIPLIERS = ['900', '1000', '1150', '1300', '1500'];

/**
 * The floor: a minimal calculator over the same strings — parse each line's quantities and the
 * quote's percents, price each line (rate × headcount × days or hours ÷ hours per day × difficulty,
 * or unit price × quantity), round each amount once half away from zero, sum, discount, tax. No
 * validation, flags, market deviation, workload or breakdowns: what no implementation can skip.
 */
export function minimalCalculator(quote: QuoteInterchange): number {
  const hoursPerDay = milli(quote.hoursPerDay ?? '8');
  let subtotal = 0;
  for (const section of quote.sections) {
    const multiplier = Number(MULTIPLIERS[(section.difficultyLevel ?? quote.difficulty.level) - 1]);
    for (const line of section.lines) {
      if (line.optional) continue;
      if (line.kind === 'labor') {
        subtotal +=
          line.days !== undefined
            ? roundDiv([line.rate, milli(line.headcount), milli(line.days), multiplier], 1e9)
            : roundDiv([line.rate, milli(line.headcount), milli(line.hours!), multiplier], 1e6 * hoursPerDay);
      } else subtotal += roundDiv([line.unitPrice, milli(line.quantity)], 1000);
    }
  }
  const discount = quote.discount?.percent ? roundDiv([subtotal, milli(quote.discount.percent)], 100_000) : 0;
  const net = subtotal - discount;
  return net + roundDiv([net, milli(quote.taxPercent ?? '0')], 100_000);
}

const micros = (value: number): string => (value < 10 ? value.toFixed(3) : value.toFixed(1));

/** The targets apply to a 1,000-line quote; the other sizes show how cost scales. */
const TARGET_LINES = 1000;
const TARGET_MICROS = 1000;
// Against a calculator that does the same arithmetic and nothing else: the rest (validation, flags,
// market deviation, workload, breakdowns) may cost at most this much again and again.
const TARGET_RATIO = 5;

export default async function run(): Promise<void> {
  const rows: string[][] = [];
  let failed = false;
  for (const size of [10, 100, 1000, 10000]) {
    const quote = benchQuote(size);
    // The floor is a calculator, not a stand-in: it must reach the same total to the fen.
    if (minimalCalculator(quote) !== computeQuote(quote).total)
      throw new Error(`the floor's total differs from computeQuote's at ${size} lines`);
    consume(computeQuote(quote));
    // Interleaved, so that both see the same machine: the ratio is what the target is about.
    const [compute, floor] = measureTogether([() => computeQuote(quote).total, () => minimalCalculator(quote)]) as [
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
  console.log(
    'computeQuote, µs (floor: a minimal calculator parsing and rounding the same strings, sampled interleaved)',
  );
  console.log(table(['lines', 'p50', 'p95', 'p50/line', 'floor p50', 'ratio', 'targets'], rows));
  if (failed) process.exitCode = 1;
}
