import type { Kysely } from 'kysely';
import * as z from 'zod';
import { SNAPSHOT_FORMAT, proposalSectionSchema, type ExportSnapshot } from '@shared/export';
import { localizedSection } from '@shared/i18n/catalog';
import type { Lang, LocalizedText } from '@shared/i18n/lang';
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
/** The refusals, worded in the catalogue (shared/i18n, section exportRefusals). */
const SAY = localizedSection('exportRefusals');

const notFound = (what: LocalizedText) => new ExportRefusal('not_found', what);

async function quoteSnapshotOf(
  db: Kysely<Database>,
  source: QuoteSource,
  language: Lang,
  now: Date,
): Promise<Omit<ExportSnapshot, 'proposal'>> {
  const parsed = quoteObjectSchema.safeParse(JSON.parse(source.document));
  if (!parsed.success) throw new ExportRefusal('conflict', SAY.quoteUnreadable);
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
  if (!source) throw notFound(SAY.quoteNotFound);
  return quoteSnapshotOf(db, source, language, now);
}

export async function proposalSnapshot(
  db: Kysely<Database>,
  proposalId: number,
  language: Lang,
  now: Date,
): Promise<ExportSnapshot> {
  const proposal = await readProposalSource(db, proposalId);
  if (!proposal) throw notFound(SAY.proposalNotFound);
  if (proposal.quoteId === null) throw new ExportRefusal('conflict', SAY.proposalWithoutQuote);
  const source = await readQuoteSource(db, proposal.quoteId);
  if (!source) throw notFound(SAY.proposalQuoteNotFound);
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
