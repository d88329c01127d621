import type { Kysely } from 'kysely';
import { DOCX_MIME, PDF_MIME, type Acceptance } from '@shared/contract';
import { DOC_LABELS } from '@shared/export/document/labels';
import type { Database } from '../db/schema';
import { CoreError } from '../errors';
import type { LetterMilestone } from '../export/confirmation';
import { exportFileName } from '../export/file-name';
import { docxToPdf } from '../export/pdf';
import { frozenVersion } from '../export/version-source';
import { listTemplates } from '../repos/payments';
import { dueWords, paymentTermsOf } from '../services/payment-terms';
import { setPlan, today } from '../services/payment-plan';
import { isoNow } from '../time';
import { proposalHandlers } from './proposals';
import { defineHandlers } from './types';

/** The client's acceptance of a sent version (报价确认函, DOMAIN.md §7). */

export async function readAcceptance(db: Kysely<Database>, proposalId: number): Promise<Acceptance | null> {
  const r = await db
    .selectFrom('proposal_acceptances')
    .select([
      'proposal_id',
      'version_number',
      'accepted_on',
      'signed_by',
      'contract_number',
      'scan_file_name',
      'recorded_at',
    ])
    .where('proposal_id', '=', proposalId)
    .executeTakeFirst();
  return r
    ? {
        proposalId: r.proposal_id,
        versionNumber: r.version_number,
        acceptedOn: r.accepted_on,
        signedBy: r.signed_by,
        contractNumber: r.contract_number,
        scanFileName: r.scan_file_name,
        recordedAt: r.recorded_at,
      }
    : null;
}

/** The file's first bytes say what it is; its name and the declared type are only claims. */
function sniff(bytes: Uint8Array): 'application/pdf' | 'image/png' | 'image/jpeg' | null {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x25, 0x50, 0x44, 0x46)) return 'application/pdf';
  if (starts(0x89, 0x50, 0x4e, 0x47)) return 'image/png';
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  return null;
}

export const acceptanceHandlers = defineHandlers({
  'export.confirmationLetter': async (args, ctx) => {
    // The letter's writer pulls in docx: loaded on the first letter, not while the server starts (issue 18).
    const { renderConfirmation } = await import('../export/confirmation');
    const { snapshot, branding } = await frozenVersion(ctx.db, args.proposalId, args.number);
    const document = snapshot.document;
    const lang = document.language;
    const total = document.computed.total;
    // A template of fixed amounts that does not fit this total: the whole total as one payment.
    const milestones: LetterMilestone[] = (await paymentTermsOf(ctx.db, args.proposalId, total, lang, {
      today: today(ctx.now),
      templateId: args.templateId,
    })) ?? [{ label: DOC_LABELS[lang].paymentTermsTotal, percent: '100%', due: dueWords(lang, {}), amount: total }];
    const docx = await renderConfirmation({ snapshot: document, branding, milestones });
    const format = args.format ?? 'docx';
    const bytes = format === 'pdf' ? await docxToPdf(docx) : docx;
    const name = exportFileName(
      'quote',
      {
        title: document.proposal?.title ?? document.quote.title,
        client: document.client.name,
        version: document.version,
        date: document.date,
        language: lang,
      },
      format,
    ).replace(/^[^-]+/, DOC_LABELS[lang].letter.title);
    // A client document, like every export: who took which version's letter is in the audit log.
    ctx.audit({
      entity: 'proposal',
      entityId: args.proposalId,
      detail: {
        document: 'confirmationLetter',
        draft: false,
        version: { proposalId: args.proposalId, number: args.number },
        fileName: name,
        format,
        client: document.client.name,
      },
    });
    return {
      fileName: name,
      mimeType: format === 'pdf' ? PDF_MIME : DOCX_MIME,
      bytesBase64: Buffer.from(bytes).toString('base64'),
      // Made from a frozen version only: never a draft.
      draft: false,
    };
  },

  'acceptance.get': async (args, { db }) => ({ acceptance: await readAcceptance(db, args.proposalId) }),

  /**
   * One transaction: the acceptance row, the move to won through the workflow (status history,
   * decided date, won figures), and the payment plan on the accepted version's total.
   */
  'acceptance.record': async (args, ctx) => {
    const p = await ctx.db
      .selectFrom('proposals')
      .select(['id', 'status'])
      .where('id', '=', args.proposalId)
      .executeTakeFirst();
    if (!p) throw new CoreError('not_found', 'error.not_found');
    const existing = await readAcceptance(ctx.db, args.proposalId);
    if (existing) throw new CoreError('conflict', 'error.acceptance_exists', { date: existing.acceptedOn });
    if (p.status !== 'sent' && p.status !== 'negotiating') throw new CoreError('conflict', 'error.acceptance_status');
    const version = await ctx.db
      .selectFrom('proposal_versions')
      .select(['total', 'currency'])
      .where('proposal_id', '=', args.proposalId)
      .where('number', '=', args.versionNumber)
      .executeTakeFirst();
    if (!version) throw new CoreError('not_found', 'error.version_not_found');
    let scan: Uint8Array | null = null;
    if (args.scan) {
      scan = Buffer.from(args.scan.bytesBase64, 'base64');
      if (sniff(scan) === null) throw new CoreError('validation', 'error.scan_type');
    }
    const milestones = args.milestones ?? (await listTemplates(ctx.db))[0]?.milestones;
    await ctx.db
      .insertInto('proposal_acceptances')
      .values({
        proposal_id: args.proposalId,
        version_number: args.versionNumber,
        accepted_on: args.acceptedOn,
        signed_by: args.signedBy,
        contract_number: args.contractNumber,
        scan,
        scan_file_name: args.scan?.fileName ?? null,
        scan_mime_type: scan ? sniff(scan) : null,
        recorded_at: isoNow(ctx.now),
        recorded_by: ctx.actor?.id ?? null,
      })
      .execute();
    await proposalHandlers['proposals.transition'](
      { id: args.proposalId, to: 'won', note: `${args.contractNumber} · ${args.signedBy}` },
      ctx,
    );
    if (milestones) await setPlan(ctx, args.proposalId, milestones, { ...version, signedOn: args.acceptedOn });
    ctx.audit({ entity: 'proposal', entityId: args.proposalId, detail: { accepted: args.contractNumber } });
    return (await readAcceptance(ctx.db, args.proposalId))!;
  },
});
