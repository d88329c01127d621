import type { Lang } from '@shared/i18n/lang';
import type { ExportSnapshot } from '@shared/export';
import type { DocumentKind } from '../export/build';
import { findSoffice } from '../export/pdf';
import { quoteSnapshot } from '../export/snapshot-source';
import { frozenVersion } from '../export/version-source';
import { readBrandingAssets, type BrandingAssets } from '../repos/branding';
import { readSettings } from '../repos/settings';
import { proposalDocument, quoteDocument, type ClientDocument } from '../services/client-documents';
import type { HandlerContext } from './types';
import { defineHandlers } from './types';

/**
 * The document builder (docx and everything on it) is loaded on the first export, not when the
 * core starts: most sessions never export, and a start that parses it waits for nothing.
 */
async function exportFile(
  snapshot: ExportSnapshot,
  branding: BrandingAssets,
  kind: DocumentKind,
  format: 'docx' | 'pdf' | undefined,
  options: { draft?: boolean },
) {
  const { exportFile: build } = await import('../export/file');
  return build(snapshot, branding, kind, format, options);
}

async function languageOf(requested: Lang | undefined, ctx: HandlerContext): Promise<Lang> {
  return requested ?? (await readSettings(ctx.db)).documentLanguage;
}

/**
 * Render a client document and record who exported what: in a dispute, the audit log is the
 * evidence of which version (or which draft) left the agency, and through whom.
 */
async function handOver(
  ctx: HandlerContext,
  doc: ClientDocument,
  kind: DocumentKind,
  format: 'docx' | 'pdf' | undefined,
  entity: { entity: 'proposal' | 'quote'; entityId: number },
) {
  const file = await exportFile(doc.snapshot, doc.branding, kind, format, { draft: doc.draft });
  ctx.audit({
    ...entity,
    detail: {
      document: kind,
      draft: doc.draft,
      version: doc.version,
      fileName: file.fileName,
      format: format ?? 'docx',
      client: doc.snapshot.client.name,
    },
  });
  return file;
}

export const exportHandlers = defineHandlers({
  'export.quoteDocx': async (args, ctx) => {
    const language = await languageOf(args.language, ctx);
    if (args.internal === true) {
      const snapshot = await quoteSnapshot(ctx.db, args.quoteId, language, ctx.now);
      const doc = { snapshot, branding: await readBrandingAssets(ctx.db), draft: false, version: null };
      return handOver(ctx, doc, 'financeSheet', args.format, { entity: 'quote', entityId: args.quoteId });
    }
    const doc = await quoteDocument(ctx.db, args.quoteId, language, ctx.now);
    return handOver(ctx, doc, 'quote', args.format, { entity: 'quote', entityId: args.quoteId });
  },
  /** The internal finance sheet: marked 内部资料 / INTERNAL on every page, never a client document. */
  'export.financeSheetDocx': async (args, ctx) => {
    const snapshot = await quoteSnapshot(ctx.db, args.quoteId, await languageOf(args.language, ctx), ctx.now);
    const doc = { snapshot, branding: await readBrandingAssets(ctx.db), draft: false, version: null };
    return handOver(ctx, doc, 'financeSheet', args.format, { entity: 'quote', entityId: args.quoteId });
  },
  'export.proposalDocx': async (args, ctx) => {
    const doc = await proposalDocument(ctx.db, args.proposalId, await languageOf(args.language, ctx), ctx.now);
    return handOver(ctx, doc, 'proposal', args.format, { entity: 'proposal', entityId: args.proposalId });
  },
  /** A sent version exactly as it went out: its frozen document and the branding it was sent with. */
  'export.versionDocx': async (args, ctx) => {
    const { snapshot, branding } = await frozenVersion(ctx.db, args.proposalId, args.number);
    const doc = {
      snapshot: snapshot.document,
      branding,
      draft: false,
      version: { proposalId: args.proposalId, number: args.number },
    };
    return handOver(ctx, doc, args.kind ?? 'proposal', args.format, {
      entity: 'proposal',
      entityId: args.proposalId,
    });
  },
  'export.capabilities': () => ({ pdf: findSoffice() !== null }),
});
