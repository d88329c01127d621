import type { Kysely } from 'kysely';
import { localized } from '@shared/i18n/catalog';
import { proposalVersionSnapshotSchema, type ProposalVersionSnapshot } from '@shared/proposal/snapshot';
import type { Database } from '../db/schema';
import type { BrandingAssets, LogoFile } from '../repos/branding';
import { ExportRefusal } from './refusal';

/**
 * A sent version as the export renders it: the frozen document and the branding it was sent with
 * (files by content hash from the version assets), so re-exporting v3 next year gives the same file.
 */
export async function frozenVersion(
  db: Kysely<Database>,
  proposalId: number,
  number: number,
): Promise<{ snapshot: ProposalVersionSnapshot; branding: BrandingAssets }> {
  const row = await db
    .selectFrom('proposal_versions')
    .select('snapshot')
    .where('proposal_id', '=', proposalId)
    .where('number', '=', number)
    .executeTakeFirst();
  if (!row) throw new ExportRefusal('not_found', localized('exportRefusals', 'versionNotFound'));
  const snapshot = proposalVersionSnapshotSchema.parse(JSON.parse(row.snapshot));
  const asset = async (sha256: string) =>
    (await db.selectFrom('proposal_version_assets').select('bytes').where('sha256', '=', sha256).executeTakeFirst())
      ?.bytes;
  const b = snapshot.branding;
  const logoBytes = b.logo ? await asset(b.logo.sha256) : undefined;
  const templateBytes = b.template ? await asset(b.template.sha256) : undefined;
  return {
    snapshot,
    branding: {
      primaryColor: b.primaryColor,
      latinFont: b.latinFont,
      eastAsiaFont: b.eastAsiaFont,
      useTemplateStyles: b.useTemplateStyles,
      logo:
        b.logo && logoBytes && b.logo.width && b.logo.height
          ? {
              fileName: b.logo.fileName,
              mimeType: (b.logo.mimeType ?? 'image/png') as LogoFile['mimeType'],
              width: b.logo.width,
              height: b.logo.height,
              bytes: new Uint8Array(logoBytes as Uint8Array),
            }
          : null,
      template:
        b.template && templateBytes
          ? { fileName: b.template.fileName, bytes: new Uint8Array(templateBytes as Uint8Array) }
          : null,
    },
  };
}
