import type { EditorLine, EditorQuote, EditorSection, LineMeta, LineMetaMap, QuoteRecord } from '@shared/contract';
import { minorToDecimal, type CurrencyCode } from '@shared/money';
import type { QuoteInterchange, QuoteLine } from '@shared/quote';
import { trustStoredLine } from './document';

/**
 * The editor's working state is the contract's `EditorQuote`: every cell holds the text typed into
 * it, so a half-typed "3." survives undo, drafts and reloads. This module converts between it and
 * the stored interchange document; validation and arithmetic live in ./document.ts.
 */

let counter = 0;
/** A line or section key: unique within the quote and stable across edits, undo and drafts. */
export function newKey(prefix: 'l' | 's'): string {
  counter = (counter + 1) % 1_000_000;
  return `${prefix}${Date.now().toString(36)}${counter.toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
}

export const EMPTY_META: LineMeta = {
  rateCardRoleId: null,
  cardRate: null,
  cardCostRate: null,
  rateReason: '',
  marketReferenceId: null,
};

export function blankLine(kind: EditorLine['kind'], durationUnit: EditorLine['durationUnit'] = 'days'): EditorLine {
  return {
    key: newKey('l'),
    kind,
    name: '',
    headcount: kind === 'labor' ? '1' : '',
    duration: '',
    durationUnit,
    quantity: kind === 'item' ? '1' : '',
    unit: '',
    price: '',
    cost: '',
    optional: false,
    marketPrice: '',
    marketSource: '',
    marketDate: '',
    note: '',
    deliverable: '',
    meta: EMPTY_META,
  };
}

export function blankSection(title: string): EditorSection {
  return { key: newKey('s'), title, difficultyLevel: '', collapsed: false, lines: [] };
}

const money = (minor: number, currency: CurrencyCode) => minorToDecimal(minor, currency);

function lineFrom(line: QuoteLine, currency: CurrencyCode, meta: LineMetaMap): EditorLine {
  const base = {
    key: line.id ?? newKey('l'),
    optional: line.optional === true,
    marketPrice: line.market ? money(line.market.unitPrice, currency) : '',
    marketSource: line.market?.source ?? '',
    marketDate: line.market?.date ?? '',
    note: line.note ?? '',
    deliverable: line.deliverable ?? '',
    meta: (line.id !== undefined ? meta[line.id] : undefined) ?? EMPTY_META,
  };
  if (line.kind === 'labor') {
    return {
      ...base,
      kind: 'labor',
      name: line.role,
      headcount: line.headcount,
      duration: line.days ?? line.hours ?? '',
      durationUnit: line.hours !== undefined ? 'hours' : 'days',
      quantity: '',
      unit: '',
      price: money(line.rate, currency),
      cost: money(line.costRate, currency),
    };
  }
  return {
    ...base,
    kind: 'item',
    name: line.description,
    headcount: '',
    duration: '',
    durationUnit: 'days',
    quantity: line.quantity,
    unit: line.unit ?? '',
    price: money(line.unitPrice, currency),
    cost: money(line.unitCost, currency),
  };
}

/** A stored (or imported) document as the editor shows it. */
export function editorFromDocument(
  document: QuoteInterchange,
  ids: { clientId: number; ownerId: number | null },
  meta: LineMetaMap = {},
  /** The document was stored by the core, which validated it: its lines need no second check. */
  trusted = false,
): EditorQuote {
  const c = document.currency;
  const d = document.discount;
  return {
    clientId: ids.clientId,
    ownerId: ids.ownerId,
    title: document.title,
    currency: c,
    validUntil: document.validUntil ?? '',
    taxPercent: document.taxPercent ?? '',
    agencyFeePercent: document.agencyFeePercent ?? '',
    difficultyLevel: String(document.difficulty.level) as EditorQuote['difficultyLevel'],
    rationale: document.difficulty.rationale ?? '',
    qualityAndEffect: document.qualityAndEffect ?? '',
    discountMode: d === undefined ? 'none' : d.amount !== undefined ? 'amount' : 'percent',
    discountValue: d === undefined ? '' : d.amount !== undefined ? money(d.amount, c) : (d.percent ?? ''),
    discountReason: d?.reason ?? '',
    discountCondition: d?.condition ?? '',
    carried: {
      ...(document.difficultyMultipliers ? { difficultyMultipliers: document.difficultyMultipliers } : {}),
      ...(document.hoursPerDay !== undefined ? { hoursPerDay: document.hoursPerDay } : {}),
      ...(document.marginFloorPercent !== undefined ? { marginFloorPercent: document.marginFloorPercent } : {}),
    },
    sections: document.sections.map((s) => ({
      key: newKey('s'),
      title: s.title,
      difficultyLevel:
        s.difficultyLevel === undefined ? '' : (String(s.difficultyLevel) as EditorSection['difficultyLevel']),
      agencyFeePercent: s.agencyFeePercent ?? '',
      collapsed: false,
      lines: s.lines.map((l) => {
        const line = lineFrom(l, c, meta);
        if (trusted) trustStoredLine(line, l, c);
        return line;
      }),
    })),
  };
}

export function editorFromRecord(record: QuoteRecord): EditorQuote {
  return editorFromDocument(
    record.document,
    { clientId: record.clientId, ownerId: record.ownerId },
    record.lineMeta,
    true,
  );
}

export function lineCount(q: EditorQuote): number {
  let n = 0;
  for (const s of q.sections) n += s.lines.length;
  return n;
}
