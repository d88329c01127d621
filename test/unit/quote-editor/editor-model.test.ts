import { describe, expect, it } from 'vitest';
import type { EditorLine, EditorQuote, LineMeta, RateCardEntry } from '@shared/contract';
import type { LocalizedText } from '@shared/i18n/lang';
import { BUILTIN_QUOTE_DEFAULTS, computeQuote, type ComputedQuote, type QuoteDefaults } from '@shared/quote';
import type { QuoteInterchange } from '@shared/quote';
import { WORKED_EXAMPLE } from '../../fixtures/worked-example';

/*
 * The editor's model is renderer code (the web TypeScript project); it is loaded at run time, as
 * test/e2e/pages/text.ts loads the catalogues, and typed here by what the tests use of it.
 */
const editor = (file: string) => new URL(`../../../renderer/src/features/quotes/editor/${file}`, import.meta.url).href;
type Errors = Record<string, LocalizedText> | null;
interface History {
  past: EditorQuote[];
  present: EditorQuote;
  future: EditorQuote[];
}
type Action =
  { type: 'edit'; change: (q: EditorQuote) => EditorQuote; tag?: string } | { type: 'undo' } | { type: 'redo' };
const [{ buildQuote, lineResult }, { historyReducer, initHistory }, { makeLibrary }, model, ops, paste] =
  (await Promise.all(
    ['document.ts', 'history.ts', 'library.ts', 'model.ts', 'ops.ts', 'paste.ts'].map((f) => import(editor(f))),
  )) as [
    {
      buildQuote(
        q: EditorQuote,
        d: QuoteDefaults,
        today: string,
      ): {
        computed: ComputedQuote | null;
        errorCount: number;
        lineErrors: Map<string, Errors>;
        firstError: unknown;
      };
      lineResult(l: EditorLine, c: string): { errors: Errors };
    },
    { historyReducer(h: History, a: Action): History; initHistory(q: EditorQuote): History },
    { makeLibrary(card: RateCardEntry[], market: unknown[], c: string): unknown },
    {
      blankLine(kind: 'labor' | 'item'): EditorLine;
      editorFromDocument(d: QuoteInterchange, ids: { clientId: number; ownerId: number | null }): EditorQuote;
    },
    {
      moveLine(q: EditorQuote, s: number, l: number, d: 1 | -1): EditorQuote;
      updateLine(q: EditorQuote, s: number, l: number, p: Partial<EditorLine>): EditorQuote;
    },
    {
      isTabular(t: string): boolean;
      parseTsv(t: string): string[][];
      linesFromRows(
        rows: string[][],
        start: string,
        kind: string,
        lib: unknown,
        c: string,
      ): (EditorLine & { meta: LineMeta })[];
    },
  ];
const { blankLine, editorFromDocument } = model;
const { moveLine, updateLine } = ops;
const { isTabular, linesFromRows, parseTsv } = paste;

const worked = WORKED_EXAMPLE as unknown as QuoteInterchange;
const TODAY = '2026-11-20';

describe('the quote editor’s model', () => {
  it('turns the typed quote back into the document, with the engine’s exact figures', () => {
    const state = editorFromDocument(worked, { clientId: 1, ownerId: null });
    const built = buildQuote(state, BUILTIN_QUOTE_DEFAULTS, TODAY);
    expect(built.errorCount).toBe(0);
    expect(built.computed).toMatchObject({
      subtotal: 3919818,
      discount: 195991,
      total: 3947257,
      marginPercent: '36.8',
    });
    expect(built.computed?.total).toBe(computeQuote(worked).total);
  });

  it('puts each bad cell’s message at that cell and keeps the totals live, counting it as nothing', () => {
    const state = editorFromDocument(worked, { clientId: 1, ownerId: null });
    const bad = updateLine(state, 0, 0, { headcount: '两人', price: '2,800.123' });
    const built = buildQuote(bad, BUILTIN_QUOTE_DEFAULTS, TODAY);
    const errors = built.lineErrors.get(bad.sections[0]!.lines[0]!.key);
    expect(errors?.qty?.['zh-CN']).toContain('人数');
    expect(errors?.price?.en).toContain('2 decimal places');
    expect(built.computed?.sections[0]?.lines[0]?.price).toBe(0);
    expect(built.firstError).toEqual({ lineKey: bad.sections[0]!.lines[0]!.key, cell: 'qty' });
  });

  it('asks for the reason when a rate leaves the rate card', () => {
    const state = editorFromDocument(worked, { clientId: 1, ownerId: null });
    const line = state.sections[0]!.lines[0]!;
    const fromCard = { ...line, meta: { ...line.meta, rateCardRoleId: 7, cardRate: 280000, cardCostRate: 150000 } };
    expect(lineResult({ ...fromCard, price: '3000' }, 'CNY').errors?.rateReason).toBeDefined();
    expect(
      lineResult({ ...fromCard, price: '3000', meta: { ...fromCard.meta, rateReason: '资深' } }, 'CNY').errors,
    ).toBeNull();
  });

  it('re-checks only the line that changed', () => {
    const state = editorFromDocument(worked, { clientId: 1, ownerId: null });
    const first = lineResult(state.sections[0]!.lines[1]!, 'CNY');
    const edited = updateLine(state, 0, 0, { headcount: '3' });
    expect(lineResult(edited.sections[0]!.lines[1]!, 'CNY')).toBe(first);
    expect(lineResult(edited.sections[0]!.lines[0]!, 'CNY')).not.toBe(lineResult(state.sections[0]!.lines[0]!, 'CNY'));
  });

  it('undoes and redoes every edit; typing into one cell is one step', () => {
    const start = editorFromDocument(worked, { clientId: 1, ownerId: null });
    let h = initHistory(start);
    h = historyReducer(h, { type: 'edit', change: (q) => updateLine(q, 0, 0, { headcount: '3' }), tag: 'a:qty' });
    h = historyReducer(h, { type: 'edit', change: (q) => updateLine(q, 0, 0, { headcount: '30' }), tag: 'a:qty' });
    h = historyReducer(h, { type: 'edit', change: (q) => moveLine(q, 0, 0, 1) });
    expect(h.past).toHaveLength(2);
    h = historyReducer(h, { type: 'undo' });
    expect(h.present.sections[0]!.lines[0]!.headcount).toBe('30');
    h = historyReducer(h, { type: 'undo' });
    expect(h.present).toBe(start);
    h = historyReducer(historyReducer(h, { type: 'redo' }), { type: 'redo' });
    expect(h.present.sections[0]!.lines[1]!.headcount).toBe('30');
  });

  it('reads spreadsheet rows into lines, filling rates from the rate card', () => {
    expect(isTabular('高级策划\t2')).toBe(true);
    expect(isTabular('just text')).toBe(false);
    const rows = parseTsv('高级策划\t2\t3.5\r\n"设计师"\t1\t18h\n\n');
    expect(rows).toEqual([
      ['高级策划', '2', '3.5'],
      ['设计师', '1', '18h'],
    ]);
    const library = makeLibrary(
      [
        {
          id: 3,
          role: '高级策划',
          currency: 'CNY',
          rate: 280000,
          costRate: 150000,
          effectiveFrom: '2026-01-01',
          updatedAt: null,
        },
      ],
      [],
      'CNY',
    );
    const [planner, designer] = linesFromRows(rows, 'name', 'labor', library, 'CNY');
    expect(planner).toMatchObject({ name: '高级策划', headcount: '2', duration: '3.5', price: '2800.00' });
    expect(planner!.meta).toMatchObject({ rateCardRoleId: 3, cardRate: 280000 });
    expect(designer).toMatchObject({ name: '设计师', duration: '18', durationUnit: 'hours', price: '' });
    expect(blankLine('item').quantity).toBe('1');
  });
});
