import * as z from 'zod';
import { PROPOSAL_STATUSES, proposalStatusSchema, type ProposalStatus } from '../proposal/status';
import { LOSS_REASONS, type LossReason } from '../proposal/workflow';

/**
 * The pipeline's arithmetic, pure: win rates, pipeline value, margins, discounts, lost reasons and
 * market deviation, from rows the repository reads (electron/core/repos/archive-pipeline.ts).
 * Money sums are exact integers in minor units; rates and averages are display figures (one decimal).
 */

export const PERIODS = ['month', 'quarter', 'year'] as const;
export type Period = (typeof PERIODS)[number];
export const PROPOSAL_TYPES = ['new_business', 'existing_client'] as const;
export type ProposalType = (typeof PROPOSAL_TYPES)[number];

/** One proposal as the pipeline sees it: figures of its newest sent version, else of its linked quote. */
export interface PipelineProposal {
  id: number;
  clientId: number;
  clientName: string;
  ownerId: number | null;
  ownerName: string | null;
  status: ProposalStatus;
  /** What was decided, kept when the proposal is archived (an archived win is still a win). */
  outcome: 'won' | 'lost' | null;
  /** When it was created (YYYY-MM-DD…): the period it belongs to. */
  date: string;
  decidedAt: string | null;
  lostReason: LossReason | null;
  currency: string | null;
  amount: number | null;
  marginPercent: string | null;
  discount: number;
  discountReason: string | null;
}

export interface PipelineQuote {
  date: string;
  currency: string;
  deviationPercent: string | null;
}

export const rateRowSchema = z.object({
  key: z.string(),
  label: z.string(),
  won: z.int(),
  lost: z.int(),
  open: z.int(),
  /** won / (won + lost), percent to one decimal; null before anything was decided. */
  winRate: z.string().nullable(),
});
export type RateRow = z.infer<typeof rateRowSchema>;

export const statusValueSchema = z.object({ status: proposalStatusSchema, count: z.int(), value: z.int() });
export const marginRowSchema = z.object({
  key: z.string(),
  label: z.string(),
  count: z.int(),
  average: z.string().nullable(),
});
export const bucketSchema = z.object({
  label: z.string(),
  from: z.number().nullable(),
  to: z.number().nullable(),
  count: z.int(),
});
export const discountRowSchema = z.object({ reason: z.string(), count: z.int(), amount: z.int() });
export const lostRowSchema = z.object({ reason: z.enum(LOSS_REASONS), count: z.int() });
export const deviationRowSchema = z.object({ period: z.string(), count: z.int(), average: z.string().nullable() });

export const pipelineSchema = z.object({
  currency: z.string(),
  period: z.enum(PERIODS),
  proposals: z.int(),
  /** Proposals left out of money figures because they are priced in another currency. */
  otherCurrency: z.int(),
  winRate: z.object({
    overall: rateRowSchema,
    byOwner: z.array(rateRowSchema),
    byClient: z.array(rateRowSchema),
    byPeriod: z.array(rateRowSchema),
    byType: z.array(rateRowSchema),
  }),
  valueByStatus: z.array(statusValueSchema),
  margin: z.object({
    overall: z.string().nullable(),
    byClient: z.array(marginRowSchema),
    byPeriod: z.array(marginRowSchema),
    distribution: z.array(bucketSchema),
  }),
  discounts: z.object({ count: z.int(), amount: z.int(), byReason: z.array(discountRowSchema) }),
  lostReasons: z.array(lostRowSchema),
  deviation: z.array(deviationRowSchema),
});
export type Pipeline = z.infer<typeof pipelineSchema>;

/** The period a date falls in: 2026-05, 2026-Q2, 2026. */
export function periodOf(date: string, period: Period): string {
  const year = date.slice(0, 4);
  if (period === 'year') return year;
  const month = Number(date.slice(5, 7));
  return period === 'month' ? `${year}-${date.slice(5, 7)}` : `${year}-Q${Math.ceil(month / 3)}`;
}

const oneDecimal = (n: number) => (Math.round(n * 10) / 10).toFixed(1);

export function rate(won: number, lost: number): string | null {
  return won + lost === 0 ? null : oneDecimal((won / (won + lost)) * 100);
}

export function average(values: readonly number[]): string | null {
  return values.length === 0 ? null : oneDecimal(values.reduce((a, b) => a + b, 0) / values.length);
}

/** Win rate per group; groups in first-seen order unless `sort` says otherwise. */
export function winRates<T extends PipelineProposal>(
  rows: readonly T[],
  group: (r: T) => { key: string; label: string },
): RateRow[] {
  const out = new Map<string, RateRow>();
  for (const r of rows) {
    const { key, label } = group(r);
    const row = out.get(key) ?? { key, label, won: 0, lost: 0, open: 0, winRate: null };
    if (r.outcome === 'won') row.won++;
    else if (r.outcome === 'lost') row.lost++;
    else if (r.status !== 'archived') row.open++;
    out.set(key, row);
  }
  return [...out.values()].map((r) => ({ ...r, winRate: rate(r.won, r.lost) }));
}

/**
 * New business or an existing client's: a proposal is new business unless the client had a won
 * proposal decided before this one was created (an agency's pitch vs. its account work).
 */
export function proposalTypes(rows: readonly PipelineProposal[]): Map<number, ProposalType> {
  const wins = new Map<number, string[]>();
  for (const r of rows)
    if (r.outcome === 'won' && r.decidedAt) wins.set(r.clientId, [...(wins.get(r.clientId) ?? []), r.decidedAt]);
  return new Map(
    rows.map((r) => [
      r.id,
      (wins.get(r.clientId) ?? []).some((at) => at < r.date) ? 'existing_client' : 'new_business',
    ]),
  );
}

/** Statuses that are still pipeline: neither decided nor dropped. */
export const OPEN_STATUSES: readonly ProposalStatus[] = ['draft', 'pre_communicated', 'sent', 'negotiating'];

export function valueByStatus(rows: readonly PipelineProposal[], currency: string) {
  return PROPOSAL_STATUSES.map((status) => {
    const of = rows.filter((r) => r.status === status && r.currency === currency);
    return { status, count: of.length, value: of.reduce((n, r) => n + (r.amount ?? 0), 0) };
  });
}

export const MARGIN_BUCKETS: { label: string; from: number | null; to: number | null }[] = [
  { label: '< 0%', from: null, to: 0 },
  { label: '0–10%', from: 0, to: 10 },
  { label: '10–20%', from: 10, to: 20 },
  { label: '20–30%', from: 20, to: 30 },
  { label: '30–40%', from: 30, to: 40 },
  { label: '40–50%', from: 40, to: 50 },
  { label: '≥ 50%', from: 50, to: null },
];

export function marginDistribution(margins: readonly number[]) {
  return MARGIN_BUCKETS.map((b) => ({
    ...b,
    count: margins.filter((m) => (b.from === null || m >= b.from) && (b.to === null || m < b.to)).length,
  }));
}

function marginBy<T extends PipelineProposal>(rows: readonly T[], group: (r: T) => { key: string; label: string }) {
  const out = new Map<string, { key: string; label: string; values: number[] }>();
  for (const r of rows) {
    if (r.marginPercent === null) continue;
    const { key, label } = group(r);
    const row = out.get(key) ?? { key, label, values: [] };
    row.values.push(Number(r.marginPercent));
    out.set(key, row);
  }
  return [...out.values()].map((r) => ({
    key: r.key,
    label: r.label,
    count: r.values.length,
    average: average(r.values),
  }));
}

export function discountsByReason(rows: readonly PipelineProposal[], noReason: string) {
  const given = rows.filter((r) => r.discount > 0);
  const out = new Map<string, { reason: string; count: number; amount: number }>();
  for (const r of given) {
    const reason = r.discountReason?.trim() || noReason;
    const row = out.get(reason) ?? { reason, count: 0, amount: 0 };
    row.count++;
    row.amount += r.discount;
    out.set(reason, row);
  }
  return {
    count: given.length,
    amount: given.reduce((n, r) => n + r.discount, 0),
    byReason: [...out.values()].sort((a, b) => b.amount - a.amount || a.reason.localeCompare(b.reason)),
  };
}

export function lostReasons(rows: readonly PipelineProposal[]) {
  return LOSS_REASONS.map((reason) => ({
    reason,
    count: rows.filter((r) => r.status === 'lost' && r.lostReason === reason).length,
  })).filter((r) => r.count > 0);
}

export function deviationOverTime(quotes: readonly PipelineQuote[], period: Period) {
  const out = new Map<string, number[]>();
  for (const q of quotes) {
    if (q.deviationPercent === null) continue;
    const key = periodOf(q.date, period);
    out.set(key, [...(out.get(key) ?? []), Number(q.deviationPercent)]);
  }
  return [...out.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([p, values]) => ({ period: p, count: values.length, average: average(values) }));
}

const byKey = (a: { key: string }, b: { key: string }) => a.key.localeCompare(b.key);

/** Everything the pipeline screen shows, for the proposals and quotes that passed the filters. */
export function buildPipeline(input: {
  proposals: readonly PipelineProposal[];
  quotes: readonly PipelineQuote[];
  currency: string;
  period: Period;
}): Pipeline {
  // Names the store has none for are empty strings: the UI words them in its language.
  const { currency, period } = input;
  const all = input.proposals;
  // Money and margins are compared within one currency; counts and rates take every proposal.
  const priced = all.filter((r) => r.currency === currency);
  const types = proposalTypes(all);
  const periodGroup = (r: PipelineProposal) => ({ key: periodOf(r.date, period), label: periodOf(r.date, period) });
  const clientGroup = (r: PipelineProposal) => ({ key: String(r.clientId), label: r.clientName });
  const margins = priced.filter((r) => r.marginPercent !== null).map((r) => Number(r.marginPercent));
  return {
    currency,
    period,
    proposals: all.length,
    otherCurrency: all.filter((r) => r.currency !== null && r.currency !== currency).length,
    winRate: {
      overall: winRates(all, () => ({ key: 'all', label: '' }))[0] ?? {
        key: 'all',
        label: '',
        won: 0,
        lost: 0,
        open: 0,
        winRate: null,
      },
      byOwner: winRates(all, (r) => ({ key: String(r.ownerId ?? 0), label: r.ownerName ?? '' })),
      byClient: winRates(all, clientGroup).sort(
        (a, b) => b.won + b.lost - (a.won + a.lost) || a.label.localeCompare(b.label),
      ),
      byPeriod: winRates(all, periodGroup).sort(byKey),
      byType: winRates(all, (r) => {
        const type = types.get(r.id) ?? 'new_business';
        return { key: type, label: type };
      }),
    },
    valueByStatus: valueByStatus(all, currency),
    margin: {
      overall: average(margins),
      byClient: marginBy(priced, clientGroup).sort((a, b) => a.label.localeCompare(b.label)),
      byPeriod: marginBy(priced, periodGroup).sort(byKey),
      distribution: marginDistribution(margins),
    },
    discounts: discountsByReason(priced, ''),
    lostReasons: lostReasons(all),
    deviation: deviationOverTime(
      input.quotes.filter((q) => q.currency === currency),
      period,
    ),
  };
}
