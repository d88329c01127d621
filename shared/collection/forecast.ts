import { BASIS_POINTS, mulDivRound, parsePercent } from '../money';

/**
 * The weighted pipeline (加权预测, DOMAIN.md §7). Pure. Each open proposal's weighted value is
 * round(net × probability), the probability its own override or its status's from the settings;
 * values are summed by expected decision month (YYYY-MM), proposals without one under null.
 */
export const OPEN_STATUSES = ['draft', 'pre_communicated', 'sent', 'negotiating'] as const;
export type OpenStatus = (typeof OPEN_STATUSES)[number];

export type Probabilities = Record<OpenStatus, string>;

export const DEFAULT_PROBABILITIES: Readonly<Probabilities> = Object.freeze({
  draft: '10',
  pre_communicated: '25',
  sent: '40',
  negotiating: '60',
});

export interface OpenProposal {
  status: OpenStatus;
  net: number;
  probabilityOverride: string | null;
  expectedMonth: string | null;
}

export function probabilityOf(p: Pick<OpenProposal, 'status' | 'probabilityOverride'>, settings: Probabilities) {
  return p.probabilityOverride ?? settings[p.status];
}

export function weightedValue(p: OpenProposal, settings: Probabilities): number {
  return mulDivRound(p.net, parsePercent(probabilityOf(p, settings)), BASIS_POINTS);
}

export interface ForecastMonth {
  month: string | null;
  count: number;
  unweighted: number;
  weighted: number;
}

/** Months in order, the unscheduled (null) last. */
export function forecastByMonth(proposals: readonly OpenProposal[], settings: Probabilities): ForecastMonth[] {
  const months = new Map<string | null, ForecastMonth>();
  for (const p of proposals) {
    let m = months.get(p.expectedMonth);
    if (!m) {
      m = { month: p.expectedMonth, count: 0, unweighted: 0, weighted: 0 };
      months.set(p.expectedMonth, m);
    }
    m.count++;
    m.unweighted += p.net;
    m.weighted += weightedValue(p, settings);
  }
  return [...months.values()].sort((a, b) =>
    a.month === b.month ? 0 : a.month === null ? 1 : b.month === null ? -1 : a.month < b.month ? -1 : 1,
  );
}
