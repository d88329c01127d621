import { afterEach, describe, expect, it } from 'vitest';
import { openTestCore, snapshotTables, type TestCore } from './support/core';

const client = (name: string) => ({
  name,
  industry: '快消',
  status: 'active',
  priceSensitivity: 'sensitive',
  ownerId: null,
  decisionProcess: '',
  character: 'high',
  professionalism: 'high',
  tags: [],
  relatedSales: 0,
  contacts: [],
  dates: [],
});

describe('deleting a client log entry (visits, complaints, surveys)', () => {
  let t: TestCore | undefined;
  afterEach(async () => {
    await t?.dispose();
    t = undefined;
  });

  it('removes the entry, keeps what it said in the audit log, and refuses another client’s entry', async () => {
    t = await openTestCore();
    await t.ok('workspace.setup', { mode: 'empty', adminName: '王芳', companyName: '星河', language: 'zh-CN' });
    const a = await t.ok<{ id: number }>('clients.save', client('星河乳业'));
    const b = await t.ok<{ id: number }>('clients.save', client('青禾茶饮'));
    const visit = await t.ok<{ id: number }>('visits.save', {
      clientId: a.id,
      visitedOn: '2026-03-01',
      contactId: null,
      purpose: '季度回顾',
      plan: '',
      outcome: '',
      nextStep: '',
    });
    const complaint = await t.ok<{ id: number }>('complaints.save', {
      clientId: a.id,
      receivedOn: '2026-03-02',
      receivedBy: '王芳',
      responderId: null,
      severity: 'high',
      description: '物料延误',
      resolution: '',
      resolvedOn: '',
    });

    // Named with the wrong client: not found, and nothing changed.
    const before = await snapshotTables(t.core);
    const refused = await t.core.call('visits.delete', { id: visit.id, clientId: b.id });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.code).toBe('not_found');
      expect(refused.error.messages['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(await snapshotTables(t.core)).toBe(before);

    await t.ok('visits.delete', { id: visit.id, clientId: a.id });
    await t.ok('complaints.delete', { id: complaint.id, clientId: a.id });
    expect(await t.ok('visits.list', { clientId: a.id })).toEqual({ items: [] });
    expect(await t.ok('complaints.list', { clientId: a.id })).toEqual({ items: [] });

    const rows = await t.query<{ action: string; entity: string; entity_id: string; detail: unknown }>(
      "select action, entity, entity_id, detail from audit_log where action like '%.delete' order by id",
    );
    expect(rows.map((r) => [r.action, r.entity, r.entity_id])).toEqual([
      ['visits.delete', 'visit', String(visit.id)],
      ['complaints.delete', 'complaint', String(complaint.id)],
    ]);
    // Text on SQLite, jsonb on PostgreSQL.
    const detail = (d: unknown) => (typeof d === 'string' ? JSON.parse(d) : d) as { removed: unknown };
    expect(detail(rows[0]!.detail).removed).toMatchObject({ purpose: '季度回顾', visited_on: '2026-03-01' });
    expect(detail(rows[1]!.detail).removed).toMatchObject({ description: '物料延误' });

    // Gone twice is not found, not a silent success.
    const again = await t.core.call('complaints.delete', { id: complaint.id, clientId: a.id });
    expect(again.ok).toBe(false);
  });
});
