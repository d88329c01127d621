import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BUILTIN_QUOTE_DEFAULTS,
  computeQuote,
  createComputeCache,
  QuoteRangeError,
  type ComputeCache,
  type QuoteInterchange,
  type QuoteSection,
} from '@shared/quote';
import { everyday, quoteArbitrary } from './arbitraries';

/**
 * The editor computes with a cache (issue 18): sections and lines seen before are not computed
 * again. Whatever the edits, the result must be exactly a full compute's.
 */

const OPS = [
  'replaceLine',
  'insertLine',
  'removeLine',
  'moveLine',
  'replaceSection',
  'duplicateSection',
  'removeSection',
  'moveSection',
  'sectionLevel',
  'sectionFee',
  'quoteLevel',
  'rationale',
  'settings',
  'discount',
  'sameLineTwice',
  'today',
] as const;

interface Edit {
  op: (typeof OPS)[number];
  a: number;
  b: number;
  donor: QuoteInterchange;
}

const editArbitrary: fc.Arbitrary<Edit> = fc.record({
  op: fc.constantFrom(...OPS),
  a: fc.nat({ max: 50 }),
  b: fc.nat({ max: 50 }),
  donor: everyday,
});

const TODAYS = ['2026-02-01', '2027-02-15', '2027-06-30'];

/** Lines of another generated quote: new objects, as an edit makes. */
function donorLines(donor: QuoteInterchange) {
  return donor.sections.flatMap((s) => s.lines);
}

function withSections(q: QuoteInterchange, sections: QuoteSection[]): QuoteInterchange {
  return { ...q, sections };
}

/** One immutable edit, as the editor makes them: what is not touched keeps its identity. */
function apply(q: QuoteInterchange, today: string, e: Edit): { q: QuoteInterchange; today: string } {
  const sections = q.sections.slice();
  const s = e.a % Math.max(1, sections.length);
  const section = sections[s];
  const donorLine = donorLines(e.donor)[e.b % Math.max(1, donorLines(e.donor).length)];
  const setLines = (change: (lines: QuoteSection['lines']) => void) => {
    if (!section) return q;
    const lines = section.lines.slice();
    change(lines);
    sections[s] = { ...section, lines };
    return withSections(q, sections);
  };
  switch (e.op) {
    case 'replaceLine':
      return {
        today,
        q: setLines((lines) => {
          if (donorLine && lines.length > 0) lines[e.b % lines.length] = { ...donorLine };
        }),
      };
    case 'insertLine':
      return { today, q: setLines((lines) => donorLine && lines.splice(e.b % (lines.length + 1), 0, donorLine)) };
    case 'removeLine':
      return { today, q: setLines((lines) => lines.length > 0 && lines.splice(e.b % lines.length, 1)) };
    case 'moveLine':
      return {
        today,
        q: setLines((lines) => {
          if (lines.length < 2) return;
          const from = e.b % lines.length;
          const [line] = lines.splice(from, 1);
          lines.splice((from + 1) % (lines.length + 1), 0, line!);
        }),
      };
    case 'replaceSection':
      sections[s] = e.donor.sections[0]!;
      return { today, q: withSections(q, sections) };
    case 'duplicateSection':
      // The same line objects in two sections, as a copy before its lines are edited.
      if (section) sections.splice(s + 1, 0, { ...section, title: `${section.title} 副本` });
      return { today, q: withSections(q, sections) };
    case 'removeSection':
      if (sections.length > 1) sections.splice(s, 1);
      return { today, q: withSections(q, sections) };
    case 'moveSection': {
      if (sections.length < 2) return { q, today };
      const target = (s + 1) % sections.length;
      [sections[s], sections[target]] = [sections[target]!, sections[s]!];
      return { today, q: withSections(q, sections) };
    }
    case 'sectionLevel':
      if (section) {
        const { difficultyLevel: _dropped, ...rest } = section;
        sections[s] = e.b % 6 === 0 ? rest : { ...section, difficultyLevel: (e.b % 5) + 1 };
      }
      return { today, q: withSections(q, sections) };
    case 'sectionFee':
      if (section) {
        const { agencyFeePercent: _dropped, ...rest } = section;
        sections[s] = e.b % 3 === 0 ? rest : { ...section, agencyFeePercent: String(e.b % 20) };
      }
      return { today, q: withSections(q, sections) };
    case 'quoteLevel':
      return { today, q: { ...q, difficulty: { ...q.difficulty, level: (e.b % 5) + 1 } } };
    case 'rationale':
      return {
        today,
        q: { ...q, difficulty: e.b % 2 ? { level: q.difficulty.level } : { ...q.difficulty, rationale: '多地执行' } },
      };
    case 'settings': {
      const d = e.donor;
      const next: QuoteInterchange = { ...q };
      delete next.difficultyMultipliers;
      delete next.hoursPerDay;
      delete next.taxPercent;
      if (d.difficultyMultipliers) next.difficultyMultipliers = d.difficultyMultipliers;
      if (d.hoursPerDay !== undefined) next.hoursPerDay = d.hoursPerDay;
      if (d.taxPercent !== undefined) next.taxPercent = d.taxPercent;
      if (e.b % 2) next.agencyFeePercent = String(e.a % 15);
      else delete next.agencyFeePercent;
      return { today, q: next };
    }
    case 'discount': {
      const next: QuoteInterchange = { ...q };
      if (e.donor.discount) next.discount = e.donor.discount;
      else delete next.discount;
      return { today, q: next };
    }
    case 'sameLineTwice':
      return {
        today,
        q: setLines((lines) => {
          if (lines.length > 0) lines.push(lines[e.b % lines.length]!);
        }),
      };
    case 'today':
      return { q, today: TODAYS[e.b % TODAYS.length]! };
  }
}

/** The result, or the error it was refused with (both paths must refuse the same way). */
function outcome(q: QuoteInterchange, today: string, cache?: ComputeCache) {
  try {
    return { ok: computeQuote(q, { defaults: BUILTIN_QUOTE_DEFAULTS, today, ...(cache ? { cache } : {}) }) };
  } catch (error) {
    if (!(error instanceof QuoteRangeError)) throw error;
    return { refused: { path: error.path, quantity: error.quantity } };
  }
}

describe('computeQuote with a cache (incremental)', () => {
  it('equals a full compute after every edit of a random edit sequence', () => {
    fc.assert(
      fc.property(everyday, fc.array(editArbitrary, { minLength: 1, maxLength: 12 }), (start, edits) => {
        const cache = createComputeCache();
        let state = { q: start, today: TODAYS[0]! };
        expect(outcome(state.q, state.today, cache)).toEqual(outcome(state.q, state.today));
        for (const e of edits) {
          state = apply(state.q, state.today, e);
          expect(outcome(state.q, state.today, cache)).toEqual(outcome(state.q, state.today));
        }
      }),
      { numRuns: 150 },
    );
    // A few seconds on a quiet machine; many more when it is shared.
  }, 60_000);

  it('refuses the same way near the exact range, edit after edit', () => {
    const large = quoteArbitrary({ money: 9 * 10 ** 13, headcount: 2000, days: 2500, hours: 20000, quantity: 50000 });
    fc.assert(
      fc.property(large, fc.array(editArbitrary, { minLength: 1, maxLength: 6 }), (start, edits) => {
        const cache = createComputeCache();
        let state = { q: start, today: TODAYS[1]! };
        expect(outcome(state.q, state.today, cache)).toEqual(outcome(state.q, state.today));
        for (const e of edits) {
          state = apply(state.q, state.today, e);
          expect(outcome(state.q, state.today, cache)).toEqual(outcome(state.q, state.today));
        }
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  it('computes only what changed: untouched sections come back as the same objects', () => {
    const lines = Array.from({ length: 6 }, (_, i) => ({
      kind: 'labor' as const,
      role: '策划',
      headcount: '1',
      days: String(i + 1),
      rate: 100000,
      costRate: 40000,
    }));
    const q: QuoteInterchange = {
      format: 'workbench.quote/1',
      title: 't',
      currency: 'CNY',
      difficulty: { level: 2 },
      sections: [
        { title: 'a', lines },
        { title: 'b', lines: lines.slice() },
      ],
    };
    const cache = createComputeCache();
    const first = computeQuote(q, { cache });
    const edited = { ...q, sections: [q.sections[0]!, { ...q.sections[1]!, lines: [...lines.slice(1), lines[0]!] }] };
    const second = computeQuote(edited, { cache });
    expect(second.sections[0]).toBe(first.sections[0]);
    expect(second.sections[1]).not.toBe(first.sections[1]);
    // Lines keep their figures whatever their place; the section re-sums them.
    expect(second.sections[1]!.lines[5]).toBe(first.sections[1]!.lines[0]);
    expect(second).toEqual(computeQuote(edited));
  });
});
