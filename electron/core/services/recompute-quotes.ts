import type { Kysely } from 'kysely';
import { computeQuote, type QuoteDefaults, type QuoteInterchange } from '@shared/quote';
import type { Database } from '../db/schema';

/** The document fields a quote may leave to the workspace (DOMAIN.md §6). */
const INHERITABLE = [
  'difficultyMultipliers',
  'hoursPerDay',
  'taxPercent',
  'marginFloorPercent',
  'agencyFeePercent',
] as const;

/**
 * "Stale totals" (issue 14), decided: when a workspace default changes, every quote that inherits
 * it is recomputed in the same transaction, so the stored figures (lists, analytics, search) always
 * equal the engine's result for the quote's current inputs. Chosen over pinning the defaults into
 * each quote at creation because the interchange format (DOMAIN.md §6) makes inheriting explicit —
 * "absent = the workspace default" — so an imported or API-made quote must follow the workspace,
 * and pinning would silently change what such a document means. New quotes made in the editor
 * already copy the defaults in (a deliberate choice of the user at that moment). Won figures and
 * sent versions are frozen separately and are not touched. Returns the ids of the quotes whose
 * stored figures changed.
 */
export async function recomputeInheritingQuotes(db: Kysely<Database>, defaults: QuoteDefaults): Promise<number[]> {
  const rows = await db
    .selectFrom('quotes')
    .select([
      'id',
      'document',
      'subtotal',
      'discount',
      'net',
      'tax',
      'total',
      'cost',
      'margin_percent',
      'deviation_percent',
    ])
    .execute();
  const changed: number[] = [];
  for (const row of rows) {
    let document: QuoteInterchange;
    try {
      document = JSON.parse(row.document) as QuoteInterchange;
    } catch {
      continue;
    }
    if (INHERITABLE.every((k) => document[k] !== undefined)) continue;
    const c = computeQuote(document, { defaults });
    const next = {
      subtotal: c.subtotal,
      discount: c.discount,
      net: c.net,
      tax: c.tax,
      total: c.total,
      cost: c.cost,
      margin_percent: c.marginPercent,
      deviation_percent: c.deviationPercent,
    };
    if ((Object.keys(next) as (keyof typeof next)[]).every((k) => next[k] === row[k])) continue;
    await db.updateTable('quotes').set(next).where('id', '=', row.id).execute();
    changed.push(row.id);
  }
  return changed;
}
