import type { Lang } from '@shared/i18n/lang';
import type { ExportSnapshot } from '@shared/export';
import { findSoffice } from '../export/pdf';
import { proposalSnapshot, quoteSnapshot } from '../export/snapshot-source';
import { frozenVersion } from '../export/version-source';
import type { DocumentKind } from '../export/build';
import type { BrandingAssets } from '../repos/branding';
import { readBrandingAssets } from '../repos/branding';
import { readSettings } from '../repos/settings';
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
  format?: 'docx' | 'pdf',
) {
  const { exportFile: build } = await import('../export/file');
  return build(snapshot, branding, kind, format);
}

async function languageOf(requested: Lang | undefined, ctx: HandlerContext): Promise<Lang> {
  return requested ?? (await readSettings(ctx.db)).documentLanguage;
}

async function quoteFile(
  args: { quoteId: number; language?: Lang; format?: 'docx' | 'pdf' },
  internal: boolean,
  ctx: HandlerContext,
) {
  const snapshot = await quoteSnapshot(ctx.db, args.quoteId, await languageOf(args.language, ctx), ctx.now);
  return exportFile(snapshot, await readBrandingAssets(ctx.db), internal ? 'financeSheet' : 'quote', args.format);
}

export const exportHandlers = defineHandlers({
  'export.quoteDocx': (args, ctx) => quoteFile(args, args.internal === true, ctx),
  'export.financeSheetDocx': (args, ctx) => quoteFile(args, true, ctx),
  'export.proposalDocx': async (args, ctx) => {
    const snapshot = await proposalSnapshot(ctx.db, args.proposalId, await languageOf(args.language, ctx), ctx.now);
    return exportFile(snapshot, await readBrandingAssets(ctx.db), 'proposal', args.format);
  },
  /** A sent version exactly as it went out: its frozen document and the branding it was sent with. */
  'export.versionDocx': async (args, ctx) => {
    const { snapshot, branding } = await frozenVersion(ctx.db, args.proposalId, args.number);
    return exportFile(snapshot.document, branding, 'proposal', args.format);
  },
  'export.capabilities': () => ({ pdf: findSoffice() !== null }),
});
