import type { Lang } from '@shared/i18n/lang';
import { exportFile, findSoffice, proposalSnapshot, quoteSnapshot } from '../export';
import { frozenVersion } from '../export/version-source';
import { readBrandingAssets } from '../repos/branding';
import { readSettings } from '../repos/settings';
import type { HandlerContext } from './types';
import { defineHandlers } from './types';

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
