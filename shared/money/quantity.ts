import { formatFixed, parseFixed } from './decimal';
import { MAX_SAFE } from './round';

/**
 * The three exact-decimal kinds of DOMAIN.md §1, each with its scale:
 * quantities (headcount, days, hours, units) and multipliers in thousandths,
 * percents in basis points (hundredths of a percent: 12.5% = 1250).
 */
export const QUANTITY_PLACES = 3;
export const QUANTITY_SCALE = 1000;
export const MULTIPLIER_PLACES = 3;
export const MULTIPLIER_SCALE = 1000;
export const PERCENT_PLACES = 2;
/** Basis points in a whole (100% = 10,000 bp). */
export const BASIS_POINTS = 10000;

/** "3.5" → 3500 thousandths; NaN if not a decimal with ≤ 3 places. */
export function parseQuantity(text: string): number {
  // The calculator parses two of these per labor line on every keystroke: short unsigned texts
  // ("2", "3.5", "0.25") take this loop; anything else goes to parseFixed, which also words refusals.
  const n = text.length;
  if (n === 0 || n > 15) return parseFixed(text, QUANTITY_PLACES);
  let value = 0;
  let fraction = -1; // decimals seen; -1 before the point
  for (let i = 0; i < n; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit >= 0 && digit <= 9) {
      value = value * 10 + digit;
      if (fraction >= 0) fraction++;
    } else if (digit === -2 /* . */ && fraction < 0 && i > 0 && i < n - 1) {
      fraction = 0;
    } else {
      return parseFixed(text, QUANTITY_PLACES);
    }
  }
  // Fewer than 16 characters: value < 10^15, and scaled below 10^18 — checked, not assumed.
  const scaled = fraction <= 0 ? value * 1000 : fraction === 1 ? value * 100 : fraction === 2 ? value * 10 : value;
  return fraction <= 3 && scaled <= MAX_SAFE ? scaled : NaN;
}
/** 2250 → "2.25" (no trailing zeros). */
export function formatQuantity(thousandths: number | bigint): string {
  return formatFixed(thousandths, QUANTITY_PLACES);
}

/** "1.15" → 1150 thousandths. */
export function parseMultiplier(text: string): number {
  return parseFixed(text, MULTIPLIER_PLACES);
}
/** 1150 → "1.15", 900 → "0.90", 1125 → "1.125": two places at least, as multipliers are written. */
export function formatMultiplier(thousandths: number): string {
  return formatFixed(thousandths, MULTIPLIER_PLACES, 2);
}

/** "12.5" (percent) → 1250 basis points. */
export function parsePercent(text: string): number {
  return parseFixed(text, PERCENT_PLACES);
}
/** 1250 basis points → "12.5". */
export function formatPercent(basisPoints: number): string {
  return formatFixed(basisPoints, PERCENT_PLACES);
}

/** Tenths of a percent → "36.8", "-4.0", "0.0": always exactly one decimal. */
export function formatPercentTenths(tenths: number): string {
  return formatFixed(tenths, 1, 1);
}
