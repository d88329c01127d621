import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { QuoteRecord } from '@shared/contract';
import { paragraphs, unzip } from './support/docx-reader';
import { openProposalWorld, type ProposalWorld } from './support/proposal-world';

interface File {
  fileName: string;
  bytesBase64: string;
}
const bodyOf = (f: File) =>
  paragraphs(
    unzip(new Uint8Array(Buffer.from(f.bytesBase64, 'base64')))
      .get('word/document.xml')!
      .toString('utf8'),
  );

/**
 * Issue 15, "one word for one thing": a sent version is V1, V2…; the quote's save counter is a
 * revision (修订 7) and never looks like a version on a cover or in a file name.
 */
describe('the quote save counter is a revision, not a version', () => {
  let w: ProposalWorld;
  beforeEach(async () => {
    w = await openProposalWorld();
  });
  afterEach(() => w.t.dispose());

  it('the finance sheet of a quote saved several times says 修订 N on its cover and in its file name', async () => {
    // Save the quote twice more: its revision moves past 1, where "V3" would read as a third offer.
    let q: QuoteRecord = w.healthy;
    for (const title of ['二稿', '三稿']) {
      q = await w.as<QuoteRecord>(w.lead, 'quotes.save', {
        id: q.id,
        revision: q.revision,
        clientId: q.clientId,
        ownerId: q.ownerId,
        document: { ...q.document, title },
        lineMeta: q.lineMeta,
      });
    }
    expect(q.revision).toBeGreaterThanOrEqual(3);
    const zh = await w.as<File>(w.finance, 'export.financeSheetDocx', { quoteId: q.id, language: 'zh-CN' });
    expect(zh.fileName).toBe(`财务核算表-星河乳业-三稿-修订${q.revision}-2026-11-23.docx`);
    expect(zh.fileName).not.toMatch(/V\d/);
    const body = bodyOf(zh);
    expect(body).toContain('修订');
    expect(body).toContain(String(q.revision));
    expect(body.some((p) => /V\d/.test(p))).toBe(false);
    expect(body).not.toContain('版本');

    const en = await w.as<File>(w.finance, 'export.financeSheetDocx', { quoteId: q.id, language: 'en' });
    expect(en.fileName).toBe(`Finance sheet-星河乳业-三稿-rev${q.revision}-2026-11-23.docx`);
    expect(bodyOf(en)).toContain('Revision');
    expect(bodyOf(en).some((p) => /V\d/.test(p))).toBe(false);
  });

  it('a stale save is refused naming the stored revision as 修订, not 第 N 版', async () => {
    const q = w.healthy;
    const args = {
      id: q.id,
      revision: q.revision,
      clientId: q.clientId,
      ownerId: q.ownerId,
      document: q.document,
      lineMeta: q.lineMeta,
    };
    await w.as(w.lead, 'quotes.save', args);
    const stale = await w.raw(w.lead, 'quotes.save', { ...args, document: { ...q.document, title: '旧窗口' } });
    expect(stale.ok).toBe(false);
    if (stale.ok) return;
    expect(stale.error.messages['zh-CN']).toContain(`修订 ${q.revision + 1}`);
    expect(stale.error.messages['zh-CN']).not.toMatch(/第 \d+ 版/);
  });
});
