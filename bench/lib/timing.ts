/**
 * A small timing harness for micro-benchmarks: warm up (so the JIT has compiled what it will),
 * then time N samples with process.hrtime.bigint. A call much shorter than the timer's own cost
 * is timed in batches: each sample runs the function `batch` times and reports the mean per call.
 */
export interface Timing {
  /** Microseconds per call. */
  p50: number;
  p95: number;
  mean: number;
  samples: number;
  /** Calls per sample. */
  batch: number;
}

export interface MeasureOptions {
  /** Warm-up time (ms) before timing starts: long enough for the JIT to reach its top tier. */
  warmupMillis?: number;
  /** Timed samples. */
  samples?: number;
  /** Each sample lasts at least this long (µs), so the timer's resolution does not matter. */
  minSampleMicros?: number;
}

// Results are folded into this so the JIT cannot drop a call whose result is unused.
let sink = 0;
export function consume(value: unknown): void {
  sink = (sink + (typeof value === 'number' ? value : 1)) | 0;
}
export function sinkValue(): number {
  return sink;
}

function elapsedMicros(fn: () => unknown, calls: number): number {
  const start = process.hrtime.bigint();
  for (let i = 0; i < calls; i++) consume(fn());
  return Number(process.hrtime.bigint() - start) / 1000;
}

/** The p-th percentile (nearest rank) of ascending values. */
export function percentile(sorted: readonly number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? NaN;
}

function warmUp(fns: readonly (() => unknown)[], millis: number): void {
  const end = process.hrtime.bigint() + BigInt(millis) * 1_000_000n;
  while (process.hrtime.bigint() < end) for (const fn of fns) elapsedMicros(fn, 16);
}

function batchFor(fn: () => unknown, minSampleMicros: number): number {
  let batch = 1;
  while (elapsedMicros(fn, batch) < minSampleMicros && batch < 1 << 24) batch *= 2;
  return batch;
}

function summarize(perCall: number[], batch: number): Timing {
  perCall.sort((a, b) => a - b);
  const mean = perCall.reduce((sum, t) => sum + t, 0) / perCall.length;
  return { p50: percentile(perCall, 50), p95: percentile(perCall, 95), mean, samples: perCall.length, batch };
}

export function measure(fn: () => unknown, options: MeasureOptions = {}): Timing {
  return measureTogether([fn], options)[0]!;
}

/**
 * Time several functions with their samples interleaved (a, b, a, b, …), so that a comparison
 * between them — a ratio to a baseline — is not skewed by the machine being busier for one than
 * for the other.
 */
export function measureTogether(fns: readonly (() => unknown)[], options: MeasureOptions = {}): Timing[] {
  const { warmupMillis = 300, samples = 200, minSampleMicros = 200 } = options;
  warmUp(fns, warmupMillis);
  const batches = fns.map((fn) => batchFor(fn, minSampleMicros));
  const perCall = fns.map(() => [] as number[]);
  for (let i = 0; i < samples; i++) {
    fns.forEach((fn, f) => perCall[f]!.push(elapsedMicros(fn, batches[f]!) / batches[f]!));
  }
  return perCall.map((times, f) => summarize(times, batches[f]!));
}

/** A fixed-width text table. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: readonly string[]) => cells.map((cell, c) => cell.padStart(widths[c] ?? 0)).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
