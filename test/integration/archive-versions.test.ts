import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Pipeline } from '@shared/archive/pipeline';
import type { VersionCompare } from '@shared/archive/compare';
import type { ProposalDetail, QuoteRecord, SavedSearch, Timeline } from '@shared/contract';
import { openArchiveWorld, PRE_COMM, quoteDocument, send, type ArchiveWorld } from './support/archive-world';
import { saveArgs, withText } from './support/proposal-world';

/** Versions through the handlers: the timeline, a compare of v1 and v2, a clone; then the pipeline. */
describe('archive versions', () => {
  let w: ArchiveWorld;
  let compare: VersionCompare;
  beforeAll(async () => {
    w = await openArchiveWorld();
    // v3: the quote changes too — one line longer, one line gone, one new — and the section text again.
    const q1 = await w.t.ok<QuoteRecord>('quotes.get', { id: w.q1.id });
    const document = quoteDocument('品牌发布会报价', '活动执行', '高级策划', '场地租赁', '3');
    document.sections[0]!.lines = [
      document.sections[0]!.lines[0]!,
      {
        kind: 'item',
        id: 'l3',
        description: '直播搭建',
        quantity: '2',
        unit: '场',
        unitPrice: 400000,
        unitCost: 250000,
      },
    ];
    await w.t.ok('quotes.save', {
      id: q1.id,
      revision: q1.revision,
      clientId: w.xinghe,
      ownerId: q1.ownerId,
      document,
      lineMeta: {},
    });
    let p1 = await w.t.ok<ProposalDetail>('proposals.get', { id: w.p1.id });
    p1 = await w.t.ok<ProposalDetail>(
      'proposals.save',
      saveArgs(p1, { sections: withText(p1.sections, 'effect', '曝光五千万次。') }),
    );
    await send(w.t, p1);
    compare = await w.t.ok<VersionCompare>('archive.compare', { id: w.p1.id, from: 2, to: 3 });
  });
  afterAll(() => w.t.dispose());

  it('shows the proposal’s life in order: draft, sends with their versions, a loss', async () => {
    await w.t.ok('proposals.transition', { id: w.p1.id, to: 'lost', reasonCode: 'competitor', note: '对手报价更低' });
    const t = await w.t.ok<Timeline>('archive.timeline', { id: w.p1.id });
    expect(t.proposal).toMatchObject({ title: '2027 品牌焕新提案', clientName: '星河乳业', status: 'lost' });
    expect(
      t.events.map((e) => (e.kind === 'sent' ? `sent v${e.version}` : e.kind === 'status' ? e.to : e.kind)),
    ).toEqual(['draft', 'sent v1', 'sent v2', 'sent v3', 'lost']);
    expect(t.versions.map((v) => v.number)).toEqual([1, 2, 3]);
    await w.t.ok('proposals.transition', { id: w.p1.id, to: 'negotiating' });
  });

  it('compares the section text of two versions', async () => {
    const v12 = await w.t.ok<VersionCompare>('archive.compare', { id: w.p1.id, from: 1, to: 2 });
    expect(v12.sections.filter((s) => s.changed).map((s) => s.key)).toEqual(['solution']);
    expect(v12.sections.find((s) => s.key === 'solution')!.parts.filter((p) => p.change !== 'same')).toEqual([
      { text: '统一品牌信息', change: 'removed' },
      { text: '增加直播环节', change: 'added' },
    ]);
    expect(compare.sections.filter((s) => s.changed).map((s) => s.key)).toEqual(['effect']);
    expect(compare.sections.find((s) => s.key === 'effect')!.parts).toEqual([
      { text: '曝光五千万次。', change: 'added' },
    ]);
  });

  it('compares the quotes line by line with totals and margin', () => {
    expect(compare.quote.lines.map((l) => [l.label, l.change, l.changed])).toEqual([
      ['高级策划', 'changed', ['quantity', 'amount', 'cost']],
      ['直播搭建', 'added', []],
      ['场地租赁', 'removed', []],
    ]);
    expect(compare.quote.lines[0]).toMatchObject({
      before: { quantity: '2', amount: 600000 },
      after: { quantity: '3', amount: 900000 },
    });
    const subtotal = compare.quote.totals.find((t) => t.field === 'subtotal')!;
    expect(subtotal).toEqual({ field: 'subtotal', before: 1100000, after: 1700000, delta: 600000 });
    // Margins: (1,100,000 − 400,000) / 1,100,000 = 63.6%; (1,700,000 − 800,000) / 1,700,000 = 52.9%.
    expect(compare.quote.margin).toEqual({ before: '63.6', after: '52.9', deltaPoints: '-10.7' });
  });

  it('compares in either order and refuses a version that does not exist', async () => {
    expect(await w.t.ok('archive.compare', { id: w.p1.id, from: 3, to: 2 })).toEqual(compare);
    const r = await w.t.core.call('archive.compare', { id: w.p1.id, from: 1, to: 9 });
    expect(r.ok ? null : r.error.code).toBe('not_found');
  });

  it('clones a version into a new draft for another client, leaving the version as it was', async () => {
    const before = await w.t.rows(sql`select * from proposal_versions order by id`);
    const { proposalId, quoteId } = await w.t.ok<{ proposalId: number; quoteId: number }>('archive.clone', {
      id: w.p1.id,
      number: 1,
      clientId: w.acme,
    });
    const p = await w.t.ok<ProposalDetail>('proposals.get', { id: proposalId });
    expect(p).toMatchObject({
      title: '2027 品牌焕新提案（副本）',
      clientName: 'Acme Foods',
      status: 'draft',
      versionCount: 0,
    });
    expect(p.quote?.id).toBe(quoteId);
    const solution = p.sections.find((s) => s.key === 'solution')!;
    expect(solution.blocks).toEqual([{ type: 'paragraph', runs: [{ text: '整合线上线下传播，统一品牌信息。' }] }]);
    const q = await w.t.ok<QuoteRecord>('quotes.get', { id: quoteId });
    expect(q.clientName).toBe('Acme Foods');
    expect(q.document.sections[0]!.lines.map((l) => (l.kind === 'labor' ? l.role : l.description))).toEqual([
      '高级策划',
      '场地租赁',
    ]);
    expect(await w.t.rows(sql`select * from proposal_versions order by id`)).toEqual(before);
    // The clone is found at once: indexed in the same write.
    expect(await w.keys('焕新', { clientId: w.acme })).toEqual([`proposal:${proposalId}`]);
    // And it can be sent on its own.
    const saved = await w.t.ok<ProposalDetail>('proposals.save', saveArgs(p, { preCommunication: PRE_COMM }));
    expect((await send(w.t, saved)).versionCount).toBe(1);
  });

  it('keeps saved searches per user', async () => {
    const saved = await w.t.ok<SavedSearch>('archive.saveSearch', {
      name: '丢单',
      query: '品牌',
      filters: { statuses: ['lost'] },
      sort: 'newest',
    });
    expect((await w.t.ok<{ items: SavedSearch[] }>('archive.savedSearches')).items).toEqual([saved]);
    await w.t.ok('archive.deleteSavedSearch', { id: saved.id });
    expect((await w.t.ok<{ items: SavedSearch[] }>('archive.savedSearches')).items).toEqual([]);
    const again = await w.t.core.call('archive.deleteSavedSearch', { id: saved.id });
    expect(again.ok ? null : again.error.code).toBe('not_found');
  });

  it('sums the pipeline from what was sent', async () => {
    await w.t.ok('proposals.transition', { id: w.p1.id, to: 'won' });
    const p = await w.t.ok<Pipeline>('archive.pipeline', { filters: {}, period: 'quarter' });
    expect(p.currency).toBe('CNY');
    expect(p.winRate.overall).toMatchObject({ won: 1, lost: 0, winRate: '100.0' });
    const won = p.valueByStatus.find((s) => s.status === 'won')!;
    // The won proposal's value is its newest sent version's total (v3: 1,700,000; no tax set in this workspace).
    expect(won).toEqual({ status: 'won', count: 1, value: 1700000 });
    const only = await w.t.ok<Pipeline>('archive.pipeline', { filters: { clientId: w.acme }, period: 'month' });
    expect(only.winRate.overall.won).toBe(0);
    expect(only.winRate.byClient.map((r) => r.label)).toEqual(['Acme Foods']);
  });
});
