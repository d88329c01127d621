import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportedFile } from '@shared/contract';
import { openDemoCore, type TestCore } from './support/core';
import { readDocx } from './support/docx-reader';

/** A sent version is re-exported from its frozen snapshot: the same file whatever changed since. */
describe('export of a frozen proposal version', () => {
  let t: TestCore;
  let sent: { proposalId: number; number: number; title: string };
  beforeAll(async () => {
    t = await openDemoCore(() => new Date('2026-11-23T08:00:00Z'));
    const [row] = await t.query<{ proposal_id: number; number: number; title: string }>(
      'select v.proposal_id, v.number, p.title from proposal_versions v join proposals p on p.id = v.proposal_id order by v.id limit 1',
    );
    if (!row) throw new Error('the demo has no sent version');
    sent = { proposalId: row.proposal_id, number: row.number, title: row.title };
  });
  afterAll(() => t.dispose());

  it('renders the version as sent, and the same bytes after the workspace changed', async () => {
    const first = await t.ok<ExportedFile>('export.versionDocx', { proposalId: sent.proposalId, number: sent.number });
    const doc = readDocx(Buffer.from(first.bytesBase64, 'base64'));
    expect(doc.text.join('\n')).toContain(sent.title);

    // Change what a live export would use: the company name, the branding colour, the proposal's title.
    const s = await t.ok<Record<string, unknown>>('settings.get');
    const { updatedAt: _a, updatedBy: _b, ...settings } = s;
    await t.ok('settings.update', { ...settings, companyName: '改名后的公司' });
    await t.query('update proposals set title = ? where id = ?', '改过的标题', sent.proposalId);

    const again = await t.ok<ExportedFile>('export.versionDocx', { proposalId: sent.proposalId, number: sent.number });
    expect(again.bytesBase64).toBe(first.bytesBase64);
    expect(readDocx(Buffer.from(again.bytesBase64, 'base64')).text.join('\n')).not.toContain('改名后的公司');
  });

  it('answers not_found for a version that was never sent', async () => {
    const r = await t.core.call('export.versionDocx', { proposalId: sent.proposalId, number: 99 });
    expect(r.ok ? 'ok' : r.error.code).toBe('not_found');
  });
});
