import { localToday } from '@shared/dates/local';
import { CoreError } from '../errors';
import { countRows } from '../repos/counts';
import { isInitialized, readSettings, writeSettings, DEFAULT_SETTINGS } from '../repos/settings';
import { insertRateCardRoles } from '../repos/rate-card';
import { insertUser, listUsers } from '../repos/users';
import { LATEST_VERSION } from '../db/migrations';
import { seedDemoWorkspace } from '../seed/demo';
import { hashPassword } from '../auth/password';
import { isoNow } from '../time';
import { defineHandlers, type HandlerContext } from './types';

export async function workspaceStatus(db: HandlerContext['db']) {
  return {
    initialized: await isInitialized(db),
    schemaVersion: LATEST_VERSION,
    counts: await countRows(db),
    users: await listUsers(db),
  };
}

export const workspaceHandlers = defineHandlers({
  'workspace.status': (_args, ctx) => workspaceStatus(ctx.db),
  'workspace.setup': async (args, ctx) => {
    if (await isInitialized(ctx.db)) throw new CoreError('conflict', 'error.already_initialized');
    const at = isoNow(ctx.now);
    const hash = args.adminPassword === undefined ? null : await hashPassword(args.adminPassword);
    const admin = await insertUser(ctx.db, args.adminName, 'admin', at, hash);
    const current = await readSettings(ctx.db);
    const {
      updatedAt: _u,
      updatedBy: _b,
      ...settings
    } = current.updatedAt ? current : { ...DEFAULT_SETTINGS, updatedAt: null, updatedBy: null };
    await writeSettings(
      ctx.db,
      {
        ...settings,
        companyName: args.companyName,
        documentLanguage: args.language,
        ...(args.currency ? { currency: args.currency } : {}),
        ...(args.taxPercent !== undefined ? { taxPercent: args.taxPercent } : {}),
      },
      admin.id,
      at,
      at,
    );
    // The starter card, in the same transaction as the rest of the setup (the dispatcher's).
    const currency = args.currency ?? settings.currency;
    await insertRateCardRoles(
      ctx.db,
      (args.starterRoles ?? []).map((r) => ({
        role: r.role,
        currency,
        rate: r.rate,
        cost_rate: r.costRate,
        // The user's day (shared/dates/local.ts), so the quote editor offers the roles today.
        effective_from: localToday(ctx.now),
        updated_at: at,
      })),
    );
    if (args.mode === 'demo') await seedDemoWorkspace(ctx, { admin, now: ctx.now, language: args.language });
    // Whoever set the workspace up carries on as its admin (signed in, once the demo's users make sign-in needed).
    if (hash) ctx.session.handOver(admin.id);
    ctx.audit({ entity: 'workspace', detail: { mode: args.mode }, actorId: admin.id });
    ctx.emit({ type: 'workspace.replaced' });
    return workspaceStatus(ctx.db);
  },
});
