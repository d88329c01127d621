import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProposalDetail, QuoteRecord } from '@shared/contract';
import { findSoffice } from '../../electron/core/export/pdf';
import { paragraphs, unzip } from './support/docx-reader';
import {
  openProposalWorld,
  PRE_COMM,
  saveArgs,
  SELF_CHECK,
  withText,
  type ProposalWorld,
} from './support/proposal-world';

interface File {
  fileName: string;
  mimeType: string;
  bytesBase64: string;
}
const bytesOf = (f: File) => new Uint8Array(Buffer.from(f.bytesBase64, 'base64'));
const MARK_ZH = '草稿 / DRAFT';
const MARK_EN = 'DRAFT';

/**
 * Every section of the document (w:sectPr) with the header parts it names, read with the test's
 * own zip reader and regexes: the text of each header of each section.
 */
function sectionHeaders(bytes: Uint8Array): string[][] {
  const files = unzip(bytes);
  const document = files.get('word/document.xml')!.toString('utf8');
  const rels = files.get('word/_rels/document.xml.rels')!.toString('utf8');
  const target = new Map(
    [...rels.matchAll(/<Relationship [^>]*Id="([^"]+)"[^>]*Target="([^"]+)"/g)].map((m) => [m[1]!, m[2]!]),
  );
  const sections = [...document.matchAll(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);
  expect(sections.length).toBeGreaterThan(0);
  return sections.map((section) => {
    const refs = [...section.matchAll(/<w:headerReference [^>]*r:id="([^"]+)"/g)].map((m) => m[1]!);
    // The cover (first page) and every other page: both headers must be there.
    expect(section).toMatch(/<w:titlePg\/>/);
    expect(section).toMatch(/w:type="first"/);
    expect(section).toMatch(/w:type="default"/);
    return refs.map((id) => paragraphs(files.get(`word/${target.get(id)}`)!.toString('utf8')).join('\n'));
  });
}

function bodyText(bytes: Uint8Array): string[] {
  return paragraphs(unzip(bytes).get('word/document.xml')!.toString('utf8'));
}

/** Client documents leave the agency only as what was sent; everything else says 草稿 / DRAFT. */
describe('draft exports (docx read back independently; PDF through LibreOffice and pdftotext)', () => {
  let w: ProposalWorld;
  beforeEach(async () => {
    w = await openProposalWorld();
  });
  afterEach(() => w.t.dispose());

  async function proposalWith(quoteId: number): Promise<ProposalDetail> {
    const p = await w.as<ProposalDetail>(w.lead, 'proposals.create', {
      clientId: w.clientId,
      title: '品牌焕新提案',
      quoteId,
    });
    return w.as<ProposalDetail>(
      w.lead,
      'proposals.save',
      saveArgs(p, {
        sections: withText(p.sections, 'situation', '认知度处于第二梯队'),
        preCommunication: PRE_COMM,
        selfCheck: SELF_CHECK,
      }),
    );
  }

  const exportsOf = () =>
    w.t.query<{ user_id: number; action: string; entity: string; entity_id: string; detail: string }>(
      `select user_id, action, entity, entity_id, detail from audit_log where action like 'export.%' order by id`,
    );

  it('an unapproved below-floor proposal exports only as that draft: marked in every header and in the file name', async () => {
    const p = await proposalWith(w.thin.id);
    expect(p.check.approval).toBe('needed');
    const file = await w.as<File>(w.lead, 'export.proposalDocx', { proposalId: p.id, language: 'zh-CN' });
    expect(file.fileName).toBe('草稿-提案-星河乳业-品牌焕新提案-2026-11-23.docx');
    expect(file.fileName).not.toMatch(/V\d/);
    const bytes = bytesOf(file);
    for (const headers of sectionHeaders(bytes)) for (const h of headers) expect(h).toContain(MARK_ZH);
    const body = bodyText(bytes);
    expect(body).toContain('草稿（未发送）');
    expect(body).not.toContain('V1');

    const en = await w.as<File>(w.lead, 'export.proposalDocx', { proposalId: p.id, language: 'en' });
    expect(en.fileName).toMatch(/^DRAFT-Proposal-星河乳业-品牌焕新提案-2026-11-23\.docx$/);
    for (const headers of sectionHeaders(bytesOf(en))) for (const h of headers) expect(h).toContain(MARK_EN);

    // The quote alone, too: no sent version carries it.
    const quote = await w.as<File>(w.lead, 'export.quoteDocx', { quoteId: w.thin.id, language: 'zh-CN' });
    expect(quote.fileName.startsWith('草稿-报价单-')).toBe(true);
    for (const headers of sectionHeaders(bytesOf(quote))) for (const h of headers) expect(h).toContain(MARK_ZH);

    // Who exported what: the acting user, the document, that it was a draft, the file name.
    const trail = await exportsOf();
    expect(trail).toHaveLength(3);
    expect(trail[0]).toMatchObject({ user_id: w.lead.id, action: 'export.proposalDocx', entity: 'proposal' });
    expect(trail[0]!.entity_id).toBe(String(p.id));
    expect(JSON.parse(trail[0]!.detail)).toMatchObject({ draft: true, version: null, fileName: file.fileName });
    expect(trail[2]).toMatchObject({ action: 'export.quoteDocx', entity: 'quote', entity_id: String(w.thin.id) });
  });

  it('a sent version exports clean as V1; an edit since makes the working copy a draft again', async () => {
    const p = await proposalWith(w.healthy.id);
    const pre = await w.as<ProposalDetail>(w.lead, 'proposals.transition', { id: p.id, to: 'pre_communicated' });
    await w.as(w.lead, 'proposals.send', { id: p.id, revision: pre.revision, acknowledgeWarnings: true });

    const sent = await w.as<File>(w.lead, 'export.proposalDocx', { proposalId: p.id, language: 'zh-CN' });
    expect(sent.fileName).toBe('提案-星河乳业-品牌焕新提案-V1-2026-11-23.docx');
    const sentBytes = bytesOf(sent);
    for (const headers of sectionHeaders(sentBytes)) for (const h of headers) expect(h).not.toContain('草稿');
    expect(bodyText(sentBytes)).toContain('V1');
    // It is the frozen v1, byte for byte.
    const v1 = await w.as<File>(w.lead, 'export.versionDocx', { proposalId: p.id, number: 1 });
    expect(sent.bytesBase64).toBe(v1.bytesBase64);
    // The quote as sent in v1, clean; and through the archive the same way.
    const quote = await w.as<File>(w.lead, 'export.quoteDocx', { quoteId: w.healthy.id, language: 'zh-CN' });
    expect(quote.fileName).toMatch(/^报价单-星河乳业-.*-V1-2026-11-23\.docx$/);
    const viaArchive = await w.as<File>(w.lead, 'export.versionDocx', { proposalId: p.id, number: 1, kind: 'quote' });
    expect(viaArchive.bytesBase64).toBe(quote.bytesBase64);

    // An edit of the quote: the offer is no longer what was sent.
    const record = await w.as<QuoteRecord>(w.lead, 'quotes.get', { id: w.healthy.id });
    await w.as(w.lead, 'quotes.save', {
      id: record.id,
      revision: record.revision,
      clientId: record.clientId,
      ownerId: record.ownerId,
      document: { ...record.document, title: '发布会报价（改）' },
      lineMeta: record.lineMeta,
    });
    const after = await w.as<File>(w.lead, 'export.quoteDocx', { quoteId: w.healthy.id, language: 'zh-CN' });
    expect(after.fileName.startsWith('草稿-')).toBe(true);
    const proposalAfter = await w.as<File>(w.lead, 'export.proposalDocx', { proposalId: p.id, language: 'zh-CN' });
    expect(proposalAfter.fileName).toBe('草稿-提案-星河乳业-品牌焕新提案-2026-11-23.docx');
    for (const headers of sectionHeaders(bytesOf(proposalAfter))) for (const h of headers) expect(h).toContain(MARK_ZH);

    const trail = (await exportsOf()).map((r) => ({ action: r.action, ...JSON.parse(r.detail) }));
    expect(trail.map((r) => [r.action, r.draft])).toEqual([
      ['export.proposalDocx', false],
      ['export.versionDocx', false],
      ['export.quoteDocx', false],
      ['export.versionDocx', false],
      ['export.quoteDocx', true],
      ['export.proposalDocx', true],
    ]);
    expect(trail[0]).toMatchObject({ version: { proposalId: p.id, number: 1 } });
  });

  const soffice = findSoffice();
  it.skipIf(!soffice)(
    'the PDF of a draft carries the mark on every page (pdftotext, page by page)',
    async () => {
      const p = await proposalWith(w.thin.id);
      const file = await w.as<File>(w.lead, 'export.proposalDocx', {
        proposalId: p.id,
        language: 'zh-CN',
        format: 'pdf',
      });
      expect(file.fileName).toBe('草稿-提案-星河乳业-品牌焕新提案-2026-11-23.pdf');
      const dir = mkdtempSync(join(tmpdir(), 'workbench-draft-pdf-'));
      try {
        const pdf = join(dir, 'draft.pdf');
        writeFileSync(pdf, Buffer.from(file.bytesBase64, 'base64'));
        const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
        // pdftotext ends every page with a form feed.
        const pages = text.split('\f').filter((page) => page.trim() !== '');
        expect(pages.length).toBeGreaterThan(2);
        pages.forEach((page, i) => expect(page, `page ${i + 1}`).toContain('草稿 / DRAFT'));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    120_000,
  );
});
