import { isIsoDate } from './fields';

/**
 * What a quote's figures say that a person must look at. `error`: the quote cannot go out as it is
 * (net below cost, DOMAIN.md §1 "can never be sent"; a discount above the subtotal). `warning`: it
 * may go out once someone has looked — below the margin floor needs a recorded finance approval,
 * the rest need a rationale, a condition or a fresher reference.
 */
export const QUOTE_FLAG_SEVERITY = {
  below_cost: 'error',
  discount_exceeds_subtotal: 'error',
  below_margin_floor: 'warning',
  free_line_with_cost: 'warning',
  line_below_cost: 'warning',
  difficulty_without_rationale: 'warning',
  stale_market_reference: 'warning',
  market_gap_unexplained: 'warning',
  discount_without_condition: 'warning',
  discount_without_reason: 'warning',
  validity_expired: 'warning',
} as const satisfies Record<string, 'error' | 'warning'>;

export type QuoteFlagCode = keyof typeof QUOTE_FLAG_SEVERITY;
export const QUOTE_FLAG_CODES = Object.keys(QUOTE_FLAG_SEVERITY) as [QuoteFlagCode, ...QuoteFlagCode[]];

/** A rationale, reason or condition that says nothing counts as absent. */
export function isBlank(text: string | undefined): boolean {
  return text === undefined || text.trim() === '';
}

/**
 * The oldest market reference date that is not stale on `today`: the same day twelve months
 * earlier. Compared as strings (YYYY-MM-DD orders like dates); on 2028-02-29 the cutoff is
 * "2027-02-29", which correctly sorts between the 28th and March 1st.
 */
export function staleCutoff(today: string): string {
  if (!isIsoDate(today)) throw new RangeError(`today must be a date written YYYY-MM-DD, got "${today}"`);
  const year = Number(today.slice(0, 4)) - 1;
  return String(year).padStart(4, '0') + today.slice(4);
}
