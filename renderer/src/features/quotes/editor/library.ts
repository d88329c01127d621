import type { EditorLine, MarketReferenceRecord, RateCardEntry } from '@shared/contract';
import { minorToDecimal, type CurrencyCode } from '@shared/money';

/** What the editor offers to pick from: the card in effect today and the market library, by name. */
export interface Library {
  roles: Map<string, RateCardEntry>;
  market: MarketReferenceRecord[];
}

export function makeLibrary(card: RateCardEntry[], market: MarketReferenceRecord[], currency: CurrencyCode): Library {
  const roles = new Map<string, RateCardEntry>();
  for (const entry of card) if (entry.currency === currency && !roles.has(entry.role)) roles.set(entry.role, entry);
  return { roles, market: market.filter((m) => m.currency === currency) };
}

/** A role picked from the card: its rates are copied into the line, with where they came from. */
export function withCardEntry(line: EditorLine, entry: RateCardEntry, currency: CurrencyCode): EditorLine {
  return {
    ...line,
    name: entry.role,
    price: minorToDecimal(entry.rate, currency),
    cost: minorToDecimal(entry.costRate, currency),
    meta: {
      ...line.meta,
      rateCardRoleId: entry.id,
      cardRate: entry.rate,
      cardCostRate: entry.costRate,
      rateReason: '',
    },
  };
}

export function withMarketReference(line: EditorLine, ref: MarketReferenceRecord, currency: CurrencyCode): EditorLine {
  return {
    ...line,
    marketPrice: minorToDecimal(ref.unitPrice, currency),
    marketSource: ref.source,
    marketDate: ref.date,
    meta: { ...line.meta, marketReferenceId: ref.id },
  };
}

/** The freshest reference of the same name and kind, for a line that has none yet. */
export function bestReference(library: Library, line: EditorLine): MarketReferenceRecord | undefined {
  const kind = line.kind === 'labor' ? 'role' : 'item';
  return library.market.find((m) => m.kind === kind && m.name === line.name && !m.stale);
}

/**
 * A name typed into a line: on a labor line, a rate card role fills its rates (if the line has
 * none from that role yet); a matching, fresh library reference fills an empty market reference.
 */
export function withName(line: EditorLine, name: string, library: Library, currency: CurrencyCode): EditorLine {
  let next: EditorLine = { ...line, name };
  const entry = line.kind === 'labor' ? library.roles.get(name.trim()) : undefined;
  if (entry && line.meta.rateCardRoleId !== entry.id) next = withCardEntry(next, entry, currency);
  if (!next.marketPrice && !next.marketSource && !next.marketDate) {
    const ref = bestReference(library, next);
    if (ref) next = withMarketReference(next, ref, currency);
  }
  return next;
}
