import type { Kysely } from 'kysely';
import type { ExportSnapshot } from '@shared/export';
import type { ProposalVersionSnapshot, SnapshotBranding } from '@shared/proposal';
import type { Database } from '../db/schema';
import { readBrandingAssets } from '../repos/branding';
import { keepAsset } from '../repos/proposal-versions';
import { sha256, type LiveProposal } from './proposal-content';

/** The branding in force, its files kept by content hash so the version can be re-exported as sent. */
async function brandingUsed(db: Kysely<Database>): Promise<SnapshotBranding> {
  const b = await readBrandingAssets(db);
  let logo: SnapshotBranding['logo'] = null;
  if (b.logo) {
    const hash = sha256(b.logo.bytes);
    await keepAsset(db, hash, b.logo.bytes);
    logo = {
      sha256: hash,
      fileName: b.logo.fileName,
      mimeType: b.logo.mimeType,
      width: b.logo.width,
      height: b.logo.height,
    };
  }
  let template: SnapshotBranding['template'] = null;
  if (b.template) {
    const hash = sha256(b.template.bytes);
    await keepAsset(db, hash, b.template.bytes);
    template = { sha256: hash, fileName: b.template.fileName };
  }
  return {
    primaryColor: b.primaryColor,
    latinFont: b.latinFont,
    eastAsiaFont: b.eastAsiaFont,
    useTemplateStyles: b.useTemplateStyles,
    logo,
    template,
  };
}

/** The rate card in force for the quote's currency. */
async function rateCardUsed(db: Kysely<Database>, currency: string): Promise<ProposalVersionSnapshot['rateCard']> {
  const rows = await db
    .selectFrom('rate_card_roles')
    .select(['role', 'currency', 'rate', 'cost_rate', 'effective_from'])
    .where('currency', '=', currency)
    .orderBy('role')
    .orderBy('effective_from')
    .execute();
  return rows.map((r) => ({
    role: r.role,
    currency: r.currency as ProposalVersionSnapshot['rateCard'][number]['currency'],
    rate: r.rate,
    costRate: r.cost_rate,
    effectiveFrom: r.effective_from,
  }));
}

/** Everything a sent version (or a request for approval) keeps: the document and what it was made with. */
export async function freezeSnapshot(
  db: Kysely<Database>,
  live: LiveProposal,
  document: ExportSnapshot,
  contentHash: string,
): Promise<ProposalVersionSnapshot> {
  const quote = live.quote!;
  return {
    format: 'workbench.proposal-version/1',
    proposalId: live.row.id,
    quoteId: quote.id,
    quoteRevision: quote.revision,
    document,
    preCommunication: live.preCommunication,
    selfCheck: live.selfCheck,
    rateCard: await rateCardUsed(db, quote.document.currency),
    branding: await brandingUsed(db),
    rules: {
      marginFloorPercent: live.rules.marginFloorPercent,
      discountLimitPercent: live.rules.discountLimitPercent,
      freeLineCostPercent: live.rules.freeLineCostPercent,
    },
    contentHash,
  };
}
