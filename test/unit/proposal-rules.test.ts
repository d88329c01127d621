import { describe, expect, it } from 'vitest';
import { PROPOSAL_STATUSES } from '@shared/contract';
import {
  approvalReasons,
  canonicalJson,
  exportSections,
  isAllowed,
  marginDrivers,
  nextStatuses,
  sendCheck,
  weakDimensions,
} from '@shared/proposal';
import { computeQuote, type QuoteInterchange } from '@shared/quote';
import { WORKED_EXAMPLE } from '../fixtures/worked-example';

const worked = WORKED_EXAMPLE as unknown as QuoteInterchange;
const computed = computeQuote(worked, { today: '2026-11-23' });

describe('the workflow table', () => {
  it('goes draft → pre-communicated → sent → negotiating → won/lost → archived, and back where it makes sense', () => {
    expect(nextStatuses('draft')).toEqual(['pre_communicated', 'archived']);
    expect(nextStatuses('sent')).toEqual(['negotiating', 'won', 'lost']);
    expect(nextStatuses('lost')).toEqual(['negotiating', 'archived']);
    expect(isAllowed('negotiating', 'sent', 'send')).toBe(true);
    expect(isAllowed('draft', 'sent', 'transition')).toBe(false);
    expect(isAllowed('draft', 'won', 'transition')).toBe(false);
    expect(isAllowed('archived', 'draft', 'transition')).toBe(false);
  });

  it('never lets a transition reach won or lost before a send', () => {
    for (const from of ['draft', 'pre_communicated'] as const) {
      expect(nextStatuses(from)).not.toContain('won');
      expect(nextStatuses(from)).not.toContain('lost');
    }
    for (const s of PROPOSAL_STATUSES) expect(nextStatuses(s)).not.toContain(s);
  });
});

describe('canonical JSON', () => {
  it('is the same text whatever the key order, and leaves undefined out', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: undefined } })).toBe(
      '{"a":{"d":[1,{"x":1,"y":2}]},"b":1}',
    );
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
    expect(canonicalJson('市场')).toBe('"市场"');
    expect(() => canonicalJson({ a: Number.NaN })).toThrow();
  });
});

const rules = (marginFloorPercent: string, discountLimitPercent: string, freeLineCostPercent = '5') => ({
  marginFloorPercent,
  discountLimitPercent,
  freeLineCostPercent,
});

describe('send rules', () => {
  const base = {
    marginFloorPercent: '30',
    discountLimitPercent: '10',
    freeLineCostPercent: '5',
    selfCheckThreshold: 3,
    hasPreCommunication: true,
    selfCheck: { practicality: 4, dataSupport: 4, strategy: 4, creativity: 4, feasibility: 4, costEconomy: 4 },
    decision: null,
  } as const;

  it('the worked example (36.8%, 5% discount) needs no approval', () => {
    expect(computed.marginPercent).toBe('36.8');
    const check = sendCheck({ ...base, quote: { document: worked, computed } });
    expect(check.approval).toBe('not_needed');
    expect(check.blockers).toEqual([]);
    expect(check.figures).toMatchObject({ discountPercent: '5.0', marginPercent: '36.8' });
  });

  it('compares the margin with the floor exactly, and the discount with the limit', () => {
    expect(approvalReasons(worked, computed, rules('36.8', '10'))).toEqual([]); // 36.825…% is not under 36.8
    expect(approvalReasons(worked, computed, rules('36.9', '10'))).toEqual(['margin_below_floor']);
    // 5% of the subtotal rounds up to 195,991 fen (5.00003%): a 5% discount is still within a 5% limit.
    expect(approvalReasons(worked, computed, rules('30', '5'))).toEqual([]);
    expect(approvalReasons(worked, computed, rules('30', '4.99'))).toEqual(['discount_over_limit']);
    // An amount is judged by its exact share.
    const amount = { ...worked, discount: { amount: 195991, reason: 'r', condition: 'c' } };
    const byAmount = computeQuote(amount, { today: '2026-11-23' });
    expect(approvalReasons(amount, byAmount, rules('30', '5'))).toEqual(['discount_over_limit']);
  });

  it('blocks until approved, and a pending or rejected request still blocks', () => {
    const input = { ...base, quote: { document: worked, computed }, marginFloorPercent: '40' };
    expect(sendCheck(input).blockers.map((b) => b.code)).toEqual(['approval_missing']);
    expect(sendCheck({ ...input, decision: 'pending' }).approval).toBe('pending');
    expect(sendCheck({ ...input, decision: 'rejected' }).blockers.map((b) => b.code)).toEqual(['approval_missing']);
    expect(sendCheck({ ...input, decision: 'approved' }).blockers).toEqual([]);
  });

  it('shows the anti-patterns and the practice warnings', () => {
    const free = structuredClone(worked);
    const line = free.sections[0]!.lines[2]!;
    if (line.kind === 'item') line.unitPrice = 0;
    delete free.discount!.condition;
    const check = sendCheck({
      ...base,
      quote: { document: free, computed: computeQuote(free, { today: '2026-11-23' }) },
      hasPreCommunication: false,
      selfCheck: { ...base.selfCheck, dataSupport: 2, creativity: 1 },
    });
    const codes = check.warnings.map((w) => w.code);
    expect(codes).toEqual(
      expect.arrayContaining([
        'free_line_with_cost',
        'discount_without_condition',
        'no_pre_communication',
        'self_check_low',
      ]),
    );
    expect(check.warnings.find((w) => w.code === 'free_line_with_cost')!.line).toBe(
      line.kind === 'item' ? line.description : '',
    );
    expect(check.warnings.find((w) => w.code === 'self_check_low')!.dimensions).toEqual(['dataSupport', 'creativity']);
    expect(sendCheck({ ...base, quote: null }).blockers.map((b) => b.code)).toEqual(['no_quote']);
  });

  it('judges the offer with its options: below the floor needs approval, below cost never goes', () => {
    // An optional line at ¥12 that costs ¥360,000: the plain offer is fine, the client may take the option.
    const tempting = structuredClone(worked);
    tempting.sections[0]!.lines.push({
      kind: 'item',
      description: '明星到场',
      quantity: '1',
      unit: '次',
      unitPrice: 1200,
      unitCost: 36000000,
      optional: true,
    });
    const c = computeQuote(tempting, { today: '2026-11-23' });
    expect(c.marginPercent).toBe('36.8');
    expect(c.optionalTotals.netWithOptions).toBeLessThan(c.optionalTotals.costWithOptions);
    expect(approvalReasons(tempting, c, rules('30', '10'))).toEqual(['margin_below_floor_with_options']);
    const check = sendCheck({ ...base, quote: { document: tempting, computed: c } });
    expect(check.blockers.map((b) => b.code)).toEqual(['below_cost_with_options', 'approval_missing']);
    // Approval does not lift below-cost: it can never be sent.
    expect(sendCheck({ ...base, quote: { document: tempting, computed: c }, decision: 'approved' }).blockers).toEqual([
      { code: 'below_cost_with_options' },
    ]);
    expect(check.figures?.marginPercentWithOptions).toBe(c.optionalTotals.marginPercentWithOptions);

    // An option priced above its cost but under the floor: approval, not a block.
    const thinOption = structuredClone(tempting);
    const option = thinOption.sections[0]!.lines.at(-1)!;
    if (option.kind === 'item') Object.assign(option, { unitPrice: 4000000, unitCost: 3900000 });
    const t = computeQuote(thinOption, { today: '2026-11-23' });
    expect(approvalReasons(thinOption, t, rules('30', '10'))).toEqual(['margin_below_floor_with_options']);
    expect(sendCheck({ ...base, quote: { document: thinOption, computed: t } }).blockers.map((b) => b.code)).toEqual([
      'approval_missing',
    ]);
  });

  it('a free line costing more than the limit’s share of the subtotal is an approval reason', () => {
    const free = structuredClone(worked);
    // A designer for nothing: 2.25 person-days at cost ¥900 = 202,500 fen, 5.80…% of the 3,488,567 subtotal left.
    const designer = free.sections[0]!.lines[1]!;
    if (designer.kind === 'labor') designer.rate = 0;
    const c = computeQuote(free, { today: '2026-11-23' });
    expect(c.sections[0]!.lines[1]).toMatchObject({ price: 0, cost: 202500 });
    expect(c.subtotal).toBe(3488567);
    expect(approvalReasons(free, c, rules('30', '10', '5'))).toContain('free_line_over_limit');
    expect(approvalReasons(free, c, rules('30', '10', '5.80'))).toContain('free_line_over_limit');
    expect(approvalReasons(free, c, rules('30', '10', '5.81'))).not.toContain('free_line_over_limit');
    expect(approvalReasons(free, c, rules('30', '10', '0'))).toContain('free_line_over_limit');
    // A free line without a cost is no gift of paid work.
    if (designer.kind === 'labor') designer.costRate = 0;
    expect(approvalReasons(free, computeQuote(free, { today: '2026-11-23' }), rules('30', '10', '0'))).not.toContain(
      'free_line_over_limit',
    );
  });

  it('an expired validity date blocks sending until renewed', () => {
    const expired = { ...worked, validUntil: '2026-11-22' };
    const c = computeQuote(expired, { today: '2026-11-23' });
    expect(sendCheck({ ...base, quote: { document: expired, computed: c } }).blockers.map((b) => b.code)).toEqual([
      'validity_expired',
    ]);
    const renewed = { ...worked, validUntil: '2026-11-23' };
    const r = computeQuote(renewed, { today: '2026-11-23' });
    expect(sendCheck({ ...base, quote: { document: renewed, computed: r } }).blockers).toEqual([]);
  });

  it('scores under the threshold are the weak dimensions', () => {
    expect(weakDimensions({ ...base.selfCheck, costEconomy: 2 }, 3)).toEqual(['costEconomy']);
    expect(weakDimensions(base.selfCheck, 5)).toHaveLength(6);
  });
});

describe('margin drivers and sections', () => {
  it('lists the lines with cost, lowest margin first', () => {
    const drivers = marginDrivers(worked, computed);
    expect(drivers.map((d) => d.marginPercent)).toEqual(['10.9', '53.0', '53.4']);
    expect(drivers[0]).toMatchObject({ kind: 'item', price: 1234567, cost: 1100000 });
  });

  it('exports the seven sections in order, the plan’s phases as a table with a header row', () => {
    const sections = exportSections(
      [
        {
          key: 'plan',
          blocks: [],
          notes: [],
          phases: [{ name: '调研', owner: '王芳', start: '2027-03-01', end: '2027-03-12', deliverable: '' }],
        } as never,
        { key: 'situation', text: '第一行\n第二行' },
      ],
      'zh-CN',
    );
    expect(sections.map((s) => s.key)).toEqual([
      'situation',
      'problem',
      'solution',
      'cost',
      'plan',
      'evaluation',
      'effect',
    ]);
    expect(sections[0]!.blocks).toHaveLength(2);
    expect(sections[4]!.blocks![0]).toEqual({
      type: 'table',
      headerRow: true,
      rows: [
        ['阶段', '负责人', '开始', '结束', '交付物'].map((h) => [{ text: h, bold: true }]),
        [[{ text: '调研' }], [{ text: '王芳' }], [{ text: '2027-03-01' }], [{ text: '2027-03-12' }], []],
      ],
    });
  });
});
