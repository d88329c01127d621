import type { TFunction } from 'i18next';
import type { QuoteRecord } from '@shared/contract';
import { diffQuotes, type LineFigures } from '@shared/archive/quote-diff';
import type { ComputedQuote, QuoteInterchange } from '@shared/quote';
import type { ConflictDifference } from '../../../components/ConflictView';
import type { Formatters } from '../../../i18n/format';

/** The editor's side of a conflict: the document it tried to save, its figures, its client and owner. */
export interface MineQuote {
  document: QuoteInterchange;
  computed: ComputedQuote;
  clientId: number;
  ownerId: number | null;
}

interface Names {
  client(id: number): string;
  user(id: number | null): string;
}

const discountText = (q: QuoteInterchange, money: (n: number) => string): string => {
  const d = q.discount;
  if (!d) return '';
  const value = d.percent !== undefined ? `${d.percent}%` : d.amount !== undefined ? money(d.amount) : '';
  return [value, d.reason, d.condition].filter(Boolean).join(' · ');
};

/**
 * Where the stored quote (theirs) and the editor's (mine) differ, as the conflict view lists it:
 * the header fields first, then the lines (added, removed, changed — the archive's line diff, so a
 * line reads the same here as in a version compare).
 */
export function quoteConflictDifferences(
  theirs: QuoteRecord,
  mine: MineQuote,
  names: Names,
  t: TFunction,
  format: Formatters,
): ConflictDifference[] {
  const a = theirs.document;
  const b = mine.document;
  const money = (n: number) => format.money(n, b.currency);
  const out: ConflictDifference[] = [];
  const field = (key: string, label: string, x: string, y: string) => {
    if (x !== y) out.push({ key, label, theirs: x, mine: y });
  };
  field('title', t('quoteEditor.title'), a.title, b.title);
  field('client', t('quoteEditor.client'), theirs.clientName, names.client(mine.clientId));
  field('owner', t('quoteEditor.owner'), theirs.ownerName ?? '', names.user(mine.ownerId));
  field('currency', t('quoteEditor.currency'), a.currency, b.currency);
  field('validUntil', t('quoteEditor.validUntil'), a.validUntil ?? '', b.validUntil ?? '');
  field('difficulty', t('quoteEditor.difficulty'), String(a.difficulty.level), String(b.difficulty.level));
  field('rationale', t('quoteEditor.rationale'), a.difficulty.rationale ?? '', b.difficulty.rationale ?? '');
  field('taxPercent', t('quoteEditor.taxPercent'), a.taxPercent ?? '', b.taxPercent ?? '');
  field('discount', t('quoteEditor.discountTitle'), discountText(a, money), discountText(b, money));
  field('qualityAndEffect', t('quoteEditor.qualityAndEffect'), a.qualityAndEffect ?? '', b.qualityAndEffect ?? '');

  const figures = (f: LineFigures | null) =>
    f === null ? null : `${f.quantity} × ${money(f.rate)} = ${money(f.amount)}${f.optional ? ' *' : ''}`;
  const diff = diffQuotes({ quote: a, computed: theirs.computed }, { quote: b, computed: mine.computed });
  diff.lines.forEach((line, i) => {
    if (line.change === 'same') return;
    out.push({
      key: `line:${i}`,
      label: `${line.label} · ${line.section}`,
      theirs: figures(line.before),
      mine: figures(line.after),
    });
  });
  const total = diff.totals.find((x) => x.field === 'total');
  if (total && total.delta !== 0)
    out.push({ key: 'total', label: t('live.conflict.total'), theirs: money(total.before), mine: money(total.after) });
  return out;
}
