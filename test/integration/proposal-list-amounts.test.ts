import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProposalDetail, ProposalSummary, QuoteSummary } from '@shared/contract';
import { openProposalWorld, type ProposalWorld } from './support/proposal-world';

/** Issue 15: the proposal list filters by client and amount, so its rows carry them. */
describe('proposals.list rows carry the client and the linked quote’s amount', () => {
  let w: ProposalWorld;
  beforeEach(async () => {
    w = await openProposalWorld();
  });
  afterEach(() => w.t.dispose());

  it('a proposal with a quote has its total and currency; one without has null', async () => {
    const linked = await w.as<ProposalDetail>(w.lead, 'proposals.create', {
      clientId: w.clientId,
      title: '有报价的提案',
      quoteId: w.healthy.id,
    });
    const bare = await w.as<ProposalDetail>(w.lead, 'proposals.create', { clientId: w.clientId, title: '空白提案' });
    const { items } = await w.as<{ items: ProposalSummary[] }>(w.lead, 'proposals.list', {});
    const quote = (await w.as<{ items: QuoteSummary[] }>(w.lead, 'quotes.list', {})).items.find(
      (q) => q.id === w.healthy.id,
    )!;
    expect(quote.total).toBeGreaterThan(0);
    const a = items.find((p) => p.id === linked.id)!;
    const b = items.find((p) => p.id === bare.id)!;
    expect(a).toMatchObject({ clientId: w.clientId, total: quote.total, currency: 'CNY' });
    expect(typeof a.total).toBe('number');
    expect(b).toMatchObject({ clientId: w.clientId, total: null, currency: null });
  });
});
