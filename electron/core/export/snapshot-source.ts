import type { Kysely } from 'kysely';
import * as z from 'zod';
import { SNAPSHOT_FORMAT, proposalSectionSchema, type ExportSnapshot } from '@shared/export';
import type { Lang } from '@shared/i18n/lang';
import { computeQuote, quoteDefaultsOf, quoteObjectSchema } from '@shared/quote';
import type { Database } from '../db/schema';
import { readProposalSource, readQuoteSource, type QuoteSource } from '../repos/export-sources';
import { readSettings } from '../repos/settings';
import { paymentTermsOf } from '../services/payment-terms';
import { ExportRefusal } from './refusal';
import { exportSections } from '@shared/proposal/sections';
import { planPhaseSchema } from '@shared/proposal/records';
import { localToday } from '@shared/dates/local';

/**
 * Snapshots of what is stored today. Proposal versions (frozen snapshots) come with the archive;
 * until then a document is exported from the stored quote or proposal, through the same snapshot
 * type, so the archive can store exactly what was exported.
 */
const notFound = (what: { 'zh-CN': string; en: string }) => new ExportRefusal('not_found', what);

async function quoteSnapshotOf(
  db: Kysely<Database>,
  source: QuoteSource,
  language: Lang,
  now: Date,
): Promise<Omit<ExportSnapshot, 'proposal'>> {
  const parsed = quoteObjectSchema.safeParse(JSON.parse(source.document));
  if (!parsed.success)
    throw new ExportRefusal('conflict', {
      'zh-CN': '该报价的存储内容无法读取，无法导出。请在报价编辑器中打开并重新保存。',
      en: 'The stored quote cannot be read, so it cannot be exported. Open it in the quote editor and save it again.',
    });
  const settings = await readSettings(db);
  const date = localToday(now);
  const computed = computeQuote(parsed.data, {
    defaults: quoteDefaultsOf(settings),
    today: date,
  });
  return {
    format: SNAPSHOT_FORMAT,
    quote: parsed.data,
    computed,
    agency: { name: settings.companyName },
    client: { name: source.clientName, industry: source.clientIndustry },
    owner: source.ownerName ? { name: source.ownerName } : null,
    version: source.revision,
    date,
    generatedAt: now.toISOString(),
    language,
  };
}

export async function quoteSnapshot(db: Kysely<Database>, quoteId: number, language: Lang, now: Date) {
  const source = await readQuoteSource(db, quoteId);
  if (!source) throw notFound({ 'zh-CN': '找不到该报价', en: 'Quote not found' });
  return quoteSnapshotOf(db, source, language, now);
}

export async function proposalSnapshot(
  db: Kysely<Database>,
  proposalId: number,
  language: Lang,
  now: Date,
): Promise<ExportSnapshot> {
  const proposal = await readProposalSource(db, proposalId);
  if (!proposal) throw notFound({ 'zh-CN': '找不到该提案', en: 'Proposal not found' });
  if (proposal.quoteId === null)
    throw new ExportRefusal('conflict', {
      'zh-CN': '该提案尚未关联报价：“花费”一节需要报价。请先关联报价再导出。',
      en: 'This proposal has no quote linked: its Budget section needs one. Link a quote, then export.',
    });
  const source = await readQuoteSource(db, proposal.quoteId);
  if (!source) throw notFound({ 'zh-CN': '找不到该提案关联的报价', en: 'The proposal’s quote was not found' });
  // Read loosely (older plain-text sections, newer plan phases) and lay out as the client sees it.
  const sections = z
    .array(proposalSectionSchema.extend({ phases: z.array(planPhaseSchema).optional() }))
    .safeParse(JSON.parse(proposal.sections));
  const base = await quoteSnapshotOf(db, source, language, now);
  // The working copy carries the number of its newest sent version (1 before the first send); a
  // sent version itself is exported from its frozen snapshot (export.versionDocx).
  const newest = await db
    .selectFrom('proposal_versions')
    .select((eb) => eb.fn.max('number').as('n'))
    .where('proposal_id', '=', proposalId)
    .executeTakeFirst();
  // A won proposal's payment plan (DOMAIN.md §7) goes into its cost section; before, nothing.
  const paymentTerms = await paymentTermsOf(db, proposalId, base.computed.total, language, {
    today: base.date,
    planOnly: true,
  });
  return {
    ...base,
    ...(paymentTerms ? { paymentTerms } : {}),
    owner: proposal.ownerName ? { name: proposal.ownerName } : base.owner,
    version: Number(newest?.n ?? 0) || 1,
    proposal: { title: proposal.title, sections: sections.success ? exportSections(sections.data, language) : [] },
  };
}
