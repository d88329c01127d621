/**
 * Exact integer arithmetic on JS numbers, with BigInt only where a product would leave the safe
 * range. Every function takes safe integers and returns the exact result, rounded once, half away
 * from zero (the rule of DOMAIN.md §1).
 *
 * Why numbers are exact here: `%` is exact on doubles, the difference of two safe integers of the
 * same sign is exact, and dividing an exact multiple gives an exact quotient. A product is checked
 * after the fact: if the true product is ≤ MAX_SAFE the double product is exact, and if it is not,
 * the double product is ≥ 2^53 (rounding is monotone), so the check `p <= MAX_SAFE` never lies.
 */
export const MAX_SAFE = Number.MAX_SAFE_INTEGER;

// Below 2^52 a quotient estimate q is off by at most one and q·d stays exact (≤ n + d < 2^53).
const FAST_DIVIDEND = 2 ** 52;

/** round(n / d), half away from zero; n a safe integer, d a positive safe integer. */
export function divRound(n: number, d: number): number {
  if (n > 0 && n < FAST_DIVIDEND) {
    // Float division and a correction instead of `%`, which V8 runs as a slow fmod call on
    // anything beyond 2^31. n/d is within one unit of the true quotient, so one step fixes it.
    let q = Math.floor(n / d);
    let r = n - q * d;
    if (r < 0) {
      q--;
      r += d;
    } else if (r >= d) {
      q++;
      r -= d;
    }
    return 2 * r >= d ? q + 1 : q;
  }
  if (n === 0) return 0; // also for -0, which a zero product of a negative number is
  if (n < 0 && n > -FAST_DIVIDEND) {
    const q = divRound(-n, d); // half away from zero is symmetric
    return q === 0 ? 0 : -q; // never -0
  }
  const r = n % d;
  const q = (n - r) / d;
  if (r >= 0) return 2 * r >= d ? q + 1 : q;
  return -2 * r >= d ? q - 1 : q;
}

/** round(n / d), half away from zero, for BigInts; d > 0. */
export function divRoundBig(n: bigint, d: bigint): bigint {
  const q = n / d; // truncates toward zero
  const r = n % d;
  const twice = (r < 0n ? -r : r) * 2n;
  if (twice < d) return q;
  return n < 0n ? q - 1n : q + 1n;
}

/** A BigInt as a number when it is a safe integer; ±Infinity when it is beyond the safe range. */
export function bigToSafeNumber(value: bigint): number {
  if (value > BigInt(MAX_SAFE)) return Infinity;
  if (value < -BigInt(MAX_SAFE)) return -Infinity;
  return Number(value);
}

/**
 * round(x · c / d): x a safe integer (any sign), c ≥ 0 and d > 0 safe integers.
 * Returns ±Infinity when the exact result is beyond the safe range, so callers can refuse it.
 */
export function mulDivRound(x: number, c: number, d: number): number {
  const p = x * c;
  if (p <= MAX_SAFE && p >= -MAX_SAFE) return divRound(p, d);
  // x = q·d + r with |r| < d, so x·c/d = q·c + r·c/d: only r·c has to be safe, and q·c is an
  // integer of the same sign as r·c, so rounding the fractional part alone rounds the whole.
  let q: number;
  let r: number;
  if (x > 0 && x < FAST_DIVIDEND) {
    // As in divRound: a quotient estimate and one correction, cheaper than `%` on doubles.
    q = Math.floor(x / d);
    r = x - q * d;
    if (r < 0) {
      q--;
      r += d;
    } else if (r >= d) {
      q++;
      r -= d;
    }
  } else {
    r = x % d;
    q = (x - r) / d;
  }
  const rc = r * c;
  if (rc <= MAX_SAFE && rc >= -MAX_SAFE) {
    const qc = q * c;
    if (qc <= MAX_SAFE && qc >= -MAX_SAFE) {
      const result = qc + divRound(rc, d);
      if (result <= MAX_SAFE && result >= -MAX_SAFE) return result;
    }
  }
  return bigToSafeNumber(divRoundBig(BigInt(x) * BigInt(c), BigInt(d)));
}

/** round(a · b · c / d) for non-negative safe integers a, b, c and d > 0; +Infinity beyond the safe range. */
export function mulMulDivRound(a: number, b: number, c: number, d: number): number {
  const ab = a * b;
  if (ab <= MAX_SAFE) return mulDivRound(ab, c, d);
  return bigToSafeNumber(divRoundBig(BigInt(a) * BigInt(b) * BigInt(c), BigInt(d)));
}

/** Sign of a·b − c·d, exactly, for safe integers. */
export function compareProducts(a: number, b: number, c: number, d: number): -1 | 0 | 1 {
  const left = a * b;
  const right = c * d;
  if (left <= MAX_SAFE && left >= -MAX_SAFE && right <= MAX_SAFE && right >= -MAX_SAFE) {
    return left < right ? -1 : left > right ? 1 : 0;
  }
  const diff = BigInt(a) * BigInt(b) - BigInt(c) * BigInt(d);
  return diff < 0n ? -1 : diff > 0n ? 1 : 0;
}
