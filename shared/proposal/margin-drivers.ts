import * as z from 'zod';
import { compareProducts, formatPercentTenths, mulDivRound } from '../money';
import type { ComputedQuote, QuoteInterchange } from '../quote';

/**
 * The lines that pull the margin down, for finance: every line that has a cost, lowest margin
 * first. A free line with a cost, or a pass-through bought above its price, heads the list.
 */
export const marginDriverSchema = z.object({
  sectionIndex: z.int(),
  lineIndex: z.int(),
  section: z.string(),
  line: z.string(),
  kind: z.enum(['labor', 'item']),
  price: z.int(),
  cost: z.int(),
  grossMargin: z.int(),
  /** (price − cost) / price, one decimal; null for a free line. */
  marginPercent: z.string().nullable(),
});
export type MarginDriver = z.infer<typeof marginDriverSchema>;

export function marginDrivers(document: QuoteInterchange, computed: ComputedQuote, limit = 5): MarginDriver[] {
  const rows: MarginDriver[] = [];
  document.sections.forEach((section, s) =>
    section.lines.forEach((line, l) => {
      const c = computed.sections[s]?.lines[l];
      if (!c || c.optional || c.cost === 0) return;
      rows.push({
        sectionIndex: s,
        lineIndex: l,
        section: section.title,
        line: line.kind === 'labor' ? line.role : line.description,
        kind: line.kind,
        price: c.price,
        cost: c.cost,
        grossMargin: c.price - c.cost,
        marginPercent: c.price === 0 ? null : formatPercentTenths(mulDivRound(c.price - c.cost, 1000, c.price)),
      });
    }),
  );
  // Exact order by margin ratio: a/b < c/d ⇔ a·d < c·b (prices positive); free lines first.
  rows.sort((a, b) => {
    if (a.price === 0 || b.price === 0) return a.price === 0 ? (b.price === 0 ? b.cost - a.cost : -1) : 1;
    const order = compareProducts(a.grossMargin, b.price, b.grossMargin, a.price);
    return order === 0 ? b.cost - a.cost : order;
  });
  return rows.slice(0, limit);
}
