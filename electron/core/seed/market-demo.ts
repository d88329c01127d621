import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { insertMarketReferences } from '../repos/market';
import { ITEMS, RATE_CARD } from './vocabulary';

/**
 * The demo's market reference library: a salary report for every rate card role (this year's, and
 * one from two years back, so the stale flag shows) and supplier quotes for the pass-through items.
 */
export async function seedMarketReferences(db: Kysely<Database>, today: string, at: string): Promise<void> {
  const year = Number(today.slice(0, 4));
  await insertMarketReferences(db, [
    ...RATE_CARD.map((r) => ({
      kind: 'role' as const,
      name: r.role,
      currency: 'CNY',
      unit_price: r.market,
      unit: '人天',
      source: `${year} 行业薪酬报告`,
      date: `${year}-03-01`,
      created_at: at,
      updated_at: at,
    })),
    ...RATE_CARD.slice(0, 3).map((r) => ({
      kind: 'role' as const,
      name: r.role,
      currency: 'CNY',
      unit_price: Math.round(r.market * 0.9),
      unit: '人天',
      source: `${year - 2} 行业薪酬报告`,
      date: `${year - 2}-03-01`,
      created_at: at,
      updated_at: at,
    })),
    ...ITEMS.map((item) => ({
      kind: 'item' as const,
      name: item.description,
      currency: 'CNY',
      unit_price: Math.round(item.price * 0.95),
      unit: item.unit,
      source: '供应商报价（三家比价）',
      date: `${year}-06-15`,
      created_at: at,
      updated_at: at,
    })),
  ]);
}
